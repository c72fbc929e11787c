import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-full-chain';

const publicReady = findExample('public-endpoint-ready')!.document;
const path = '/tls/certificate/servesFullChain';
const chains = buildTestChains();
const flagNotStated = withPlan(publicReady, {
  tls: { certificate: { servesFullChain: undefined } },
});

testRule(rule, {
  valid: [
    { name: 'public example', document: publicReady },
    { name: 'VPC example', document: findExample('vpc-endpoint-service-ready')!.document },
    {
      name: 'not stated, but the pasted chain holds the intermediate',
      ...(await withChain(flagNotStated, chains.good)),
    },
  ],
  invalid: [
    {
      name: 'the draft with mistakes: the proxy sends only its certificate',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'leaf-only', path }],
    },
    {
      name: 'the load balancer listener sends only its certificate',
      document: withPlan(publicReady, {
        tls: { terminatesAt: 'load-balancer', certificate: { servesFullChain: false } },
      }),
      errors: [{ messageId: 'leaf-only', path }],
    },
  ],
  unknown: [
    { name: 'not stated yet', document: flagNotStated, missing: [path] },
    {
      name: 'not stated, and the pasted chain is the leaf alone',
      ...(await withChain(flagNotStated, chains.leafOnly)),
      missing: [path],
    },
  ],
});
