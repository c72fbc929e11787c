/**
 * Keeps the rule set consistent, as ESLint's checkRuleFiles and typescript-eslint's docs test do:
 * every rule is registered in order, has its own file and test, cites sources and catalogue
 * facts, declares readable paths, and appears in the generated documentation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findFact } from '../catalogue/facts';
import { planSchema } from '../plan/plan-schema';
import { allRules, planRules, proxyConfigRules } from './index';

const rulesDirectory = import.meta.dirname;
const ruleFiles = readdirSync(rulesDirectory)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema };
const planJsonSchema = z.toJSONSchema(planSchema) as JsonSchema;

/** Whether a `reads` pattern (JSON Pointer, `*` for array items) names a place in the schema. */
function existsInPlanSchema(pattern: string): boolean {
  if (pattern === '') return true;
  let node: JsonSchema | undefined = planJsonSchema;
  for (const segment of pattern.slice(1).split('/')) {
    if (!node) return false;
    if (segment === '*') node = node.items;
    else node = node.properties?.[segment];
  }
  return node !== undefined;
}

describe('the rule registry', () => {
  it('lists every rule file exactly once', () => {
    expect(allRules.map((rule) => rule.id).sort()).toEqual(ruleFiles);
  });

  it('keeps each list in alphabetical order of id', () => {
    for (const list of [planRules, proxyConfigRules]) {
      const ids = list.map((rule) => rule.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('puts each rule in the list of its target', () => {
    expect(planRules.every((rule) => rule.target === 'plan')).toBe(true);
    expect(proxyConfigRules.every((rule) => rule.target === 'proxy-config')).toBe(true);
  });
});

const generatedDocs = readFileSync(join(rulesDirectory, '../../../docs/rules.md'), 'utf8');

describe.each(allRules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('is a kebab-case id equal to its file name, with a sibling test', async () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(existsSync(join(rulesDirectory, `${id}.test.ts`))).toBe(true);
    const module = (await import(`./${id}.ts`)) as { default: unknown };
    expect(module.default).toBe(rule);
  });

  it('explains itself: title, description, messages with fixes', () => {
    expect(rule.title.trim()).not.toBe('');
    expect(rule.description.trim().length).toBeGreaterThan(40);
    const messages = Object.values(rule.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.message.trim()).not.toBe('');
      expect(message.fix.trim()).not.toBe('');
    }
  });

  it('cites its sources and the catalogue facts it implements', () => {
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const source of rule.sources) expect(source).toMatch(/^https:\/\/\S+$/);
    // A rule rests on the catalogue, or (for parameters the catalogue does not list) on the KMS
    // API reference; only the plan format itself rests on neither.
    const restsOnApiReference = rule.sources.some((source) => source.includes('/APIReference/'));
    if (id !== 'plan-schema') expect(rule.facts.length > 0 || restsOnApiReference).toBe(true);
    for (const factId of rule.facts) expect(findFact(factId), factId).toBeDefined();
  });

  it('declares what it reads, as paths that exist in the plan format', () => {
    expect(rule.reads.length).toBeGreaterThan(0);
    if (rule.target === 'plan') {
      for (const pattern of rule.reads) expect(existsInPlanSchema(pattern), pattern).toBe(true);
    }
  });

  it('requires only places it reads, each a plain JSON Pointer', () => {
    for (const pointer of rule.requires ?? []) {
      expect(pointer, 'no array wildcard in requires').not.toContain('*');
      expect(rule.reads, `${pointer} is read`).toContain(pointer);
    }
  });

  it('is documented in docs/rules.md', () => {
    expect(generatedDocs).toContain(`### \`${id}\``);
  });
});
