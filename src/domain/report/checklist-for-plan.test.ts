import { describe, expect, it } from 'vitest';
import { checklist } from '../catalogue/coverage/index';
import type { ChecklistItem } from '../catalogue/coverage/types';
import type { Plan } from '../plan/plan-schema';
import { buildTestChains } from '../../testing/openssl-chains';
import { analyseCertificateChain } from '../tls/analyse-certificate-chain';
import { checklistForPlan, checklistItemLeftOutBecause } from './checklist-for-plan';

const item = (overrides: Partial<ChecklistItem>): ChecklistItem => ({
  id: 'an-item',
  text: 'Check it.',
  appliesTo: 'all',
  facts: [],
  sources: [],
  ...overrides,
});

const plan = (document: Omit<Plan, 'version'>): Plan => ({ version: 1, ...document }) as Plan;

describe('when a checklist item applies to a plan', () => {
  it.each([
    // [condition, a plan that leaves the item out, a plan that keeps it, a plan that states nothing]
    {
      name: 'connectivity',
      item: item({ appliesTo: 'PUBLIC_ENDPOINT' }),
      out: plan({ keyStore: { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' } }),
      kept: plan({ keyStore: { XksProxyConnectivity: 'PUBLIC_ENDPOINT' } }),
      reason: 'only for public endpoint connectivity',
    },
    {
      name: 'mTLS',
      item: item({ when: { mtls: 'on' } }),
      out: plan({ proxy: { mtls: { enabled: false } } }),
      kept: plan({ proxy: { mtls: { enabled: true } } }),
      reason: 'mutual TLS is off in this plan',
    },
    {
      name: 'the AWS sample proxy',
      item: item({ when: { proxy: 'aws-sample' } }),
      out: plan({ proxy: { vendor: 'Example HSM Co.', product: 'XKS Gateway' } }),
      kept: plan({ proxy: { vendor: 'Open source', product: 'aws-kms-xks-proxy' } }),
      reason: 'the proxy is Example HSM Co. XKS Gateway, not the AWS sample proxy',
    },
    {
      name: 'a wildcard certificate',
      item: item({ when: { certificate: 'wildcard' } }),
      out: plan({ tls: { certificate: { subjectCommonName: 'xks.example.com' } } }),
      kept: plan({ tls: { certificate: { subjectCommonName: '*.example.com' } } }),
      reason: 'the server certificate is not a wildcard certificate',
    },
    {
      name: 'the proxy test client not yet passed',
      item: item({ when: { conformance: 'not-yet-tested' } }),
      out: plan({ proxy: { conformanceTested: true } }),
      kept: plan({ proxy: { conformanceTested: false } }),
      reason: 'the AWS XKS proxy test client already passed against the proxy',
    },
  ])('$name: left out once the plan says otherwise, kept while unstated', (entry) => {
    expect(checklistItemLeftOutBecause(entry.item, entry.out)).toBe(entry.reason);
    expect(checklistItemLeftOutBecause(entry.item, entry.kept)).toBeUndefined();
    expect(checklistItemLeftOutBecause(entry.item, plan({}))).toBeUndefined();
  });

  it('judges a wildcard certificate by the pasted chain’s server certificate, not a stale typed name', async () => {
    const chains = buildTestChains();
    const wildcard = item({ when: { certificate: 'wildcard' } });
    const typed = { subjectCommonName: 'myproxy.xks.example.com' };
    const renewed = plan({ tls: { certificate: typed, certificateChainPem: chains.wildcard } });
    const analysis = await analyseCertificateChain(chains.wildcard);
    expect(analysis.certificates[0]?.subjectCommonName).toBe('*.xks.example.com');
    expect(checklistItemLeftOutBecause(wildcard, renewed, analysis)).toBeUndefined();
    const plain = plan({
      tls: {
        certificate: { subjectCommonName: '*.xks.example.com' },
        certificateChainPem: chains.good,
      },
    });
    expect(
      checklistItemLeftOutBecause(wildcard, plain, await analyseCertificateChain(chains.good)),
    ).toBe('the server certificate is not a wildcard certificate');
  });

  it('counts the items left out per reason and keeps the rest in order', () => {
    const items = [
      item({ id: 'a' }),
      item({ id: 'b', when: { conformance: 'not-yet-tested' } }),
      item({ id: 'c', when: { conformance: 'not-yet-tested' } }),
      item({ id: 'd', when: { mtls: 'on' } }),
    ];
    const result = checklistForPlan(
      plan({ proxy: { conformanceTested: true, mtls: { enabled: true } } }),
      items,
    );
    expect(result.items.map((kept) => kept.id)).toEqual(['a', 'd']);
    expect(result.leftOut).toEqual([
      { reason: 'the AWS XKS proxy test client already passed against the proxy', count: 2 },
    ]);
  });

  it('keeps every item of an empty plan', () => {
    expect(checklistForPlan(plan({})).items.length).toBe(checklist.length);
  });
});
