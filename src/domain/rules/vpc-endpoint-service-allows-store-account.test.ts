import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-allows-store-account';

const crossAccount = findExample('vpc-cross-account')!.document;
const kms = 'cks.kms.ap-southeast-2.amazonaws.com';
const principals = (allowedPrincipals: string[] | undefined) =>
  withPlan(crossAccount, { endpointService: { allowedPrincipals } });
const path = '/endpointService/allowedPrincipals';

testRule(rule, {
  valid: [
    { name: 'the cross-account example (account root)', document: crossAccount },
    {
      name: 'a role of the store account',
      document: principals([kms, 'arn:aws:iam::111122223333:role/xks-admin']),
    },
    { name: 'every principal (*)', document: principals(['*']) },
    {
      name: 'the same-account example',
      document: findExample('vpc-endpoint-service-ready')!.document,
    },
    {
      name: 'the owner is the store account',
      document: withPlan(crossAccount, {
        keyStore: { XksProxyVpcEndpointServiceOwner: '111122223333' },
        endpointService: { allowedPrincipals: [kms] },
      }),
    },
  ],
  invalid: [
    {
      name: 'only the KMS principal',
      document: principals([kms]),
      errors: [{ messageId: 'store-account-missing', path }],
    },
    {
      name: 'the owner account instead of the store account',
      document: principals([kms, 'arn:aws:iam::444455556666:root']),
      errors: [{ messageId: 'store-account-missing', path }],
    },
  ],
  unknown: [
    { name: 'allowed principals not stated', document: principals(undefined), missing: [path] },
    {
      name: 'the store account not stated',
      document: withPlan(crossAccount, { accountId: undefined }),
      missing: ['/accountId'],
    },
  ],
});
