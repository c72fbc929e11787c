import { checkKmsString, describeShapeViolation, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { hostOfEndpoint, isIpv4Literal } from './support/plan-readings';
import { apiReference, guide, proxyApiSpec } from './support/sources';

const path = ['keyStore', 'XksProxyUriEndpoint'];

export default defineRule<Plan, 'api-format' | 'has-port' | 'has-path' | 'ip-address'>({
  id: 'proxy-uri-endpoint-format',
  target: 'plan',
  severity: 'error',
  title: 'The proxy URI endpoint is https:// and a host name',
  description:
    'KMS accepts XksProxyUriEndpoint only as https:// followed by letters, digits, dots and hyphens (10 to 128 characters). KMS always connects on port 443, so there is no port, and the path is a separate parameter. The host must be a DNS name, because the TLS certificate is matched against it.',
  messages: {
    'api-format': {
      message: 'XksProxyUriEndpoint {{problem}}.',
      fix: 'Write https:// followed by the host name only, e.g. https://myproxy.xks.example.com.',
    },
    'has-port': {
      message:
        'XksProxyUriEndpoint includes a port; KMS always connects on TCP 443 and the API rejects a port.',
      fix: 'Remove ":{{port}}" and make the proxy (or its load balancer) listen on 443.',
    },
    'has-path': {
      message:
        'XksProxyUriEndpoint includes a path or a slash; the path is a separate parameter, XksProxyUriPath.',
      fix: 'Keep only https:// and the host name here, and put the path in XksProxyUriPath.',
    },
    'ip-address': {
      message:
        'XksProxyUriEndpoint uses the IP address {{host}}; the API pattern lets it through, but KMS matches the TLS certificate against a DNS name, so the connection fails.',
      fix: 'Use a fully qualified domain name that resolves to the proxy and that the certificate names.',
    },
  },
  reads: ['/keyStore/XksProxyUriEndpoint'],
  appliesTo: 'all',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    guide('create-xks-keystore.html#require-endpoint'),
    proxyApiSpec,
  ],
  facts: ['XKS-ENDPOINT-FORMAT', 'XKS-ENDPOINT-PORT-443', 'XKS-ENDPOINT-FQDN'],
  check(plan, { report }) {
    const endpoint = plan.keyStore?.XksProxyUriEndpoint;
    if (endpoint === undefined) return;
    const violation = checkKmsString(kmsStringShapes.XksProxyUriEndpointType, endpoint);
    if (violation) {
      // Name the usual causes precisely before falling back to the API's own wording.
      const port = /^https:\/\/[^/:]+:(\d+)/.exec(endpoint);
      if (port?.[1] !== undefined) report({ messageId: 'has-port', path, data: { port: port[1] } });
      else if (/^https:\/\/[^/]*[/\\]/.test(endpoint)) report({ messageId: 'has-path', path });
      else
        report({
          messageId: 'api-format',
          path,
          data: { problem: describeShapeViolation(violation) },
        });
      return;
    }
    const host = hostOfEndpoint(endpoint);
    if (host !== undefined && isIpv4Literal(host)) {
      report({ messageId: 'ip-address', path, data: { host } });
    }
  },
});
