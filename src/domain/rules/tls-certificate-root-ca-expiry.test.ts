import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-root-ca-expiry';

// Tests judge dates at testNow, 2026-11-30T12:00:00Z.
const publicReady = findExample('public-endpoint-ready')!.document;
const path = '/tls/certificate/rootCa';
const pemPath = '/tls/certificateChainPem';
const chains = buildTestChains();
const chainTo = (rootCa: string, notAfter = '2027-09-30') =>
  withPlan(publicReady, { tls: { certificate: { rootCa, notAfter } } });

testRule(rule, {
  valid: [
    { name: 'public example', document: publicReady },
    { name: 'VPC example', document: findExample('vpc-endpoint-service-ready')!.document },
    { name: 'cross-account VPC example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'a root not on the list (an error of tls-certificate-root-ca-trusted)',
      document: findExample('plan-with-mistakes')!.document,
    },
    { name: 'the root outlives the certificate', document: chainTo('Certigna', '2027-06-01') },
    {
      name: 'chain: issued under a valid listed root',
      ...(await withChain(publicReady, chains.good)),
    },
  ],
  invalid: [
    {
      name: 'Baltimore CyberTrust Root expired in 2025',
      document: chainTo('Baltimore CyberTrust Root'),
      errors: [{ messageId: 'root-expired', path }],
    },
    {
      name: 'the Entrust root expired three days before now',
      document: chainTo('entrustrootcertificationauthority'),
      errors: [{ messageId: 'root-expired', path }],
    },
    {
      name: 'Certigna expires on 2027-06-29, before the certificate',
      document: chainTo('certigna'),
      errors: [{ messageId: 'root-expires-first', path }],
    },
    {
      name: 'chain: issued under the expired Staat der Nederlanden EV Root CA',
      ...(await withChain(publicReady, chains.expiredRoot)),
      errors: [{ messageId: 'root-expired', path: pemPath }],
    },
  ],
  unknown: [
    {
      name: 'no root named yet',
      document: withPlan(publicReady, { tls: { certificate: { rootCa: undefined } } }),
      missing: [path],
    },
    {
      name: 'a valid listed root, the end of validity not stated',
      document: withPlan(publicReady, { tls: { certificate: { notAfter: undefined } } }),
      missing: ['/tls/certificate/notAfter'],
    },
  ],
});
