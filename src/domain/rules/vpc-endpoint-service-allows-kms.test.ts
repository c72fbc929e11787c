import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-allows-kms';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const principals = (allowedPrincipals: string[] | undefined) =>
  withPlan(ready, { endpointService: { allowedPrincipals } });
const path = '/endpointService/allowedPrincipals';

testRule(rule, {
  valid: [
    { name: 'the KMS principal of the Region', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    { name: 'every principal (*)', document: principals(['*']) },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'an empty allow list',
      document: principals([]),
      errors: [{ messageId: 'missing', path }],
    },
    {
      name: 'the KMS principal of another Region',
      document: principals(['arn:aws:iam::111122223333:root', 'cks.kms.eu-west-1.amazonaws.com']),
      errors: [{ messageId: 'other-region', path: `${path}/1` }],
    },
    {
      name: 'the mistakes example (only an account)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'missing', path }],
    },
  ],
  unknown: [
    {
      name: 'allowed principals not stated',
      document: principals(undefined),
      missing: [path],
    },
    {
      name: 'no endpoint service section yet',
      document: withPlan(ready, { endpointService: undefined }),
      missing: [path],
    },
    {
      name: 'no Region yet',
      document: withPlan(ready, { region: undefined, endpointService: { allowedPrincipals: [] } }),
      missing: ['/region'],
    },
  ],
});
