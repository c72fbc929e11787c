import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-same-region';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const serviceName = (XksProxyVpcEndpointServiceName: string) =>
  withPlan(ready, { keyStore: { XksProxyVpcEndpointServiceName } });
const path = '/keyStore/XksProxyVpcEndpointServiceName';

testRule(rule, {
  valid: [
    { name: 'the service in the store Region', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'a malformed name (the format rule reports it)',
      document: serviceName('vpce-svc-0a1b2c'),
    },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a service in another Region',
      document: serviceName('com.amazonaws.vpce.eu-west-1.vpce-svc-0a1b2c3d4e5f60718'),
      errors: [{ messageId: 'other-region', path }],
    },
    {
      name: 'a GovCloud service for a commercial Region',
      document: serviceName('com.amazonaws.vpce.us-gov-west-1.vpce-svc-0a1b2c3d4e5f60718'),
      errors: [{ messageId: 'other-region', path }],
    },
    {
      name: 'the mistakes example',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'other-region', path }],
    },
  ],
  unknown: [
    {
      name: 'no Region yet',
      document: withPlan(ready, { region: undefined }),
      missing: ['/region'],
    },
    {
      name: 'no service name yet',
      document: withPlan(ready, { keyStore: { XksProxyVpcEndpointServiceName: undefined } }),
      missing: [path],
    },
  ],
});
