/**
 * Coverage of catalogue section 3 (VPC endpoint service connectivity) besides its rules, which are
 * the src/domain/rules/vpc-*.ts files: what only the operator or AWS can see becomes a checklist item.
 */
import { apiReference, guide, privateLink } from '../../rules/support/sources';
import type { SectionCoverage } from './types';

export const coverage: SectionCoverage = {
  checklist: [
    {
      id: 'vpc-confirm-endpoint-service-owner',
      text: 'Confirm which AWS account owns the VPC endpoint service. If it is not the key store account, set XksProxyVpcEndpointServiceOwner to that account ID (console: tick "Cross-account VPC endpoint service"); if it is omitted, KMS looks for the service in the key store account.',
      appliesTo: 'VPC_ENDPOINT_SERVICE',
      facts: ['VPC-ACCOUNT'],
      sources: [apiReference('API_CreateCustomKeyStore.html'), guide('create-xks-keystore.html')],
    },
    {
      id: 'vpc-test-proxy-from-vpc',
      text: 'From an EC2 instance in the endpoint service VPC, connect to each proxy target on TCP 443 (e.g. with curl or openssl s_client) to prove the VPC reaches the proxy before creating the key store.',
      appliesTo: 'VPC_ENDPOINT_SERVICE',
      facts: ['VPC-NETWORK-LINK'],
      sources: [guide('vpc-connectivity.html'), guide('choose-xks-connectivity.html')],
    },
    {
      id: 'vpc-verify-private-dns-domain',
      text: 'Create the TXT record with the domain verification name and value that the endpoint service shows, in the public DNS zone of the domain, start "Verify domain ownership for private DNS name", and confirm the state is Verified before creating the key store.',
      appliesTo: 'VPC_ENDPOINT_SERVICE',
      facts: ['VPC-DOMAIN-VERIFIED'],
      sources: [guide('vpc-connectivity.html'), privateLink('manage-dns-names.html')],
    },
    {
      id: 'vpc-no-a-record-for-private-dns-name',
      text: 'Do not create an A record (public or private) for the private DNS name of the endpoint service: when KMS connects, PrivateLink creates a private hosted zone with the record inside the KMS VPC.',
      appliesTo: 'VPC_ENDPOINT_SERVICE',
      facts: ['VPC-NO-A-RECORD'],
      sources: [guide('vpc-connectivity.html'), privateLink('manage-dns-names.html')],
    },
    {
      id: 'vpc-component-quotas',
      text: 'Check in Service Quotas that the account and Region have room for the VPC, subnets, network load balancer, target group and endpoint service you plan to create.',
      appliesTo: 'VPC_ENDPOINT_SERVICE',
      facts: ['VPC-COMPONENT-QUOTAS'],
      sources: [guide('keystore-external.html')],
    },
    {
      id: 'vpc-builder-permissions',
      text: 'Confirm that whoever builds the connectivity has IAM permissions to create the VPC, subnets, network load balancer, target group and VPC endpoint service, and to change the endpoint service permissions.',
      appliesTo: 'VPC_ENDPOINT_SERVICE',
      facts: ['VPC-IAM-FOR-BUILDERS'],
      sources: [guide('authorize-xks-key-store.html')],
    },
  ],
  notApplicable: {
    'VPC-CONNECT-ACTIONS':
      'Background on what KMS does while connecting a VPC store (domain check, interface endpoint, private hosted zone, GetHealthStatus, about 5 minutes); used by the connection explainer.',
  },
};
