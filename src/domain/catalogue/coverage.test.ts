import { describe, expect, it } from 'vitest';
import { probeCheckFacts } from '../probe/probe-checks';
import { allRules } from '../rules';
import { findExample } from '../plan/examples';
import type { Plan } from '../plan/plan-schema';
import { withPlan } from '../plan/with-plan';
import { checklistForPlan } from '../report/checklist-for-plan';
import { checklist, notApplicable } from './coverage/index';
import { factCoverage } from './coverage';
import { facts, findFact } from './facts';
import { supersededFacts } from './superseded';

describe('catalogue coverage', () => {
  it('covers every fact by a rule, a checklist item, or a reason why neither fits', () => {
    const uncovered = factCoverage()
      .filter((entry) => entry.rules.length + entry.checklist.length === 0 && !entry.notApplicable)
      .map((entry) => entry.factId);
    expect(uncovered).toEqual([]);
  });

  it('gives a reason only for facts that nothing else covers', () => {
    const doubly = factCoverage()
      .filter((entry) => entry.notApplicable && entry.rules.length + entry.checklist.length > 0)
      .map((entry) => entry.factId);
    expect(doubly).toEqual([]);
    for (const reason of Object.values(notApplicable))
      expect(reason.trim().length).toBeGreaterThan(10);
  });

  it('refers only to facts that exist', () => {
    const referenced = [
      ...Object.keys(notApplicable),
      ...checklist.flatMap((item) => item.facts),
      ...allRules.flatMap((rule) => rule.facts),
      ...Object.values(probeCheckFacts).flat(),
    ];
    expect(referenced.filter((id) => !findFact(id))).toEqual([]);
  });

  it('gives checklist items unique kebab-case ids, text and sources', () => {
    const ids = checklist.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of checklist) {
      expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(item.text.trim().length).toBeGreaterThan(10);
      expect(item.facts.length).toBeGreaterThan(0);
      expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it('has all 203 catalogue facts', () => {
    expect(facts).toHaveLength(203);
  });

  it('names superseded facts by existing ids, each overridden by a later, covered fact', () => {
    const coverage = new Map(factCoverage().map((entry) => [entry.factId, entry]));
    for (const entry of supersededFacts) {
      const older = findFact(entry.factId);
      const newer = findFact(entry.supersededBy);
      expect(older, entry.factId).toBeDefined();
      expect(newer!.number, entry.supersededBy).toBeGreaterThan(older!.number);
      expect(entry.supersededOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(coverage.get(entry.supersededBy)!.rules.length).toBeGreaterThan(0);
    }
  });
});

describe('the checklist of one plan', () => {
  const vpcReady = findExample('vpc-endpoint-service-ready')!.document;
  const publicReady = findExample('public-endpoint-ready')!.document;
  const shows = (plan: Plan, id: string) =>
    checklistForPlan(plan).items.some((item) => item.id === id);

  it("holds only the items of the plan's connectivity", () => {
    expect(shows(publicReady, 'public-endpoint-health-check-before-create')).toBe(true);
    expect(shows(vpcReady, 'public-endpoint-health-check-before-create')).toBe(false);
    expect(shows(vpcReady, 'proxy-tested-at-connect')).toBe(true);
  });

  it('asks about the expiry metric only for a wildcard certificate, or one not stated', () => {
    const commonName = (subjectCommonName: string | undefined) =>
      withPlan(publicReady, { tls: { certificate: { subjectCommonName } } });
    expect(shows(vpcReady, 'tls-wildcard-expiry-metric')).toBe(true); // *.xks.example.com
    expect(shows(publicReady, 'tls-wildcard-expiry-metric')).toBe(false);
    expect(shows(commonName(undefined), 'tls-wildcard-expiry-metric')).toBe(true);
    expect(shows(commonName('*.example.com'), 'tls-wildcard-expiry-metric')).toBe(true);
  });

  it('asks about per-store paths only when a stated store shares the endpoint, or none are stated', () => {
    const sharing = withPlan(publicReady, {
      existingKeyStores: [
        {
          CustomKeyStoreName: 'other',
          CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
          XksProxyConnectivity: 'PUBLIC_ENDPOINT',
          XksProxyUriEndpoint: publicReady.keyStore!.XksProxyUriEndpoint!.replace(
            'myproxy',
            'MyProxy',
          ),
          XksProxyUriPath: '/other-store/kms/xks/v1',
        },
      ],
    });
    expect(shows(vpcReady, 'separate-path-per-key-store')).toBe(false);
    expect(shows(sharing, 'separate-path-per-key-store')).toBe(true);
    expect(
      shows(withPlan(vpcReady, { existingKeyStores: undefined }), 'separate-path-per-key-store'),
    ).toBe(true);
  });

  it("leaves the sample proxy's load balancer health check to its rule", () => {
    expect(shows(vpcReady, 'implement-load-balancer-health-check')).toBe(true);
    const sampleBehindLoadBalancer = findExample('vpc-cross-account')!.document;
    expect(shows(sampleBehindLoadBalancer, 'implement-load-balancer-health-check')).toBe(false);
  });
});
