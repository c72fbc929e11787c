import { testRule } from '../engine/rule-tester';
import rule from './proxy-config-uri-path';
import { proxyConfigPlaceholders } from '../plan/proxy-config-file';
import { sampleProxyConfigFile } from './support/config-file-sample';

const withPath = (XksProxyUriPath: unknown) => ({ ...sampleProxyConfigFile, XksProxyUriPath });
const path = '/XksProxyUriPath';

testRule(rule, {
  valid: [
    { name: 'a prefix and /kms/xks/v1', document: sampleProxyConfigFile },
    { name: 'no prefix', document: withPath('/kms/xks/v1') },
    {
      name: 'no path (proxy-config-fields reports it)',
      document: { XksProxyAuthenticationCredential: {} },
    },
    {
      name: 'a path that is not a string (proxy-config-fields reports it)',
      document: withPath(['/kms/xks/v1']),
    },
  ],
  invalid: [
    {
      name: "the export's placeholder, recognised as such",
      document: withPath(proxyConfigPlaceholders.XksProxyUriPath),
      errors: [{ messageId: 'placeholder', path }],
    },
    {
      name: 'another API version',
      document: withPath('/example-prefix/kms/xks/v2'),
      errors: [{ messageId: 'not-v1', path }],
    },
    {
      name: 'a trailing slash',
      document: withPath('/example-prefix/kms/xks/v1/'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'no leading slash',
      document: withPath('kms/xks/v1'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'a dot in the prefix',
      document: withPath('/example.prefix/kms/xks/v1'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'longer than 128 characters',
      document: withPath(`/${'p'.repeat(117)}/kms/xks/v1`),
      errors: [{ messageId: 'api-format', path }],
    },
  ],
  unknown: {
    none: 'A format rule: it judges the path in the file; proxy-config-fields reports a missing or non-string one.',
  },
});
