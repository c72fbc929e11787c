import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliIo } from './cli-io';

/** The real file system, as the CLI reads it. */
export const nodeFiles: Pick<CliIo, 'stat' | 'readFile' | 'writeFile'> = {
  stat: async (path) => ({ size: (await stat(path)).size }),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: async (path, content) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  },
};
