import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliIo } from './cli-io';

/** Reads at most `maxBytes` (then rejects with EFBIG), whatever the file is: pipes included. */
async function readFileUpTo(path: string, maxBytes: number): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      throw Object.assign(new Error(`${path} is larger than ${maxBytes} bytes`), { code: 'EFBIG' });
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    await file.close();
  }
}

/** The real file system, as the CLI reads it. */
export const nodeFiles: Pick<CliIo, 'stat' | 'readFile' | 'writeFile'> = {
  stat: async (path) => ({ size: (await stat(path)).size }),
  readFile: readFileUpTo,
  writeFile: async (path, content) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  },
};
