import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-uri-path-format';

const ready = findExample('public-endpoint-ready')!.document;
const uriPath = (XksProxyUriPath: string | undefined) =>
  withPlan(ready, { keyStore: { XksProxyUriPath } });
const path = '/keyStore/XksProxyUriPath';

testRule(rule, {
  valid: [
    { name: 'a prefixed path', document: ready },
    { name: 'no prefix', document: uriPath('/kms/xks/v1') },
    { name: 'a nested prefix with - and _', document: uriPath('/team_a/xks-1/kms/xks/v1') },
    { name: 'no path yet (another rule asks for it)', document: uriPath(undefined) },
  ],
  invalid: [
    {
      name: 'version 2',
      document: uriPath('/payments/kms/xks/v2'),
      errors: [{ messageId: 'not-v1', path }],
    },
    {
      name: 'a trailing slash',
      document: uriPath('/kms/xks/v1/'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'no /kms/xks/v1 suffix',
      document: uriPath('/payments/proxy'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'no leading slash',
      document: uriPath('kms/xks/v1'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'a dot in the prefix',
      document: uriPath('/v1.0/kms/xks/v1'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'longer than 128 characters',
      document: uriPath(`/${'a'.repeat(120)}/kms/xks/v1`),
      errors: [{ messageId: 'api-format', path }],
    },
  ],
  unknown: {
    none: 'A format rule: it judges the path when it is present; key-store-required-parameters reports a missing one.',
  },
});
