import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-attributes-supported';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const key = (attributes: Record<string, unknown>) =>
  withPlan(ready, { keys: [{ XksKeyId: 'customer-pii-01', ...attributes }] });

testRule(rule, {
  valid: [
    { name: 'keys with the defaults', document: ready },
    {
      name: 'every attribute stated with its only allowed value',
      document: key({
        KeySpec: 'SYMMETRIC_DEFAULT',
        KeyUsage: 'ENCRYPT_DECRYPT',
        Origin: 'EXTERNAL_KEY_STORE',
        MultiRegion: false,
      }),
    },
    { name: 'no keys planned yet', document: withPlan(ready, { keys: undefined }) },
  ],
  invalid: [
    {
      name: 'an asymmetric key',
      document: key({ KeySpec: 'RSA_2048' }),
      errors: [{ messageId: 'key-spec', path: '/keys/0/KeySpec' }],
    },
    {
      name: 'an HMAC key',
      document: key({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      errors: [
        { messageId: 'key-spec', path: '/keys/0/KeySpec' },
        { messageId: 'key-usage', path: '/keys/0/KeyUsage' },
      ],
    },
    {
      name: 'imported key material',
      document: key({ Origin: 'EXTERNAL' }),
      errors: [{ messageId: 'origin', path: '/keys/0/Origin' }],
    },
    {
      name: 'a multi-Region key among good ones',
      document: withPlan(ready, {
        keys: [{ XksKeyId: 'a' }, { AliasName: 'alias/b', MultiRegion: true }],
      }),
      errors: [{ messageId: 'multi-region', path: '/keys/1/MultiRegion' }],
    },
  ],
  unknown: {
    none: "An attribute left out takes CreateKey's default (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT, single-Region) and the exports always send Origin EXTERNAL_KEY_STORE, so an unstated attribute is one CreateKey accepts; a plan without keys has none to judge (keys are created after the store is connected).",
  },
});
