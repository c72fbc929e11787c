import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-cidr-no-key-manager-overlap';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const ranges = (cidrBlocks: string[], networkCidrs: string[]) =>
  withPlan(ready, { vpc: { cidrBlocks }, externalKeyManager: { networkCidrs } });

testRule(rule, {
  valid: [
    { name: 'distinct ranges', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    { name: 'adjacent blocks', document: ranges(['10.20.0.0/16'], ['10.21.0.0/16']) },
    { name: 'text that is not a CIDR block', document: ranges(['10.20.0.0'], ['10.20.0.0/33']) },
  ],
  invalid: [
    {
      name: 'the VPC inside the data centre range (mistakes example)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'overlap', path: '/vpc/cidrBlocks/0' }],
    },
    {
      name: 'the data centre inside the second VPC block',
      document: ranges(['10.20.0.0/16', '172.16.0.0/12'], ['192.168.0.0/16', '172.16.10.0/24']),
      errors: [{ messageId: 'overlap', path: '/vpc/cidrBlocks/1' }],
    },
    {
      name: 'host bits set in the VPC block',
      document: ranges(['10.20.5.7/16'], ['10.20.128.0/17']),
      errors: [{ messageId: 'overlap', path: '/vpc/cidrBlocks/0' }],
    },
    {
      name: 'the same range',
      document: ranges(['172.16.0.0/16'], ['172.16.0.0/16']),
      errors: [{ messageId: 'overlap', path: '/vpc/cidrBlocks/0' }],
    },
  ],
  unknown: [
    {
      name: 'no key manager networks',
      document: withPlan(ready, { externalKeyManager: { networkCidrs: undefined } }),
      missing: ['/externalKeyManager/networkCidrs'],
    },
    {
      name: 'no VPC address range',
      document: withPlan(ready, { vpc: { cidrBlocks: undefined } }),
      missing: ['/vpc/cidrBlocks'],
    },
  ],
});
