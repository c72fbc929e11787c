import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { kmsServicePrincipal } from './support/plan-facts';
import { guide, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'mtls-off'>({
  id: 'public-endpoint-mtls',
  target: 'plan',
  severity: 'warning',
  title: 'An internet-facing proxy requires mutual TLS',
  description:
    'A proxy with a public endpoint accepts connections from the whole internet. Without mutual TLS, the SigV4 proxy authentication credential is its only protection, so whoever obtains the secret can call the proxy. Requiring a client certificate from KMS adds a second factor.',
  messages: {
    'mtls-off': {
      message:
        'The proxy does not require a client certificate (proxy.mtls.enabled is false) although it is reachable from the internet; a leaked proxy authentication secret alone would let anyone call it.',
      fix: 'Enable mutual TLS on the proxy and accept only client certificates with subject CN {{kmsPrincipal}}, or use VPC endpoint service connectivity.',
    },
  },
  reads: ['/proxy/mtls/enabled', '/region'],
  requires: ['/proxy/mtls/enabled'],
  appliesTo: 'PUBLIC_ENDPOINT',
  sources: [
    guide('choose-xks-connectivity.html'),
    guide('authorize-xks-key-store.html#xks-mtls'),
    proxyApiSpec,
  ],
  facts: ['PUB-SECURITY-PROFILE'],
  check(plan, { report }) {
    if (plan.proxy?.mtls?.enabled === false) {
      report({
        messageId: 'mtls-off',
        path: ['proxy', 'mtls', 'enabled'],
        data: { kmsPrincipal: kmsServicePrincipal(plan.region ?? '<Region>') },
      });
    }
  },
});
