import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A stylesheet is bundled only when a module imports it: one left out styles nothing, silently
// (the probe observations' box went without its styles that way).
const sourceRoot = fileURLToPath(new URL('..', import.meta.url));
const files = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' }).map((file) =>
  join(sourceRoot, file),
);
const stylesheets = files.filter((file) => file.endsWith('.css'));
const importers = files
  .filter((file) => /\.(tsx?|css)$/.test(file) && !file.endsWith('.test.ts'))
  .map((file) => readFileSync(file, 'utf8'));

describe('stylesheets', () => {
  it.each(stylesheets.map((file) => relative(sourceRoot, file)))('%s is imported', (file) => {
    const imported = new RegExp(`(import|@import)\\s+['"][^'"]*/${basename(file)}['"]`);
    expect(importers.some((text) => imported.test(text))).toBe(true);
  });
});
