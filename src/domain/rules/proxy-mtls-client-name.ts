import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { kmsServicePrincipal, normaliseDnsName, planRegion } from './support/plan-readings';
import { guide, proxyApiSpec } from './support/sources';

const path = ['proxy', 'mtls', 'allowedClientCommonName'];

export default defineRule<Plan, 'wrong-client-name'>({
  id: 'proxy-mtls-client-name',
  target: 'plan',
  severity: 'error',
  title: 'With mTLS, the proxy accepts the KMS client certificate of the Region',
  description:
    'Mutual TLS was optional and is deprecated since 2026-03-09 (proxy-mtls-deprecated). While the proxy still requires a client certificate, KMS presents one whose subject common name is cks.kms.<Region>.amazonaws.com for the Region of the key store; a proxy that expects any other name rejects every KMS connection.',
  messages: {
    'wrong-client-name': {
      message:
        'The proxy accepts client certificates named "{{configured}}", but KMS in {{region}} presents "{{expected}}", so the proxy would refuse KMS.',
      fix: 'Turn mTLS off (the XKS proxy API specification deprecated it); until then, set the allowed client certificate common name to {{expected}}.',
    },
  },
  reads: ['/region', '/proxy/mtls/enabled', '/proxy/mtls/allowedClientCommonName'],
  requires: ['/proxy/mtls/enabled'],
  appliesTo: 'all',
  sources: [guide('authorize-xks-key-store.html#xks-mtls'), proxyApiSpec],
  facts: ['XKS-PROXY-MTLS-OPTIONAL'],
  check(plan, { report, unknown }) {
    const mtls = plan.proxy?.mtls;
    if (mtls?.enabled !== true) return;
    const configured = mtls.allowedClientCommonName;
    if (configured === undefined || plan.region === undefined) {
      unknown([...(configured === undefined ? [path] : []), ...(plan.region ? [] : [['region']])]);
      return;
    }
    // A Region code AWS does not know is region-supports-external-key-stores' error.
    const region = planRegion(plan);
    if (region === undefined) return;
    const expected = kmsServicePrincipal(region.code);
    if (normaliseDnsName(configured) !== expected)
      report({
        messageId: 'wrong-client-name',
        path,
        relatedPaths: [['region']],
        data: { configured, expected, region: region.code },
      });
  },
});
