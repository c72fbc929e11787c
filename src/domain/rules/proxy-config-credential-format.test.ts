import { testRule } from '../engine/rule-tester';
import rule from './proxy-config-credential-format';
import { proxyConfigPlaceholders } from '../plan/proxy-config-file';
import { sampleProxyConfigFile, sampleWithCredential } from './support/config-file-sample';

const accessKeyIdPath = '/XksProxyAuthenticationCredential/AccessKeyId';
const secretPath = '/XksProxyAuthenticationCredential/RawSecretAccessKey';

testRule(rule, {
  valid: [
    { name: 'the documented formats', document: sampleProxyConfigFile },
    {
      name: 'the shortest and longest values KMS accepts',
      document: sampleWithCredential({
        AccessKeyId: 'A'.repeat(20),
        RawSecretAccessKey: 'a'.repeat(64),
      }),
    },
    {
      name: 'no credential (proxy-config-fields reports it)',
      document: { XksProxyUriPath: sampleProxyConfigFile.XksProxyUriPath },
    },
    {
      name: 'values that are not strings (proxy-config-fields reports them)',
      document: sampleWithCredential({ AccessKeyId: 12345, RawSecretAccessKey: null }),
    },
  ],
  invalid: [
    {
      name: "the export's placeholders, recognised as such (not judged as a 34-character secret)",
      document: sampleWithCredential({
        AccessKeyId: proxyConfigPlaceholders.AccessKeyId,
        RawSecretAccessKey: proxyConfigPlaceholders.RawSecretAccessKey,
      }),
      errors: [
        { messageId: 'placeholder', path: accessKeyIdPath },
        { messageId: 'placeholder', path: secretPath },
      ],
    },
    {
      name: 'an access key ID that is too short',
      document: sampleWithCredential({ AccessKeyId: 'AKIDSHORT234' }),
      errors: [{ messageId: 'access-key-id-length', path: accessKeyIdPath }],
    },
    {
      name: 'an access key ID that is too long',
      document: sampleWithCredential({ AccessKeyId: 'A'.repeat(31) }),
      errors: [{ messageId: 'access-key-id-length', path: accessKeyIdPath }],
    },
    {
      name: 'an access key ID with a 0 and a 1, as in the AWS documentation example',
      document: sampleWithCredential({ AccessKeyId: 'ABCDE12345670EXAMPLE' }),
      errors: [{ messageId: 'access-key-id-characters', path: accessKeyIdPath }],
    },
    {
      name: 'an access key ID in lower case',
      document: sampleWithCredential({ AccessKeyId: 'be3qmvkahpj6z4oi2rqxf7tw' }),
      errors: [{ messageId: 'access-key-id-characters', path: accessKeyIdPath }],
    },
    {
      name: 'a secret that is too short',
      document: sampleWithCredential({ RawSecretAccessKey: 'c2hvcnQtc2VjcmV0' }),
      errors: [{ messageId: 'secret-length', path: secretPath }],
    },
    {
      name: 'a secret copied with its line break',
      document: sampleWithCredential({
        RawSecretAccessKey: `${sampleProxyConfigFile.XksProxyAuthenticationCredential.RawSecretAccessKey}\n`,
      }),
      errors: [{ messageId: 'secret-characters', path: secretPath }],
    },
    {
      name: 'both values wrong',
      document: sampleWithCredential({ AccessKeyId: '', RawSecretAccessKey: 'x'.repeat(65) }),
      errors: [
        { messageId: 'access-key-id-length', path: accessKeyIdPath },
        { messageId: 'secret-length', path: secretPath },
      ],
    },
  ],
  unknown: {
    none: 'A format rule: it judges the values in the file; proxy-config-fields reports a missing or non-string one.',
  },
});
