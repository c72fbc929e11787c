import { describe, expect, it } from 'vitest';
import { defineRule } from './define-rule';
import { maxFindingsPerDocument, maxFindingsPerRule, runRules } from './run-rules';

const noisyRule = (id: string, count: number) =>
  defineRule<unknown, 'each'>({
    id,
    target: 'plan',
    severity: 'warning',
    title: 'Reports many findings',
    description: 'A rule for the test.',
    messages: { each: { message: 'Finding {{index}}.', fix: 'None.' } },
    reads: [''],
    appliesTo: 'all',
    sources: [],
    facts: [],
    check(_input, { report }) {
      for (let index = 0; index < count; index++) {
        report({ messageId: 'each', path: ['item', index], data: { index } });
      }
    },
  });

const run = (rules: ReturnType<typeof noisyRule>[]) =>
  runRules(
    rules,
    {},
    {
      now: new Date('2026-11-30T12:00:00Z'),
      document: { schemaIssues: [], secretPaths: [] },
      connectivity: undefined,
    },
  ).findings;

describe('runRules bounds its findings', () => {
  it('lists a rule’s first findings and counts the rest in one summary finding', () => {
    const findings = run([noisyRule('noisy', 5000)]);
    expect(findings).toHaveLength(maxFindingsPerRule + 1);
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'noisy',
        path: '',
        message: `And ${(5000 - maxFindingsPerRule).toLocaleString('en')} more findings of this rule, not listed one by one.`,
      }),
    );
  });

  it('lists at most the document’s limit over all rules, each rule summarising its rest', () => {
    const rules = Array.from({ length: 8 }, (_, index) => noisyRule(`noisy-${index}`, 200));
    const findings = run(rules);
    const listed = findings.filter((finding) => finding.path !== '');
    const unlisted = findings.filter((finding) => finding.path === '');
    expect(listed).toHaveLength(maxFindingsPerDocument);
    expect(unlisted).toHaveLength(8);
  });

  it('lists every finding of a rule below the limit', () => {
    expect(run([noisyRule('quiet', 3)])).toHaveLength(3);
  });
});

describe('runRules names places the way the surface asks', () => {
  const namingRule = defineRule<unknown, 'named'>({
    id: 'naming',
    target: 'plan',
    severity: 'error',
    title: 'Names two places',
    description: 'A rule for the test.',
    messages: {
      named: {
        message: '{{/vpc/connectionToProxy}} contradicts {{other}}.',
        fix: 'Change {{other}}.',
      },
    },
    reads: [''],
    requires: ['/vpc/subnets'],
    appliesTo: 'all',
    sources: [],
    facts: [],
    check(_input, { report }) {
      report({ messageId: 'named', path: ['vpc'], data: { other: { field: '/proxy/location' } } });
    },
  });
  const check = (input: unknown, nameField?: (pointer: string) => string) =>
    runRules([namingRule], input, {
      now: new Date('2026-11-30T12:00:00Z'),
      document: { schemaIssues: [], secretPaths: [] },
      connectivity: undefined,
      nameField,
    });

  it('as JSON Pointers by default (the CLI)', () => {
    const [finding] = check({ vpc: { subnets: [] } }).findings;
    expect(finding).toMatchObject({
      message: '/vpc/connectionToProxy contradicts /proxy/location.',
      fix: 'Change /proxy/location.',
    });
    expect(check({}).unknowns[0]!.message).toContain('does not state /vpc/subnets,');
  });

  it('as the namer given says (the wizard’s labels)', () => {
    const name = (pointer: string) => `«${pointer.split('/').pop()}»`;
    const [finding] = check({ vpc: { subnets: [] } }, name).findings;
    expect(finding).toMatchObject({
      message: '«connectionToProxy» contradicts «location».',
      fix: 'Change «location».',
    });
    expect(check({}, name).unknowns[0]!.message).toContain('does not state «subnets»,');
  });
});
