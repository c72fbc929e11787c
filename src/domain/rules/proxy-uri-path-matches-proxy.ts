import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'differs'>({
  id: 'proxy-uri-path-matches-proxy',
  target: 'plan',
  severity: 'error',
  title: 'The proxy serves the key store’s URI path',
  description:
    'The proxy answers only on the base path it is configured for. When XksProxyUriPath names another path, the proxy returns InvalidUriPathException and KMS refuses to create, update or connect the key store.',
  messages: {
    differs: {
      message:
        'XksProxyUriPath is {{keyStorePath}}, but the proxy is configured to serve {{proxyPath}}. The proxy answers any other path with InvalidUriPathException, so KMS reports XksProxyInvalidConfigurationException (create, update) or XKS_PROXY_INVALID_CONFIGURATION (connect).',
      fix: 'Make XksProxyUriPath and the path in the proxy’s configuration the same; paths are case-sensitive.',
    },
  },
  reads: ['/keyStore/XksProxyUriPath', '/proxy/uriPath'],
  appliesTo: 'all',
  sources: [guide('xks-troubleshooting.html#fix-xks-gen-configuration'), proxyApiSpec],
  facts: ['XKS-PATH-MATCHES-PROXY'],
  check(plan, { report }) {
    const keyStorePath = plan.keyStore?.XksProxyUriPath;
    const proxyPath = plan.proxy?.uriPath;
    if (keyStorePath === undefined || proxyPath === undefined || keyStorePath === proxyPath) return;
    report({
      messageId: 'differs',
      path: ['keyStore', 'XksProxyUriPath'],
      relatedPaths: [['proxy', 'uriPath']],
      data: { keyStorePath, proxyPath },
    });
  },
});
