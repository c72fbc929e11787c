import { defineRule } from '../engine/define-rule';
import { toPointer } from '../engine/json-pointer';
import type { Plan } from '../plan/plan-schema';
import { proxyApiSuffix } from './support/proxy-uri-path';
import {
  isSampleProxy,
  samplePathPrefixLength,
  sampleProxyRepository,
} from './support/sample-proxy';

/** The sample's configuration file, where the limit is written. */
const sampleSettings = `${sampleProxyRepository}/blob/main/xks-axum/configuration/settings.toml`;

export default defineRule<Plan, 'prefix-length'>({
  id: 'proxy-sample-path-prefix-length',
  target: 'plan',
  severity: 'warning',
  title: 'The AWS sample proxy accepts the path prefix',
  description:
    "KMS accepts any XksProxyUriPath prefix up to the 128-character path limit, but the AWS sample proxy (aws-samples/aws-kms-xks-proxy) takes a uri_path_prefix that is empty or 9 to 117 characters long. With that proxy, a prefix of another length cannot be configured, so the proxy cannot serve the path KMS calls. This is the sample's limit, not a KMS rule.",
  messages: {
    'prefix-length': {
      message:
        'The proxy is the AWS sample proxy and the path prefix "{{prefix}}" of {{field}} is {{length}} characters long; that proxy accepts an empty prefix or one of {{min}} to {{max}} characters.',
      fix: "Choose a prefix of {{min}} to {{max}} characters (e.g. /{{example}}) or none, and use it in both XksProxyUriPath and the proxy's uri_path_prefix.",
    },
  },
  reads: ['/proxy/product', '/proxy/vendor', '/proxy/uriPath', '/keyStore/XksProxyUriPath'],
  appliesTo: 'all',
  sources: [sampleSettings],
  facts: ['XKS-PATH-PREFIX-SAMPLE-LIMIT'],
  check(plan, { report, unknown }) {
    const sample = isSampleProxy(plan);
    if (sample === false) return;
    const place =
      plan.proxy?.uriPath !== undefined ? ['proxy', 'uriPath'] : ['keyStore', 'XksProxyUriPath'];
    const path = plan.proxy?.uriPath ?? plan.keyStore?.XksProxyUriPath;
    if (sample === undefined || path === undefined) {
      unknown([
        ...(sample === undefined ? [['proxy', 'product']] : []),
        ...(path === undefined ? [['proxy', 'uriPath']] : []),
      ]);
      return;
    }
    // A path without the API suffix is the path format rules' finding.
    if (!path.endsWith(proxyApiSuffix)) return;
    const prefix = path.slice(0, -proxyApiSuffix.length);
    const { min, max } = samplePathPrefixLength;
    if (prefix.length === 0 || (prefix.length >= min && prefix.length <= max)) return;
    report({
      messageId: 'prefix-length',
      path: place,
      data: {
        prefix,
        field: { field: toPointer(place) },
        length: prefix.length,
        min,
        max,
        example: 'workload',
      },
    });
  },
});
