import { checkKmsString, describeShapeViolation, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

export default defineRule<Plan, 'api-format'>({
  id: 'key-store-name-length',
  target: 'plan',
  severity: 'error',
  title: 'The key store name has 1 to 256 characters',
  description:
    'KMS accepts a CustomKeyStoreName of 1 to 256 characters; any characters are allowed.',
  messages: {
    'api-format': {
      message: 'CustomKeyStoreName {{problem}}.',
      fix: 'Use a name of 1 to 256 characters.',
    },
  },
  reads: ['/keyStore/CustomKeyStoreName'],
  appliesTo: 'all',
  sources: [apiReference('API_CreateCustomKeyStore.html')],
  facts: ['XKS-NAME-LENGTH'],
  check(plan, { report }) {
    const name = plan.keyStore?.CustomKeyStoreName;
    if (name === undefined) return;
    const violation = checkKmsString(kmsStringShapes.CustomKeyStoreNameType, name);
    if (!violation) return;
    report({
      messageId: 'api-format',
      path: ['keyStore', 'CustomKeyStoreName'],
      data: { problem: describeShapeViolation(violation) },
    });
  },
});
