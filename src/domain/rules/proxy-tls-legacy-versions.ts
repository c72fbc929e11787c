import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { isTlsVersionKmsUses } from './support/scope-tls-versions';
import { guide, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'legacy-version-accepted'>({
  id: 'proxy-tls-legacy-versions',
  target: 'plan',
  severity: 'warning',
  title: 'The proxy does not accept TLS older than 1.2',
  description:
    'KMS never uses TLS 1.0 or 1.1 with the proxy, so accepting them serves no AWS traffic and only leaves the proxy open to downgrade attacks and weak ciphers from other clients.',
  messages: {
    'legacy-version-accepted': {
      message:
        'The proxy also accepts {{legacy}}; KMS never uses TLS older than 1.2, and these versions are deprecated as insecure (RFC 8996).',
      fix: 'Disable {{legacy}} on the proxy and keep TLS 1.2 and/or 1.3.',
    },
  },
  reads: ['/proxy/tlsVersions'],
  appliesTo: 'all',
  sources: [proxyApiSpec, guide('keystore-external.html#concept-xks-proxy')],
  facts: ['XKS-PROXY-TLS-VERSION'],
  check(plan, { report }) {
    const versions = plan.proxy?.tlsVersions ?? [];
    const legacy = versions.filter((version) => !isTlsVersionKmsUses(version));
    // With no modern version at all, proxy-tls-version reports the error that matters.
    if (legacy.length > 0 && legacy.length < versions.length)
      report({
        messageId: 'legacy-version-accepted',
        path: ['proxy', 'tlsVersions'],
        data: { legacy: legacy.join(' and ') },
      });
  },
});
