import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-manager-redundant-instances';

const ready = findExample('vpc-cross-account')!.document;
const manager = (patch: Record<string, unknown>) => withPlan(ready, { externalKeyManager: patch });
const oneInstance = [{ id: 'hsm-1', location: 'Sydney' }];
const twoInstances = [...oneInstance, { id: 'hsm-2', location: 'Melbourne' }];

testRule(rule, {
  valid: [{ name: 'a three-node cluster', document: ready }],
  invalid: [
    {
      name: 'a single instance',
      document: manager({ instances: oneInstance }),
      errors: [{ messageId: 'single-instance', path: '/externalKeyManager/instances' }],
    },
    {
      name: 'two instances with different keys',
      document: manager({ instances: twoInstances, sharesKeyMaterial: false }),
      errors: [{ messageId: 'keys-not-shared', path: '/externalKeyManager/sharesKeyMaterial' }],
    },
  ],
  unknown: [
    {
      name: 'two instances, sharing not stated',
      document: manager({ instances: twoInstances, sharesKeyMaterial: undefined }),
      missing: ['/externalKeyManager/sharesKeyMaterial'],
    },
    {
      name: 'no instances listed yet',
      document: manager({ instances: undefined }),
      missing: ['/externalKeyManager/instances'],
    },
    {
      name: 'an empty list of instances',
      document: manager({ instances: [] }),
      missing: ['/externalKeyManager/instances'],
    },
  ],
});
