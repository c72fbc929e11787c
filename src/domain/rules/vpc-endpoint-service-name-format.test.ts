import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-name-format';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const serviceName = (XksProxyVpcEndpointServiceName: string | undefined) =>
  withPlan(ready, { keyStore: { XksProxyVpcEndpointServiceName } });
const path = '/keyStore/XksProxyVpcEndpointServiceName';

testRule(rule, {
  valid: [
    { name: 'a full service name', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'a Region code with three hyphens',
      document: serviceName('com.amazonaws.vpce.us-gov-west-1.vpce-svc-0a1b2c3d4e5f60718'),
    },
    {
      name: 'the eu prefix the API model added in 2026',
      document: serviceName('eu.amazonaws.vpce.eusc-de-east-1.vpce-svc-0a1b2c3d4e5f60718'),
    },
    { name: 'no service name yet', document: serviceName(undefined) },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'the service ID only',
      document: serviceName('vpce-svc-0a1b2c3d4e5f60718'),
      errors: [{ messageId: 'service-id-only', path }],
    },
    {
      name: 'the DNS name of the service',
      document: serviceName('vpce-svc-0a1b2c3d4e5f60718.eu-central-1.vpce.amazonaws.com'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'upper-case letters in the ID',
      document: serviceName('com.amazonaws.vpce.eu-central-1.vpce-svc-0A1B2C3D4E5F60718'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'too long',
      document: serviceName(`com.amazonaws.vpce.eu-central-1.vpce-svc-${'0'.repeat(40)}`),
      errors: [{ messageId: 'api-format', path }],
    },
  ],
  unknown: {
    none: 'it judges the form of a stated name; key-store-required-parameters reports a missing XksProxyVpcEndpointServiceName',
  },
});
