import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec, proxyApiSpecPullRequest } from './support/sources';

const path = ['proxy', 'mtls', 'enabled'];

/** The alternatives fact 198 names, in one sentence for the fixes. */
const alternatives =
  'VPC endpoint service connectivity (KMS traffic stays inside AWS), authorization on the proxy by the request metadata KMS sends (awsPrincipalArn, kmsKeyArn, kmsOperation, and awsSourceVpc/awsSourceVpce for VPC connectivity), and network allow-lists in front of the proxy';

export default defineRule<Plan, 'public-endpoint-relies-on-mtls' | 'mtls-required'>({
  id: 'proxy-mtls-deprecated',
  target: 'plan',
  severity: 'warning',
  title: 'The plan does not rely on mutual TLS, which the XKS proxy API deprecated',
  description:
    'The XKS proxy API specification deprecated mutual TLS on 2026-03-09 (pull request #27) because of the Chrome Root Program policy update: public CAs are ending the TLS client-authentication purpose in their certificates, so a client certificate chained to a public CA is nothing a design can rely on. This supersedes the earlier advice to consider mTLS for a public endpoint (catalogue facts 26 and 89, from the spec of May 2024 and the Developer Guide). A proxy that requires a client certificate gets a warning naming the alternatives.',
  messages: {
    'public-endpoint-relies-on-mtls': {
      message:
        'The internet-facing proxy requires a client certificate ({{/proxy/mtls/enabled}}) as its second factor besides the SigV4 credential, but the XKS proxy API specification deprecated mutual TLS on 2026-03-09 (public CAs are ending client-authentication certificates under the Chrome Root Program policy). Once KMS’s client certificate changes, a proxy that insists on it refuses KMS, and the protection it gave is gone.',
      fix: 'Protect the proxy without mTLS: {{alternatives}}. Then turn the client-certificate requirement off.',
    },
    'mtls-required': {
      message:
        'The proxy requires a client certificate ({{/proxy/mtls/enabled}}), but the XKS proxy API specification deprecated mutual TLS on 2026-03-09 (public CAs are ending client-authentication certificates under the Chrome Root Program policy); once KMS’s client certificate changes, a proxy that insists on it refuses KMS.',
      fix: 'Turn the client-certificate requirement off and rely on {{alternatives}}.',
    },
  },
  reads: ['/keyStore/XksProxyConnectivity', '/proxy/mtls/enabled'],
  appliesTo: 'all',
  sources: [
    proxyApiSpecPullRequest(27),
    'https://letsencrypt.org/2025/05/14/ending-tls-client-authentication/',
    guide('authorize-xks-key-store.html'),
    proxyApiSpec,
  ],
  facts: ['SPEC-MTLS-DEPRECATED'],
  check(plan, { report }) {
    if (plan.proxy?.mtls?.enabled !== true) return;
    const messageId =
      plan.keyStore?.XksProxyConnectivity === 'PUBLIC_ENDPOINT'
        ? 'public-endpoint-relies-on-mtls'
        : 'mtls-required';
    report({ messageId, path, data: { alternatives } });
  },
});
