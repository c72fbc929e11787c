import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { proxyApiSpec } from './support/sources';

/** The proxy API specification's limit on the request URI. */
const maxRequestUriLength = 256;
/** What follows the path in a key's request URI, with the longest operation (`/metadata`). */
const keyRequestSuffixLength = '/keys/'.length + '/metadata'.length;

export default defineRule<Plan, 'key-id-too-long' | 'no-room-for-key-id'>({
  id: 'proxy-uri-total-length',
  target: 'plan',
  severity: 'warning',
  title: 'Proxy request URIs stay within 256 characters',
  description:
    'KMS calls the proxy at XksProxyUriEndpoint + XksProxyUriPath + /keys/<XksKeyId>/<operation>. The proxy API specification says such a URI must not exceed 256 characters, so a long endpoint, path and external key ID together may be refused by the proxy. Whether KMS itself enforces the limit is not documented.',
  messages: {
    'key-id-too-long': {
      message:
        'Requests for the external key "{{xksKeyId}}" would go to a URI of {{length}} characters (XksProxyUriEndpoint + XksProxyUriPath + /keys/{{xksKeyId}}/metadata); the proxy API specification allows at most 256, so the proxy may refuse them.',
      fix: 'Use an external key whose XksKeyId has at most {{maxKeyIdLength}} characters, or shorten the path prefix or the endpoint host name.',
    },
    'no-room-for-key-id': {
      message:
        'XksProxyUriEndpoint and XksProxyUriPath together are {{length}} characters long, which leaves no room for an external key ID in a 256-character request URI (the proxy API specification’s limit).',
      fix: 'Shorten the path prefix or the endpoint host name so that requests for your external keys fit in 256 characters.',
    },
  },
  reads: ['/keyStore/XksProxyUriEndpoint', '/keyStore/XksProxyUriPath', '/keys/*/XksKeyId'],
  appliesTo: 'all',
  sources: [proxyApiSpec],
  facts: ['XKS-URI-TOTAL-LENGTH'],
  check(plan, { report }) {
    const endpoint = plan.keyStore?.XksProxyUriEndpoint;
    const uriPath = plan.keyStore?.XksProxyUriPath;
    if (endpoint === undefined || uriPath === undefined) return;
    const maxKeyIdLength =
      maxRequestUriLength - endpoint.length - uriPath.length - keyRequestSuffixLength;
    if (maxKeyIdLength < 1) {
      report({
        messageId: 'no-room-for-key-id',
        path: ['keyStore', 'XksProxyUriPath'],
        relatedPaths: [['keyStore', 'XksProxyUriEndpoint']],
        data: { length: endpoint.length + uriPath.length },
      });
      return;
    }
    plan.keys?.forEach((key, index) => {
      const xksKeyId = key.XksKeyId;
      if (xksKeyId === undefined || xksKeyId.length <= maxKeyIdLength) return;
      report({
        messageId: 'key-id-too-long',
        path: ['keys', index, 'XksKeyId'],
        data: {
          xksKeyId,
          length: maxRequestUriLength - maxKeyIdLength + xksKeyId.length,
          maxKeyIdLength,
        },
      });
    });
  },
});
