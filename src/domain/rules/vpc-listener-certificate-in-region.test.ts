import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-listener-certificate-in-region';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const tlsListener = (certificateArn: string) =>
  withPlan(ready, {
    tls: { terminatesAt: 'load-balancer' },
    loadBalancer: { listener: { protocol: 'TLS', port: 443, certificateArn } },
  });
const path = '/loadBalancer/listener/certificateArn';
const acm = (region: string, partition = 'aws') =>
  `arn:${partition}:acm:${region}:111122223333:certificate/12345678-90ab-cdef-1234-567890abcdef`;

testRule(rule, {
  valid: [
    { name: 'a TCP listener needs no certificate', document: ready },
    { name: 'an ACM certificate of the Region', document: tlsListener(acm('eu-central-1')) },
    {
      name: 'an ACM certificate in GovCloud for a GovCloud store',
      document: withPlan(tlsListener(acm('us-gov-west-1', 'aws-us-gov')), {
        region: 'us-gov-west-1',
      }),
    },
    {
      name: 'an IAM server certificate (not regional)',
      document: tlsListener('arn:aws:iam::111122223333:server-certificate/xks-proxy'),
    },
    {
      name: 'a public endpoint plan',
      document: withPlan(findExample('public-endpoint-ready')!.document, {
        loadBalancer: { listener: { certificateArn: acm('us-east-1') } },
      }),
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'an ACM certificate of another Region',
      document: tlsListener(acm('us-east-1')),
      errors: [{ messageId: 'other-region', path }],
    },
    {
      name: 'a certificate ID instead of its ARN',
      document: tlsListener('12345678-90ab-cdef-1234-567890abcdef'),
      errors: [{ messageId: 'malformed', path }],
    },
    {
      name: 'the ARN of another kind of resource',
      document: tlsListener('arn:aws:acm-pca:eu-central-1:111122223333:certificate-authority/1234'),
      errors: [{ messageId: 'malformed', path }],
    },
  ],
  unknown: [
    {
      name: 'an ACM certificate, the Region not stated',
      document: withPlan(tlsListener(acm('eu-central-1')), { region: undefined }),
      missing: ['/region'],
    },
  ],
});
