/**
 * Coverage of catalogue sections 1.9 (latency, throughput), 1.10 (external keys), 1.11 (key
 * states) and 2 (public endpoint) beyond the rules that name these facts.
 */
import { apiReference, guide, proxyApiSpec } from '../../rules/support/sources';
import type { SectionCoverage } from './types';

export const coverage: SectionCoverage = {
  checklist: [
    {
      id: 'measure-round-trip',
      text: 'Measure the round trip from the AWS Region (e.g. from an EC2 instance there) to the proxy endpoint, and from the proxy to the external key manager, at busy times; record them in the plan (traffic.roundTripMs, traffic.proxyToKeyManagerMs) to replace the distance estimate, and confirm the total stays within 35 ms.',
      appliesTo: 'all',
      facts: ['XKS-RTT-35MS', 'XKS-TIMEOUT-250MS'],
      sources: [guide('keystore-external.html'), guide('xks-troubleshooting.html#fix-xks-latency')],
    },
    {
      id: 'account-symmetric-request-quota',
      text: "Confirm that the account's \"Cryptographic operations (symmetric) request rate\" quota in this Region covers the calls on this store's keys on top of the account's other symmetric KMS traffic (the calls count toward both quotas).",
      appliesTo: 'all',
      facts: ['XKS-QUOTA-ACCOUNT-SYMMETRIC'],
      sources: [guide('requests-per-second.html')],
    },
    {
      id: 'external-key-properties',
      text: 'Verify in the external key manager that each external key exists, is a 256-bit AES key, is enabled, and may be used to encrypt and decrypt: CreateKey asks the proxy (GetKeyMetadata) and refuses anything else.',
      appliesTo: 'all',
      facts: ['XKS-EXTKEY-PROPERTIES'],
      sources: [
        guide('create-xks-keys.html#xks-key-requirements'),
        guide('keystore-external.html'),
        proxyApiSpec,
      ],
    },
    {
      id: 'connect-before-creating-keys',
      text: 'Connect the key store and wait until its ConnectionState is CONNECTED before creating the KMS keys; CreateKey fails in any other state.',
      appliesTo: 'all',
      facts: ['XKS-CREATEKEY-CONNECTED'],
      sources: [apiReference('API_CreateKey.html')],
    },
    {
      id: 'xks-key-id-is-permanent',
      text: "Confirm that each XksKeyId is the external key manager's permanent identifier for the key, not an alias or label that can be renamed: the XksKeyId of a KMS key can never change, so a rename breaks decryption.",
      appliesTo: 'all',
      facts: ['XKS-KEYID-IMMUTABLE'],
      sources: [
        guide('xks-troubleshooting.html#fix-external-key-crypto'),
        guide('keystore-external.html#concept-external-key'),
      ],
    },
    {
      id: 'external-key-used-only-by-store',
      text: 'Confirm that each external key is used only for this external key store, not by other applications of the key manager.',
      appliesTo: 'all',
      facts: ['XKS-EXTKEY-EXCLUSIVE'],
      sources: [guide('create-xks-keys.html')],
    },
    {
      id: 'monitor-proxy-not-connection-state',
      text: 'Set up monitoring of the proxy and key manager through the CloudWatch metrics of the store: a CONNECTED store with an unreachable proxy keeps its keys Enabled while every cryptographic call fails with KMSInvalidStateException.',
      appliesTo: 'all',
      facts: ['XKS-KEYSTATE-PROXY-DOWN'],
      sources: [
        guide('key-state.html'),
        guide('xks-connect-disconnect.html'),
        guide('xks-troubleshooting.html'),
      ],
    },
    {
      id: 'revocation-and-data-key-caches',
      text: 'When planning how to cut off access (disconnecting the store or disabling external keys), allow for services that cache plaintext data keys: they keep working until the cache expires or the resource is deactivated.',
      appliesTo: 'all',
      facts: ['XKS-DATAKEY-CACHE'],
      sources: [guide('keystore-external.html')],
    },
    {
      id: 'public-endpoint-health-check-before-create',
      text: 'Before creating the store, run the AWS XKS proxy test client (or another signed GetHealthStatus call) against the public endpoint and path with the planned credential: CreateCustomKeyStore sends that request and fails if it fails.',
      appliesTo: 'PUBLIC_ENDPOINT',
      facts: ['PUB-CREATE-TEST'],
      sources: [guide('create-xks-keystore.html'), guide('about-xks-connecting.html')],
    },
  ],
  notApplicable: {
    'XKS-HEALTH-POLL':
      'Background: KMS polls GetHealthStatus every few minutes even without traffic, which explains metric data on an idle store; nothing to plan.',
    'XKS-DOUBLE-ENCRYPTION':
      'Background on how KMS and the external key manager both encrypt; it explains other rules (backups, key uniqueness) and needs no check of its own.',
    'XKS-KEYSTATE-DISCONNECTED':
      'Background on key states while the store is disconnected; used by the error explainer.',
    'XKS-KEYSTATE-EXTKEY-DISABLED':
      'Background on why calls fail when an external key is disabled while the KMS key stays Enabled; used by the error explainer.',
    'XKS-ALL-CRYPTO-ERRORS-KMSINVALIDSTATE':
      'Background on how KMS reports every external failure as KMSInvalidStateException; used by the error explainer.',
    'PUB-SHARED-ENDPOINT':
      'Restates fact XKS-UNIQUE-PUBLIC-SHARED (several public stores may share an endpoint when their paths differ), which the uniqueness rules judge.',
  },
};
