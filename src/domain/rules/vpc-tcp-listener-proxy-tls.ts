import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

export default defineRule<Plan, 'proxy-serves-plain-http'>({
  id: 'vpc-tcp-listener-proxy-tls',
  target: 'plan',
  severity: 'error',
  title: 'Behind a TCP listener, the proxy itself serves HTTPS',
  description:
    'A TCP listener on the network load balancer passes TLS through: the proxy target must itself serve HTTPS on the target port, with the certificate for the private DNS name. A proxy that serves plain HTTP behind a TCP listener answers KMS’s TLS handshake with plaintext, which users report as XKS_PROXY_INVALID_RESPONSE. Either TLS terminates on the proxy, or the listener is a TLS listener with a certificate for the private DNS name.',
  messages: {
    'proxy-serves-plain-http': {
      message:
        '{{/loadBalancer/listener/protocol}} is TCP, so TLS from KMS passes through to the proxy, but {{/tls/terminatesAt}} says TLS ends at the load balancer: the proxy behind it serves plain HTTP and answers KMS’s TLS handshake with plaintext (XKS_PROXY_INVALID_RESPONSE).',
      fix: 'Either serve HTTPS on the proxy with the certificate for the private DNS name ({{/tls/terminatesAt}}: the proxy), or make the listener a TLS listener with an ACM certificate for the private DNS name (then TLS or TCP to the target).',
    },
  },
  reads: ['/tls/terminatesAt', '/loadBalancer/listener/protocol'],
  requires: ['/loadBalancer/listener/protocol'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    'https://github.com/awsdocs/aws-kms-developer-guide/pull/59',
  ],
  facts: ['VPC-TCP-PASSTHROUGH'],
  check(plan, { report, unknown }) {
    if (plan.loadBalancer?.listener?.protocol !== 'TCP') return;
    const terminatesAt = plan.tls?.terminatesAt;
    if (terminatesAt === undefined) unknown([['tls', 'terminatesAt']]);
    else if (terminatesAt === 'load-balancer') {
      report({
        messageId: 'proxy-serves-plain-http',
        path: ['tls', 'terminatesAt'],
        relatedPaths: [['loadBalancer', 'listener', 'protocol']],
      });
    }
  },
});
