import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'rewrites-headers'>({
  id: 'no-header-rewriting-to-proxy',
  target: 'plan',
  severity: 'warning',
  title: 'Nothing between KMS and the proxy rewrites HTTP headers',
  description:
    'KMS signs every proxy request with SigV4 over the Host and X-Amz-Date headers. A reverse proxy, gateway or load balancer that changes Host, X-Amz-Date or Authorization on the way makes the signature invalid, and the proxy rejects every request.',
  messages: {
    'rewrites-headers': {
      message:
        'The plan says something between KMS and the proxy rewrites HTTP headers. If it changes Host, X-Amz-Date or Authorization, the proxy cannot verify KMS’s SigV4 signature and KMS reports the credential as invalid (INVALID_CREDENTIALS).',
      fix: 'Configure every reverse proxy, gateway or load balancer in front of the proxy to forward Host, X-Amz-Date and Authorization unchanged, or take it out of the path.',
    },
  },
  reads: ['/proxy/headerRewritingInPath'],
  requires: ['/proxy/headerRewritingInPath'],
  appliesTo: 'all',
  sources: [guide('xks-troubleshooting.html#fix-xks-credentials'), proxyApiSpec],
  facts: ['XKS-CRED-REVERSE-PROXY'],
  check(plan, { report }) {
    if (plan.proxy?.headerRewritingInPath !== true) return;
    report({ messageId: 'rewrites-headers', path: ['proxy', 'headerRewritingInPath'] });
  },
});
