import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide, proxyApiSpec, xksProxyTestClient } from './support/sources';

export default defineRule<Plan, 'not-tested'>({
  id: 'proxy-conformance-tested',
  target: 'plan',
  severity: 'warning',
  title: 'The proxy passed the AWS XKS proxy test client',
  description:
    'KMS talks to the proxy only through the XKS proxy API (GetKeyMetadata, Encrypt, Decrypt, GetHealthStatus), and refuses to connect the store when the proxy gets it wrong. AWS recommends running its conformance test client against the proxy before creating the store. (With a public endpoint, creation itself calls the proxy, and public-endpoint-proxy-tested-before-create makes an untested proxy an error.)',
  messages: {
    'not-tested': {
      message:
        'The proxy has not passed the AWS XKS proxy test client yet, so it is unknown whether it implements the proxy API as KMS expects; a mistake shows up only as a failed connect.',
      fix: 'Run aws-samples/aws-kms-xksproxy-test-client against the proxy endpoint, path and credential, fix what fails, then say so in {{/proxy/conformanceTested}}.',
    },
  },
  reads: ['/proxy/conformanceTested'],
  requires: ['/proxy/conformanceTested'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('keystore-external.html#concept-xks-proxy'),
    apiReference('API_CreateCustomKeyStore.html'),
    proxyApiSpec,
    xksProxyTestClient,
  ],
  facts: ['XKS-PROXY-SPEC'],
  check(plan, { report }) {
    if (plan.proxy!.conformanceTested === false)
      report({ messageId: 'not-tested', path: ['proxy', 'conformanceTested'] });
  },
});
