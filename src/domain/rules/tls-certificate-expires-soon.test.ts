import { expect, it } from 'vitest';
import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { checkPlanWithCertificates } from '../check/check-with-certificates';
import { testNow, testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-expires-soon';

// Tests judge dates at testNow, 2026-11-30T12:00:00Z; the public example goes live on 2027-02-01.
const publicReady = findExample('public-endpoint-ready')!.document;
const path = '/tls/certificate/notAfter';
const pemPath = '/tls/certificateChainPem';
const chains = buildTestChains();
const expiring = (notAfter: string, goLiveDate: string | undefined = '2027-02-01') =>
  withPlan(publicReady, { tls: { certificate: { notAfter } }, operations: { goLiveDate } });
const withoutGoLive = (notAfter: string) =>
  withPlan(publicReady, { tls: { certificate: { notAfter } }, operations: undefined });

testRule(rule, {
  valid: [
    { name: 'public example', document: publicReady },
    { name: 'VPC example', document: findExample('vpc-endpoint-service-ready')!.document },
    { name: 'cross-account VPC example', document: findExample('vpc-cross-account')!.document },
    { name: 'expires in 31 days, go-live before', document: expiring('2026-12-31', '2026-12-15') },
    {
      name: 'already expired (an error of tls-certificate-valid-now)',
      document: findExample('plan-with-mistakes')!.document,
    },
    { name: 'go-live already passed', document: expiring('2027-06-01', '2026-06-01') },
    { name: 'chain: the leaf outlives go-live', ...(await withChain(publicReady, chains.good)) },
    {
      name: 'chain: an expired intermediate (an error of tls-certificate-valid-now)',
      ...(await withChain(publicReady, chains.expiredIntermediate)),
    },
    {
      name: 'chain: a pasted root expiring in 20 days is left to tls-certificate-root-ca-expiry',
      ...(await withChain(publicReady, chains.goodWithTestRootExpiringIn20Days)),
    },
  ],
  invalid: [
    {
      name: 'expires before go-live',
      document: expiring('2027-01-31'),
      errors: [{ messageId: 'before-go-live', path }],
    },
    {
      name: 'expires on the go-live day',
      document: expiring('2027-02-01'),
      errors: [{ messageId: 'before-go-live', path }],
    },
    {
      name: 'expires in 10 days, no go-live date',
      document: withoutGoLive('2026-12-10T12:00:00Z'),
      errors: [{ messageId: 'within-30-days', path }],
    },
    {
      name: 'chain: the leaf expires on 2026-12-15, before go-live',
      ...(await withChain(publicReady, chains.expiresSoon)),
      errors: [{ messageId: 'before-go-live', path: pemPath }],
    },
    {
      name: 'chain: the intermediate expires on 2027-01-15, before go-live',
      ...(await withChain(publicReady, chains.intermediateExpiresBeforeGoLive)),
      errors: [{ messageId: 'intermediate-before-go-live', path: pemPath }],
    },
    {
      name: 'chain: the intermediate expires in 20 days, no go-live date',
      ...(await withChain(
        withPlan(publicReady, { operations: undefined }),
        chains.intermediateExpiresIn20Days,
      )),
      errors: [{ messageId: 'intermediate-within-30-days', path: pemPath }],
    },
  ],
  unknown: [
    {
      name: 'the end of validity not stated',
      document: withPlan(publicReady, { tls: { certificate: { notAfter: undefined } } }),
      missing: [path],
    },
  ],
});

it('names the intermediate by its place in the chain and its common name', async () => {
  const { findings } = await checkPlanWithCertificates(
    withPlan(publicReady, { tls: { certificateChainPem: chains.intermediateExpiresBeforeGoLive } }),
    { now: testNow },
  );
  const finding = findings.find((each) => each.messageId === 'intermediate-before-go-live');
  expect(finding?.ruleId).toBe(rule.id);
  expect(finding?.message).toContain(
    'The 2nd certificate of the pasted chain, the intermediate CA "XKS Test Issuing CA", expires on 2027-01-15T00:00:00Z (Not After), on or before the planned go-live date 2027-02-01.',
  );
});
