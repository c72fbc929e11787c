import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-principal-format';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const principals = (...allowedPrincipals: string[]) =>
  withPlan(ready, { endpointService: { allowedPrincipals } });
const kms = 'cks.kms.eu-central-1.amazonaws.com';
const path = '/endpointService/allowedPrincipals';

testRule(rule, {
  valid: [
    { name: 'the KMS service principal', document: ready },
    { name: 'the cross-account plan', document: findExample('vpc-cross-account')!.document },
    {
      name: 'an account root, a role, a user and everyone',
      document: principals(
        kms,
        'arn:aws:iam::111122223333:root',
        'arn:aws:iam::111122223333:role/xks-admin',
        'arn:aws-us-gov:iam::111122223333:user/ops',
        '*',
      ),
    },
    { name: 'a blank row (vpc-no-empty-list-rows reports it)', document: principals(kms, ' ') },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'an account ID of 11 digits',
      document: principals(kms, 'arn:aws:iam::11112222333:root'),
      errors: [{ messageId: 'account-id', path: `${path}/1` }],
    },
    {
      name: 'an account alias in the ARN',
      document: principals(kms, 'arn:aws:iam::abc:role/xks-admin'),
      errors: [{ messageId: 'account-id', path: `${path}/1` }],
    },
    {
      name: 'a bare account ID',
      document: principals(kms, '111122223333'),
      errors: [{ messageId: 'bare-account', path: `${path}/1` }],
    },
    {
      name: 'free text',
      document: principals('abc', kms),
      errors: [{ messageId: 'not-a-principal', path: `${path}/0` }],
    },
  ],
  unknown: {
    none: 'it judges the principals that are stated; vpc-endpoint-service-allows-kms asks for a missing list',
  },
});
