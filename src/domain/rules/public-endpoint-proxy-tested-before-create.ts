import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide, proxyApiSpec, xksProxyTestClient } from './support/sources';

export default defineRule<Plan, 'not-tested'>({
  id: 'public-endpoint-proxy-tested-before-create',
  target: 'plan',
  severity: 'error',
  title: 'With a public endpoint, the proxy passed the AWS XKS proxy test client before creation',
  description:
    'With public endpoint connectivity, CreateCustomKeyStore itself sends GetHealthStatus to the proxy, signed with the planned credential, and fails if that call fails. So the proxy must already work as KMS expects when the store is created: creation is no place for its first test. (With VPC endpoint service connectivity KMS first calls the proxy when connecting, and an untested proxy is a warning of proxy-conformance-tested.)',
  messages: {
    'not-tested': {
      message:
        'The proxy has not passed the AWS XKS proxy test client, and with a public endpoint CreateCustomKeyStore calls it at once: any mistake in its API, TLS or credential handling makes creating the key store fail.',
      fix: 'Run aws-samples/aws-kms-xksproxy-test-client against the public endpoint, path and credential you will give KMS, fix what fails, then say so in {{/proxy/conformanceTested}} before creating the store.',
    },
  },
  reads: ['/proxy/conformanceTested'],
  requires: ['/proxy/conformanceTested'],
  appliesTo: 'PUBLIC_ENDPOINT',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    guide('create-xks-keystore.html'),
    proxyApiSpec,
    xksProxyTestClient,
  ],
  facts: ['PUB-CREATE-TEST', 'XKS-ENDPOINT-TESTED-WHEN', 'XKS-PROXY-SPEC'],
  check(plan, { report }) {
    if (plan.proxy!.conformanceTested === false)
      report({ messageId: 'not-tested', path: ['proxy', 'conformanceTested'] });
  },
});
