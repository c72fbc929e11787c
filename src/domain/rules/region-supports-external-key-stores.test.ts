import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './region-supports-external-key-stores';

const ready = findExample('public-endpoint-ready')!.document;
const region = (code: string | undefined) => withPlan(ready, { region: code });
const path = '/region';

testRule(rule, {
  valid: [
    { name: 'a commercial Region', document: ready },
    { name: 'a VPC plan in another Region', document: findExample('vpc-cross-account')!.document },
    { name: 'a GovCloud Region', document: region('us-gov-west-1') },
    { name: 'a Region the 2023 guide still excluded', document: region('eu-south-2') },
  ],
  invalid: [
    {
      name: 'a Region name instead of a code',
      document: region('Europe (Ireland)'),
      errors: [{ messageId: 'unknown', path }],
    },
    {
      name: 'an upper-case code',
      document: region('EU-WEST-1'),
      errors: [{ messageId: 'unknown', path }],
    },
    {
      name: 'China (Beijing)',
      document: region('cn-north-1'),
      errors: [{ messageId: 'not-supported', path }],
    },
    {
      name: 'China (Ningxia)',
      document: region('cn-northwest-1'),
      errors: [{ messageId: 'not-supported', path }],
    },
  ],
  unknown: [{ name: 'no Region yet', document: region(undefined), missing: ['/region'] }],
});
