import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the project root: reference material for tests and derivation only. */
export const sharedDirectory = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
);

export const hasShared = existsSync(sharedDirectory);

export function sharedPath(relative: string): string {
  return join(sharedDirectory, relative);
}
