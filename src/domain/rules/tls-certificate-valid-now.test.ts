import { expect, it } from 'vitest';
import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { checkPlanWithCertificates } from '../check/check-with-certificates';
import { testNow, testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-valid-now';

// Tests judge dates at testNow, 2026-11-30T12:00:00Z.
const publicReady = findExample('public-endpoint-ready')!.document;
const pemPath = '/tls/certificateChainPem';
const chains = buildTestChains();
const validity = (notBefore: string | undefined, notAfter: string | undefined) =>
  withPlan(publicReady, { tls: { certificate: { notBefore, notAfter } } });

testRule(rule, {
  valid: [
    { name: 'public example', document: publicReady },
    { name: 'VPC example', document: findExample('vpc-endpoint-service-ready')!.document },
    { name: 'cross-account VPC example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'a bare end date is valid through that whole day',
      document: validity('2026-01-01', '2026-11-30'),
    },
    {
      name: 'a bare start date is valid from the start of that day',
      document: validity('2026-11-30', '2027-11-30'),
    },
    { name: 'chain: a valid leaf', ...(await withChain(publicReady, chains.good)) },
    {
      name: 'chain: an intermediate expiring in 20 days is still valid',
      ...(await withChain(publicReady, chains.intermediateExpiresIn20Days)),
    },
    {
      name: 'chain: an expired pasted root is left to tls-certificate-root-ca-expiry',
      ...(await withChain(publicReady, chains.goodWithExpiredTestRoot)),
    },
  ],
  invalid: [
    {
      name: 'the draft with mistakes: expired on 2026-11-01',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'expired', path: '/tls/certificate/notAfter' }],
    },
    {
      name: 'expired an hour ago',
      document: validity('2025-11-30', '2026-11-30T11:00:00Z'),
      errors: [{ messageId: 'expired', path: '/tls/certificate/notAfter' }],
    },
    {
      name: 'valid only from tomorrow',
      document: validity('2026-12-01', '2027-12-01'),
      errors: [{ messageId: 'not-yet-valid', path: '/tls/certificate/notBefore' }],
    },
    {
      name: 'valid only from later today, with a time zone',
      document: validity('2026-11-30T15:00:00+02:00', '2027-12-01'),
      errors: [{ messageId: 'not-yet-valid', path: '/tls/certificate/notBefore' }],
    },
    {
      name: 'chain: the leaf expired on 2026-01-01',
      ...(await withChain(publicReady, chains.expired)),
      errors: [{ messageId: 'expired', path: pemPath }],
    },
    {
      name: 'chain: the leaf is valid from 2027-01-01',
      ...(await withChain(publicReady, chains.notYetValid)),
      errors: [{ messageId: 'not-yet-valid', path: pemPath }],
    },
    {
      name: 'chain: the 2nd certificate, the intermediate, expired on 2026-10-01',
      ...(await withChain(publicReady, chains.expiredIntermediate)),
      errors: [{ messageId: 'intermediate-expired', path: pemPath }],
    },
    {
      name: 'chain: the intermediate is valid from 2027-01-01',
      ...(await withChain(publicReady, chains.notYetValidIntermediate)),
      errors: [{ messageId: 'intermediate-not-yet-valid', path: pemPath }],
    },
  ],
  unknown: [
    {
      name: 'no dates yet',
      document: validity(undefined, undefined),
      missing: ['/tls/certificate/notBefore', '/tls/certificate/notAfter'],
    },
    {
      name: 'no certificate described yet',
      document: withPlan(publicReady, { tls: undefined }),
      missing: ['/tls/certificate/notBefore', '/tls/certificate/notAfter'],
    },
  ],
});

it('names the intermediate by its place in the chain and its common name', async () => {
  const { findings } = await checkPlanWithCertificates(
    withPlan(publicReady, { tls: { certificateChainPem: chains.expiredIntermediate } }),
    { now: testNow },
  );
  const finding = findings.find((each) => each.messageId === 'intermediate-expired');
  expect(finding?.ruleId).toBe(rule.id);
  expect(finding?.message).toContain(
    'The 2nd certificate of the pasted chain, the intermediate CA "XKS Test Issuing CA", expired on 2026-10-01T00:00:00Z (Not After).',
  );
});
