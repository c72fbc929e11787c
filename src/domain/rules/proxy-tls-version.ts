import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { isTlsVersionKmsUses } from './support/scope-tls-versions';
import { apiReference, guide, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'no-tls-1-2-or-later'>({
  id: 'proxy-tls-version',
  target: 'plan',
  severity: 'error',
  title: 'The proxy accepts TLS 1.2 or 1.3',
  description:
    'KMS connects to the proxy with TLS 1.2 or TLS 1.3 only. A proxy that accepts neither cannot complete a handshake, and connecting the store fails with XKS_PROXY_INVALID_TLS_CONFIGURATION.',
  messages: {
    'no-tls-1-2-or-later': {
      message:
        'The proxy accepts only {{versions}}; KMS uses TLS 1.2 or 1.3, so the handshake fails (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: 'Enable TLS 1.3 and/or TLS 1.2 on the proxy (or on the load balancer listener that terminates TLS).',
    },
  },
  reads: ['/proxy/tlsVersions'],
  requires: ['/proxy/tlsVersions'],
  appliesTo: 'all',
  sources: [
    proxyApiSpec,
    apiReference('API_CustomKeyStoresListEntry.html'),
    guide('xks-troubleshooting.html'),
  ],
  facts: ['XKS-PROXY-TLS-VERSION'],
  check(plan, { report, unknown }) {
    const versions = plan.proxy?.tlsVersions ?? [];
    // An empty list says nothing about what the proxy accepts.
    if (versions.length === 0) {
      unknown([['proxy', 'tlsVersions']]);
      return;
    }
    if (!versions.some(isTlsVersionKmsUses))
      report({
        messageId: 'no-tls-1-2-or-later',
        path: ['proxy', 'tlsVersions'],
        data: { versions: versions.join(', ') },
      });
  },
});
