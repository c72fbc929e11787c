import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { describeHostNameProblem, hostNameProblem } from './support/host-name';
import { hostOfEndpoint, isIpv4Literal } from './support/plan-readings';
import { guide, privateLink, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'endpoint-host' | 'endpoint-trailing-dot' | 'verification-domain'>({
  id: 'host-names-well-formed',
  target: 'plan',
  severity: 'error',
  title: 'Every host name the plan enters is a fully qualified DNS name',
  description:
    'The host of XksProxyUriEndpoint and the domain used to verify the private DNS name must be fully qualified DNS names: at least two labels, no empty label, letters, digits and inner hyphens only, labels of at most 63 characters, at most 253 in all (the private DNS name itself is judged by vpc-private-dns-name, an IP address by proxy-uri-endpoint-format). A trailing dot: KMS sends the endpoint as written (in the TLS server name, the Host header it signs with SigV4, and the certificate check), so the endpoint must not end in a dot; in a domain that is only compared (the verification domain), a trailing dot is the DNS root and is ignored.',
  messages: {
    'endpoint-host': {
      message: 'The host "{{host}}" of XksProxyUriEndpoint {{problem}}.',
      fix: 'Enter https:// and the fully qualified host name of the proxy (for VPC connectivity, the private DNS name of the endpoint service).',
    },
    'endpoint-trailing-dot': {
      message:
        'The host "{{host}}" of XksProxyUriEndpoint ends in a dot. KMS uses the endpoint as written: the dot becomes part of the TLS server name, the Host header it signs and the name the certificate is checked against, which certificates and proxies do not carry.',
      fix: 'Write the host without the trailing dot: https://{{withoutDot}}.',
    },
    'verification-domain': {
      message: '{{/endpointService/verificationDomain}} "{{domain}}" {{problem}}.',
      fix: 'Enter the private DNS name itself, or a parent domain of it that you own in public DNS (e.g. example.com for xks.example.com).',
    },
  },
  reads: ['/keyStore/XksProxyUriEndpoint', '/endpointService/verificationDomain'],
  appliesTo: 'all',
  sources: [
    guide('create-xks-keystore.html#require-endpoint'),
    proxyApiSpec,
    privateLink('manage-dns-names.html'),
    'https://www.rfc-editor.org/rfc/rfc1123#section-2.1',
  ],
  facts: ['XKS-ENDPOINT-FQDN', 'VPC-DOMAIN-VERIFIED'],
  check(plan, { report }) {
    const host = hostOfEndpoint(plan.keyStore?.XksProxyUriEndpoint);
    // An IP literal, a port or a path are proxy-uri-endpoint-format's findings.
    if (host !== undefined && !isIpv4Literal(host) && /^[a-z0-9.-]+$/i.test(host)) {
      const path = ['keyStore', 'XksProxyUriEndpoint'];
      if (host.endsWith('.')) {
        report({
          messageId: 'endpoint-trailing-dot',
          path,
          data: { host, withoutDot: host.replace(/\.+$/, '') },
        });
      } else {
        const problem = hostNameProblem(host);
        if (problem) {
          report({
            messageId: 'endpoint-host',
            path,
            data: { host, problem: describeHostNameProblem(problem) },
          });
        }
      }
    }
    const domain = plan.endpointService?.verificationDomain;
    if (domain !== undefined) {
      const problem = hostNameProblem(domain.trim().replace(/\.$/, ''));
      if (problem) {
        report({
          messageId: 'verification-domain',
          path: ['endpointService', 'verificationDomain'],
          data: { domain, problem: describeHostNameProblem(problem) },
        });
      }
    }
  },
});
