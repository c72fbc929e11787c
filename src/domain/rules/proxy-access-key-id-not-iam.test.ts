import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-access-key-id-not-iam';

const ready = findExample('public-endpoint-ready')!.document;
const accessKeyId = (AccessKeyId: string | undefined) =>
  withPlan(ready, { keyStore: { XksProxyAuthenticationCredential: { AccessKeyId } } });
const path = '/keyStore/XksProxyAuthenticationCredential/AccessKeyId';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: 'AKIA later in the ID', document: accessKeyId('ZZAKIAQMVKAHPJ6Z4OI2') },
    { name: 'no access key ID yet', document: accessKeyId(undefined) },
  ],
  invalid: [
    {
      name: 'an IAM user access key ID',
      document: accessKeyId('AKIAIOSFODNN7EXAMPLE'),
      errors: [{ messageId: 'iam-prefix', path }],
    },
    {
      name: 'a temporary IAM access key ID',
      document: accessKeyId('ASIAQ3EGRDFZ2XKCMPTW'),
      errors: [{ messageId: 'iam-prefix', path }],
    },
  ],
  unknown: {
    none: 'It judges the access key ID when it is present; key-store-required-parameters reports a missing one.',
  },
});
