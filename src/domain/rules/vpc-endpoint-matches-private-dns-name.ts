import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { hostOfEndpoint, httpsPrefix, normaliseDnsName } from './support/plan-readings';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'differs'>({
  id: 'vpc-endpoint-matches-private-dns-name',
  target: 'plan',
  severity: 'error',
  title: 'A VPC store’s endpoint is https:// and the private DNS name',
  description:
    'With VPC endpoint service connectivity, KMS reaches the proxy through an interface endpoint under the endpoint service’s private DNS name. XksProxyUriEndpoint must therefore be exactly https:// followed by that name.',
  messages: {
    differs: {
      message:
        'XksProxyUriEndpoint is {{endpoint}}, but with VPC endpoint service connectivity it must be https:// followed by the endpoint service’s private DNS name, {{privateDnsName}}. KMS reaches the proxy only under that name, so connecting the key store would fail.',
      fix: 'Set XksProxyUriEndpoint to {{expected}}, or correct {{/endpointService/privateDnsName}} if that is the wrong value.',
    },
  },
  reads: ['/keyStore/XksProxyUriEndpoint', '/endpointService/privateDnsName'],
  requires: ['/keyStore/XksProxyUriEndpoint', '/endpointService/privateDnsName'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    guide('xks-troubleshooting.html#fix-xks-vpc-configuration'),
    guide('create-xks-keystore.html'),
  ],
  facts: ['XKS-ENDPOINT-VPC-VALUE', 'VPC-ENDPOINT-EQUALS-DNS'],
  check(plan, { report }) {
    const endpoint = plan.keyStore!.XksProxyUriEndpoint!;
    const privateDnsName = plan.endpointService!.privateDnsName!;
    const host = hostOfEndpoint(endpoint);
    if (host !== undefined && normaliseDnsName(host) === normaliseDnsName(privateDnsName)) return;
    report({
      messageId: 'differs',
      path: ['keyStore', 'XksProxyUriEndpoint'],
      relatedPaths: [['endpointService', 'privateDnsName']],
      data: { endpoint, privateDnsName, expected: httpsPrefix + normaliseDnsName(privateDnsName) },
    });
  },
});
