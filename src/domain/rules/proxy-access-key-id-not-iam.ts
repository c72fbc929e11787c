import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

/** IAM long-term (AKIA) and temporary (ASIA) access key IDs start with these. */
const iamAccessKeyPrefix = /^(AKIA|ASIA)/;

export default defineRule<Plan, 'iam-prefix'>({
  id: 'proxy-access-key-id-not-iam',
  target: 'plan',
  severity: 'warning',
  title: 'The proxy credential is not an IAM access key',
  description:
    'The proxy authentication credential is a secret shared between KMS and the proxy; it is unrelated to IAM. An access key ID that starts like an IAM one suggests that an AWS access key was reused, which would put an AWS credential into the proxy’s configuration.',
  messages: {
    'iam-prefix': {
      message:
        'The proxy credential’s AccessKeyId starts with {{prefix}}, the prefix of AWS IAM access key IDs. The proxy credential is unrelated to IAM, and reusing an IAM access key would store an AWS credential on the proxy.',
      fix: 'Generate a separate random credential on the proxy for KMS. If an IAM access key was used, deactivate and replace that key in IAM.',
    },
  },
  reads: ['/keyStore/XksProxyAuthenticationCredential/AccessKeyId'],
  appliesTo: 'all',
  sources: [
    guide('keystore-external.html#concept-xks-credential'),
    apiReference('API_CreateCustomKeyStore.html'),
  ],
  facts: ['XKS-CRED-NOT-IAM'],
  check(plan, { report }) {
    const accessKeyId = plan.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId;
    const prefix =
      accessKeyId === undefined ? undefined : iamAccessKeyPrefix.exec(accessKeyId)?.[1];
    if (prefix === undefined) return;
    report({
      messageId: 'iam-prefix',
      path: ['keyStore', 'XksProxyAuthenticationCredential', 'AccessKeyId'],
      data: { prefix },
    });
  },
});
