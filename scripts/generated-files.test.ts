import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from './lib/generated-files';

const root = join(import.meta.dirname, '..');

describe('generated files', () => {
  it.each(Object.entries(generatedFiles()))(
    '%s is current (run `npm run generate`)',
    (path, content) => {
      expect(readFileSync(join(root, path), 'utf8')).toBe(content);
    },
  );
});
