import { checkKmsString, describeShapeViolation, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'api-format'>({
  id: 'proxy-access-key-id-format',
  target: 'plan',
  severity: 'error',
  title: 'The proxy credential’s access key ID has the format KMS accepts',
  description:
    'KMS accepts the AccessKeyId of the proxy authentication credential only with 20 to 30 characters, all upper-case letters A–Z or digits 2–7 (the Base32 alphabet). The API marks the value as sensitive, so messages never repeat it.',
  messages: {
    'api-format': {
      message:
        'The proxy credential’s AccessKeyId {{problem}}. KMS accepts 20 to 30 characters, only upper-case letters A–Z and digits 2–7; lower-case letters, 0, 1, 8, 9, hyphens and other symbols are refused.',
      fix: 'Create a credential on the proxy whose access key ID has this format (many proxies generate one) and enter that ID here.',
    },
  },
  reads: ['/keyStore/XksProxyAuthenticationCredential/AccessKeyId'],
  appliesTo: 'all',
  sources: [apiReference('API_XksProxyAuthenticationCredentialType.html'), proxyApiSpec],
  facts: ['XKS-CRED-ACCESS-KEY-ID'],
  check(plan, { report }) {
    const accessKeyId = plan.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId;
    if (accessKeyId === undefined) return;
    const violation = checkKmsString(
      kmsStringShapes.XksProxyAuthenticationAccessKeyIdType,
      accessKeyId,
    );
    if (!violation) return;
    report({
      messageId: 'api-format',
      path: ['keyStore', 'XksProxyAuthenticationCredential', 'AccessKeyId'],
      data: { problem: describeShapeViolation(violation) },
    });
  },
});
