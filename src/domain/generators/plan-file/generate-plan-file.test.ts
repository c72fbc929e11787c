import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { examplePlans, findExample } from '../../plan/examples';
import { parsePlan } from '../../plan/parse-plan';
import { planSchemaId } from '../../plan/plan-json-schema';
import type { Plan } from '../../plan/plan-schema';
import { generatePlanFile, planFileName } from './generate-plan-file';

const publishedSchema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../public/plan.schema.json'), 'utf8'),
) as object;
const validatePublished = new Ajv2020({ allErrors: true, strict: false }).compile(publishedSchema);

function planText(plan: Plan): string {
  const files = generatePlanFile(plan);
  expect(files.map((file) => file.path)).toEqual([planFileName]);
  return files[0]!.content;
}

const parsedExamples = examplePlans.map((example) => ({
  ...example,
  plan: parsePlan(example.document).plan,
}));

describe('generatePlanFile', () => {
  it.each(parsedExamples.filter((example) => example.verdict === 'ready'))(
    '$id: validates against public/plan.schema.json',
    ({ plan }) => {
      const document: unknown = JSON.parse(planText(plan));
      expect(validatePublished(document), JSON.stringify(validatePublished.errors)).toBe(true);
    },
  );

  it.each(parsedExamples)('$id: round-trips through parsePlan unchanged', ({ plan }) => {
    const reparsed = parsePlan(JSON.parse(planText(plan)) as Record<string, unknown>);
    expect(reparsed.facts.schemaIssues).toEqual([]);
    const keyStore = { ...plan.keyStore, CustomKeyStoreType: 'EXTERNAL_KEY_STORE' };
    expect(reparsed.plan).toEqual({ ...plan, keyStore, $schema: planSchemaId });
  });

  it.each([
    ['a key store without a type', { CustomKeyStoreName: 'finance-xks' }],
    ['a CloudHSM key store', { CustomKeyStoreType: 'AWS_CLOUDHSM' as const }],
    ['no key store section', undefined],
  ])('always writes CustomKeyStoreType EXTERNAL_KEY_STORE: %s', (_name, keyStore) => {
    const written = JSON.parse(planText({ version: 1, keyStore })) as Plan;
    expect(written.keyStore?.CustomKeyStoreType).toBe('EXTERNAL_KEY_STORE');
  });

  it('is pretty-printed with two spaces, points at the published schema and ends in a newline', () => {
    const text = planText(findExample('public-endpoint-ready')!.document);
    expect(
      text.startsWith(`{\n  "$schema": ${JSON.stringify(planSchemaId)},\n  "version": 1,\n`),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it("writes fields in the schema's order, whatever the order of the plan object", () => {
    const plan = findExample('vpc-endpoint-service-ready')!.document;
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([key, item]) => [key, reversed(item)]),
      );
    };
    expect(planText(reversed(plan) as Plan)).toBe(planText(plan));
  });

  it('never writes a secret or any field the schema does not declare', () => {
    const plan = structuredClone(findExample('public-endpoint-ready')!.document);
    const credential = plan.keyStore!.XksProxyAuthenticationCredential as Record<string, unknown>;
    credential.RawSecretAccessKey = 'c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1iZS1pbi1hLXBsYW4K';
    (plan as Record<string, unknown>).notAField = 'dropped';
    const text = planText(plan);
    expect(text).not.toContain('RawSecretAccessKey');
    expect(text).not.toContain(credential.RawSecretAccessKey);
    expect(text).not.toContain('notAField');
  });

  it('exports an empty plan, with the key store type', () => {
    expect(JSON.parse(planText({ version: 1 }))).toEqual({
      $schema: planSchemaId,
      version: 1,
      keyStore: { CustomKeyStoreType: 'EXTERNAL_KEY_STORE' },
    });
  });
});
