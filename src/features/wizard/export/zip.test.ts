import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFormats, generateExport } from '@/domain/generators';
import { examplePlans } from '@/domain/plan/examples';
import { parsePlan } from '@/domain/plan/parse-plan';
import { buildZip } from './zip';

const example = examplePlans.find((plan) => plan.id === 'vpc-endpoint-service-ready')!;
const plan = parsePlan(example.document as Record<string, unknown>).plan;
const allFormats = exportFormats.map((format) => ({
  format,
  files: generateExport(format, plan),
}));
const time = new Date('2026-11-30T12:00:00Z');

describe('buildZip', () => {
  it('holds every file of every format under <format>/<path>, unchanged', () => {
    const entries = unzipSync(buildZip(allFormats, time));
    const expected = allFormats.flatMap(({ format, files }) =>
      files.map((file) => [`${format}/${file.path}`, file.content] as const),
    );
    expect(Object.keys(entries).sort()).toEqual(expected.map(([name]) => name).sort());
    for (const [name, content] of expected) expect(strFromU8(entries[name]!)).toBe(content);
    expect(Object.keys(entries)).toContain('terraform/main.tf');
  });

  it('is byte-identical for the same files and time', () => {
    expect(buildZip(allFormats, time)).toEqual(buildZip(allFormats, time));
  });

  it('keeps text that is not ASCII', () => {
    const files = [{ path: 'README.md', content: 'Schlüssel — 鍵 🔑\n' }];
    const entries = unzipSync(buildZip([{ format: 'plan', files }], time));
    expect(strFromU8(entries['plan/README.md']!)).toBe('Schlüssel — 鍵 🔑\n');
  });

  it('refuses two files with the same name', () => {
    const files = [
      { path: 'a.json', content: '{}\n' },
      { path: 'a.json', content: '[]\n' },
    ];
    expect(() => buildZip([{ format: 'plan', files }], time)).toThrow(/plan\/a\.json/);
  });

  it('never holds the secret of a plan that had one', () => {
    const mistakes = examplePlans.find((each) => each.id === 'plan-with-mistakes')!;
    const secret = JSON.stringify(mistakes.document).match(/"RawSecretAccessKey":"([^"]+)"/)?.[1];
    expect(secret).toBeTruthy();
    const parsed = parsePlan(mistakes.document as Record<string, unknown>).plan;
    const zip = buildZip(
      exportFormats.map((format) => ({ format, files: generateExport(format, parsed) })),
      time,
    );
    for (const content of Object.values(unzipSync(zip)))
      expect(strFromU8(content)).not.toContain(secret);
  });
});
