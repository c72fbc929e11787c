import { describe, expect, it } from 'vitest';
import { exportFormats, generateExport } from '@/domain/generators';
import { examplePlans } from '@/domain/plan/examples';
import { parsePlan } from '@/domain/plan/parse-plan';
import { languageOfPath } from './formats';
import { highlighterFor } from './highlighter';

describe('highlighterFor', () => {
  it('highlights every exported file without losing or changing a character', async () => {
    const example = examplePlans.find((plan) => plan.id === 'vpc-endpoint-service-ready')!;
    const plan = parsePlan(example.document as Record<string, unknown>).plan;
    for (const format of exportFormats) {
      for (const file of generateExport(format, plan)) {
        const language = languageOfPath(file.path);
        expect(language, file.path).toBeDefined();
        const lines = (await highlighterFor(language!))(file.content);
        const text = lines.map((line) => line.map((token) => token.content).join('')).join('\n');
        expect(text, file.path).toBe(file.content);
        const colours = new Set(lines.flat().map((token) => token.htmlStyle?.['--shiki-light']));
        expect(colours.size, `${file.path} has more than one colour`).toBeGreaterThan(1);
        expect(lines.flat().every((token) => token.htmlStyle?.['--shiki-dark'])).toBe(true);
      }
    }
  });
});
