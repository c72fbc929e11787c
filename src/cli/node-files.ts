import { readFile, stat } from 'node:fs/promises';
import type { CliIo } from './cli-io';

/** The real file system, as the CLI reads it. */
export const nodeFiles: Pick<CliIo, 'stat' | 'readFile'> = {
  stat: async (path) => ({ size: (await stat(path)).size }),
  readFile: (path) => readFile(path, 'utf8'),
};
