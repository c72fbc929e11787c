import { apiReference, guide, proxyApiSpec } from '../../rules/support/sources';
import type { SectionCoverage } from './types';

/** Catalogue sections 1.1-1.3 (scope, Regions, quotas; external key manager; proxy). */
export const coverage: SectionCoverage = {
  checklist: [
    {
      id: 'confirm-external-key-store-needed',
      text: 'Confirm that an external key store is really required (e.g. by regulation or contract): you take over the availability, latency and durability of the keys, and a lost external key makes everything encrypted under it unrecoverable.',
      appliesTo: 'all',
      facts: ['XKS-NEED-CHECK'],
      sources: [guide('keystore-external.html')],
    },
    {
      id: 'confirm-kms-key-quota',
      text: "Confirm that the account's quota of customer managed KMS keys in the Region (100,000 by default, adjustable) has room for the keys of this store; they count toward it like any other KMS key.",
      appliesTo: 'all',
      facts: ['XKS-QUOTA-KMS-KEYS'],
      sources: [guide('resource-limits.html')],
    },
    {
      id: 'grant-key-store-management-permissions',
      text: "Confirm that whoever manages the key store works in the key store's own account and has kms:CreateCustomKeyStore, kms:DescribeCustomKeyStores, kms:ConnectCustomKeyStore, kms:DisconnectCustomKeyStore, kms:UpdateCustomKeyStore and kms:DeleteCustomKeyStore in an IAM policy; these operations cannot be done from another account.",
      appliesTo: 'all',
      facts: ['XKS-SAME-ACCOUNT-MANAGEMENT'],
      sources: [guide('authorize-xks-key-store.html')],
    },
    {
      id: 'confirm-unsupported-operations-unused',
      text: 'Confirm that no application or process expects ImportKeyMaterial, EnableKeyRotation, RotateKeyOnDemand or GenerateDataKeyPair on keys in this store; KMS refuses them for keys in an external key store.',
      appliesTo: 'all',
      facts: ['XKS-UNSUPPORTED-FEATURES'],
      sources: [
        guide('keystore-external.html'),
        apiReference('API_RotateKeyOnDemand.html'),
        apiReference('API_GenerateDataKeyPair.html'),
      ],
    },
    {
      id: 'verify-key-manager-reported-healthy',
      text: "Verify that the proxy's GetHealthStatus reports at least one external key manager instance as available before creating, updating or connecting the store; when all are unavailable, KMS fails with XksProxyUriUnreachableException or XKS_PROXY_NOT_REACHABLE.",
      appliesTo: 'all',
      facts: ['XKS-EKM-ALL-UNAVAILABLE'],
      sources: [
        guide('create-xks-keystore.html'),
        guide('keystore-external.html'),
        guide('xks-troubleshooting.html#fix-xks-latency'),
      ],
    },
    {
      id: 'keep-key-material-when-changing-key-manager',
      text: 'Before pointing the store at a different external key manager, confirm that it is a backup or replica holding the same key material for every external key; otherwise data encrypted under the KMS keys in the store can never be decrypted.',
      appliesTo: 'all',
      facts: ['XKS-EKM-SWAP-SAME-KEYS'],
      sources: [guide('create-xks-keystore.html'), guide('update-xks-keystore.html')],
    },
    {
      id: 'verify-proxy-http',
      text: 'Confirm that the proxy serves JSON over HTTPS (Content-Type: application/json) with HTTP/1.1 or later and can fall back to HTTP/1.1; the AWS XKS proxy test client checks this.',
      appliesTo: 'all',
      when: { conformance: 'not-yet-tested' },
      facts: ['XKS-PROXY-HTTP'],
      sources: [proxyApiSpec, guide('keystore-external.html')],
    },
    {
      id: 'separate-path-per-key-store',
      text: "If the proxy also serves other key stores, confirm that this store has its own path prefix (its own endpoint and path combination) and that any per-path request quota of the proxy leaves room for this store's traffic.",
      appliesTo: 'all',
      when: { endpoint: 'shared-with-another-store' },
      facts: ['XKS-PROXY-MULTI-STORE'],
      sources: [guide('create-xks-keystore.html'), proxyApiSpec],
    },
    {
      id: 'verify-deep-health-check',
      text: "Confirm that the proxy's GetHealthStatus really exercises the external key manager with test keys (not keys behind KMS keys), returns a cached result no older than 1 minute, and is exempt from any proxy-side authorization.",
      appliesTo: 'all',
      facts: ['XKS-PROXY-DEEP-HEALTH'],
      sources: [proxyApiSpec],
    },
    {
      id: 'implement-load-balancer-health-check',
      text: "If a load balancer fronts the proxy, confirm that the proxy answers the load balancer's health check with the protocol, port and path its vendor documents (the AWS reference proxy answers HTTP GET /ping on port 80).",
      appliesTo: 'all',
      when: { healthCheck: 'not-judged-by-a-rule' },
      facts: ['XKS-PROXY-LB-HEALTHCHECK'],
      sources: [
        proxyApiSpec,
        guide('vpc-connectivity.html'),
        'https://github.com/aws-samples/aws-kms-xks-proxy',
      ],
    },
    {
      id: 'trust-amazon-client-certificates',
      text: 'Mutual TLS is deprecated by the XKS proxy API specification (2026-03-09): plan to turn it off. While the proxy still requires client certificates, confirm that it trusts the Amazon Trust Services root CAs for them and accepts only the subject name cks.kms.<Region>.amazonaws.com of the key store Region.',
      appliesTo: 'all',
      when: { mtls: 'on' },
      facts: ['XKS-PROXY-MTLS-OPTIONAL'],
      sources: [guide('authorize-xks-key-store.html#xks-mtls'), proxyApiSpec],
    },
    {
      id: 'review-proxy-authorization-rules',
      text: 'If the proxy authorizes requests by their metadata (optional), confirm that the rules allow every call you need, knowing that awsSourceVpc and awsSourceVpce appear only in calls made through a VPC endpoint by the key owner account.',
      appliesTo: 'all',
      facts: ['XKS-PROXY-AUTHZ-OPTIONAL'],
      sources: [guide('authorize-xks-key-store.html#xks-proxy-authorization'), proxyApiSpec],
    },
  ],
  notApplicable: {},
};
