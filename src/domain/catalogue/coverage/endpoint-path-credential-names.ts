import { apiReference, guide, proxyApiSpec } from '../../rules/support/sources';
import type { SectionCoverage } from './types';

// Sections 1.4 (endpoint), 1.6 (path), 1.7 (credential) and 1.8 (names and uniqueness). What a
// plan can show is judged by rules; these items are what only the running proxy or AWS can show.
export const coverage: SectionCoverage = {
  checklist: [
    {
      id: 'proxy-answers-before-create',
      text: 'Before running CreateCustomKeyStore, confirm the proxy answers at XksProxyUriEndpoint + XksProxyUriPath on port 443 and accepts the planned credential: with a public endpoint KMS calls GetHealthStatus while creating the key store, and creation fails if the proxy does not answer.',
      appliesTo: 'PUBLIC_ENDPOINT',
      facts: ['XKS-ENDPOINT-TESTED-WHEN'],
      sources: [apiReference('API_CreateCustomKeyStore.html'), guide('create-xks-keystore.html')],
    },
    {
      id: 'proxy-tested-at-connect',
      text: 'Run ConnectCustomKeyStore and confirm the key store reaches CONNECTED before creating keys: with VPC endpoint service connectivity KMS does not contact the proxy during CreateCustomKeyStore, so connecting is the first test of the endpoint, path and credential.',
      appliesTo: 'VPC_ENDPOINT_SERVICE',
      facts: ['XKS-ENDPOINT-TESTED-WHEN'],
      sources: [apiReference('API_CreateCustomKeyStore.html'), guide('create-xks-keystore.html')],
    },
    {
      id: 'proxy-serves-new-values-before-update',
      text: 'Before UpdateCustomKeyStore changes the endpoint, the path or the credential, confirm the proxy already serves the new values: KMS tests them first and refuses the update otherwise.',
      appliesTo: 'all',
      facts: ['XKS-ENDPOINT-TESTED-WHEN'],
      sources: [guide('update-xks-keystore.html')],
    },
    {
      id: 'sample-proxy-path-prefix',
      text: 'If the proxy is the AWS sample proxy (aws-samples/aws-kms-xks-proxy), confirm the path prefix is empty or 9 to 117 characters long, the range that proxy accepts.',
      appliesTo: 'all',
      when: { proxy: 'aws-sample' },
      facts: ['XKS-PATH-PREFIX-SAMPLE-LIMIT'],
      sources: ['https://github.com/aws-samples/aws-kms-xks-proxy'],
    },
    {
      id: 'proxy-credential-generated-securely',
      text: 'Generate the proxy credential randomly: a secret access key with at least 256 bits of randomness (e.g. Base64 of 32 random bytes, 44 characters) and an access key ID that reveals nothing about the secret, each access key ID mapped to exactly one secret on the proxy. Keep the secret in a secret store and add it as RawSecretAccessKey only when CreateCustomKeyStore, or an UpdateCustomKeyStore that changes the credential, is sent.',
      appliesTo: 'all',
      facts: ['XKS-CRED-REQUIRED', 'XKS-CRED-ENTROPY'],
      sources: [proxyApiSpec, apiReference('API_CreateCustomKeyStore.html')],
    },
    {
      id: 'proxy-holds-the-same-credential',
      text: 'Confirm the proxy holds exactly the credential KMS will get (same access key ID and secret, for this XksProxyUriPath): a mismatch fails CreateCustomKeyStore and UpdateCustomKeyStore with XksProxyIncorrectAuthenticationCredentialException, connecting with INVALID_CREDENTIALS, and later requests with invalid-state errors.',
      appliesTo: 'all',
      facts: ['XKS-CRED-MISMATCH'],
      sources: [guide('xks-troubleshooting.html#fix-xks-credentials')],
    },
    {
      id: 'proxy-credential-rotation-procedure',
      text: 'Write down how the proxy credential is rotated: add the new credential on the proxy, give it to KMS with UpdateCustomKeyStore, wait at least 5 minutes until every KMS host uses it, then remove the old one. XksProxyCredentialAge counts days since KMS received the credential, not since the proxy created it; alarm on it with a threshold of your rotation period.',
      appliesTo: 'all',
      facts: ['XKS-CRED-ROTATION', 'XKS-CRED-AGE-ALARM'],
      sources: [
        guide('keystore-external.html#concept-xks-credential'),
        guide('update-xks-keystore.html'),
        guide('monitoring-cloudwatch.html#metric-xks-proxy-credential-age'),
      ],
    },
  ],
  notApplicable: {},
};
