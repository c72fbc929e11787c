import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-owner-format';

const crossAccount = findExample('vpc-cross-account')!.document;
const owner = (XksProxyVpcEndpointServiceOwner: string | undefined) =>
  withPlan(crossAccount, { keyStore: { XksProxyVpcEndpointServiceOwner } });
const path = '/keyStore/XksProxyVpcEndpointServiceOwner';

testRule(rule, {
  valid: [
    { name: 'the cross-account example', document: crossAccount },
    {
      name: 'the same-account example',
      document: findExample('vpc-endpoint-service-ready')!.document,
    },
    { name: 'no owner (the store account)', document: owner(undefined) },
  ],
  invalid: [
    {
      name: 'dashes',
      document: owner('4444-5555-6666'),
      errors: [{ messageId: 'not-account-id', path }],
    },
    {
      name: 'eleven digits',
      document: owner('44445555666'),
      errors: [{ messageId: 'not-account-id', path }],
    },
    {
      name: 'an ARN',
      document: owner('arn:aws:iam::444455556666:root'),
      errors: [{ messageId: 'not-account-id', path }],
    },
    {
      name: 'twelve characters with a letter',
      document: owner('44445555666x'),
      errors: [{ messageId: 'not-account-id', path }],
    },
  ],
  unknown: {
    none: 'an absent owner is a fact, not a gap: KMS then takes the endpoint service to be the key store account’s own',
  },
});
