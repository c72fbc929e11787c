/**
 * Golden files of every export format for every example plan:
 * __golden__/<example-id>/<format>/<file>, compared as a set (a missing or unexpected file fails).
 * Regenerate with `npm run goldens` (UPDATE_GOLDENS=1, refused when CI is set), then review the diff.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePlans } from '../plan/examples';
import { parsePlan } from '../plan/parse-plan';
import { exportFormats, generateExport } from './index';

const goldenRoot = join(import.meta.dirname, '__golden__');
const updating = process.env.UPDATE_GOLDENS === '1';

function filesUnder(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

describe.each(exportFormats)('%s export', (format) => {
  const generate = (plan: Parameters<typeof generateExport>[1]) => generateExport(format, plan);
  it.each(examplePlans)('$id: matches its golden files', ({ id, document }) => {
    const files = generate(parsePlan(document).plan);
    const directory = join(goldenRoot, id, format);
    if (updating) {
      if (process.env.CI) throw new Error('UPDATE_GOLDENS is refused in CI: goldens are reviewed');
      rmSync(directory, { recursive: true, force: true });
      for (const file of files) {
        mkdirSync(dirname(join(directory, file.path)), { recursive: true });
        writeFileSync(join(directory, file.path), file.content);
      }
    }
    expect(files.map((file) => file.path).sort()).toEqual(filesUnder(directory));
    for (const file of files) {
      expect(file.content, file.path).toBe(readFileSync(join(directory, file.path), 'utf8'));
    }
  });

  it.each(examplePlans)('$id: is deterministic', ({ document }) => {
    const first = generate(parsePlan(structuredClone(document)).plan);
    const second = generate(parsePlan(structuredClone(document)).plan);
    expect(second).toEqual(first);
    for (const file of first) {
      expect(file.content.endsWith('\n') && !file.content.endsWith('\n\n'), file.path).toBe(true);
      expect(file.path).toMatch(/^[^/][^\\]*$/);
    }
  });
});
