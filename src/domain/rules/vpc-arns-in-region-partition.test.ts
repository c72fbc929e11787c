import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-arns-in-region-partition';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const crossAccount = findExample('vpc-cross-account')!.document;
const principals = (region: string, ...allowedPrincipals: string[]) =>
  withPlan(ready, { region, endpointService: { allowedPrincipals } });
const certificate = (region: string, partition: string) =>
  withPlan(ready, {
    region,
    loadBalancer: {
      listener: {
        protocol: 'TLS',
        certificateArn: `arn:${partition}:acm:${region}:111122223333:certificate/0a1b2c3d`,
      },
    },
  });

testRule(rule, {
  valid: [
    { name: 'the ready VPC plan (service principals only)', document: ready },
    { name: 'the cross-account example (an aws ARN)', document: crossAccount },
    {
      name: 'GovCloud ARNs for a GovCloud store',
      document: principals(
        'us-gov-west-1',
        'cks.kms.us-gov-west-1.amazonaws.com',
        'arn:aws-us-gov:iam::111122223333:root',
      ),
    },
    {
      name: 'a GovCloud certificate for a GovCloud store',
      document: certificate('us-gov-east-1', 'aws-us-gov'),
    },
    {
      name: 'an unknown Region code (the Region rule reports it)',
      document: principals('eu-moon-1', 'arn:aws:iam::111122223333:root'),
    },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a commercial ARN for a GovCloud store',
      document: principals(
        'us-gov-west-1',
        'cks.kms.us-gov-west-1.amazonaws.com',
        'arn:aws:iam::111122223333:root',
      ),
      errors: [{ messageId: 'other-partition', path: '/endpointService/allowedPrincipals/1' }],
    },
    {
      name: 'a GovCloud role for a commercial store',
      document: principals('eu-central-1', 'arn:aws-us-gov:iam::111122223333:role/xks'),
      errors: [{ messageId: 'other-partition', path: '/endpointService/allowedPrincipals/0' }],
    },
    {
      name: 'a commercial certificate ARN for a European Sovereign Cloud store',
      document: certificate('eusc-de-east-1', 'aws'),
      errors: [{ messageId: 'other-partition', path: '/loadBalancer/listener/certificateArn' }],
    },
  ],
  unknown: [
    {
      name: 'no Region yet',
      document: withPlan(ready, { region: undefined }),
      missing: ['/region'],
    },
  ],
});
