import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { proxyUriPathProblem } from './support/proxy-uri-path';
import { apiReference, guide, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'api-format' | 'not-v1'>({
  id: 'proxy-uri-path-format',
  target: 'plan',
  severity: 'error',
  title: 'The proxy URI path is /kms/xks/v1, with an optional prefix',
  description:
    'KMS accepts XksProxyUriPath only as /kms/xks/v1, optionally after a prefix of letters, digits, slashes, hyphens and underscores, 10 to 128 characters in all. The API pattern would take any version from v0 to v99, but v1 is the only version of the proxy API.',
  messages: {
    'api-format': {
      message:
        'XksProxyUriPath {{detail}}. KMS accepts /kms/xks/v1, optionally preceded by a prefix made of letters, digits, /, - and _ (e.g. /example-prefix/kms/xks/v1), 10 to 128 characters in all.',
      fix: 'Use the base path your proxy documents, such as /kms/xks/v1 or /<prefix>/kms/xks/v1, with no trailing slash.',
    },
    'not-v1': {
      message:
        'XksProxyUriPath ends in /kms/xks/{{version}}, but v1 is the only version of the proxy API; no proxy serves this path.',
      fix: 'End the path with /kms/xks/v1.',
    },
  },
  reads: ['/keyStore/XksProxyUriPath'],
  appliesTo: 'all',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    guide('create-xks-keystore.html#require-path'),
    proxyApiSpec,
  ],
  facts: ['XKS-PATH-FORMAT', 'XKS-PATH-V1', 'XKS-PATH-PREFIX'],
  check(plan, { report }) {
    const uriPath = plan.keyStore?.XksProxyUriPath;
    if (uriPath === undefined) return;
    const problem = proxyUriPathProblem(uriPath);
    if (problem === undefined) return;
    const path = ['keyStore', 'XksProxyUriPath'];
    if (problem.kind === 'api-format') {
      report({ messageId: 'api-format', path, data: { detail: problem.detail } });
    } else {
      report({ messageId: 'not-v1', path, data: { version: problem.version } });
    }
  },
});
