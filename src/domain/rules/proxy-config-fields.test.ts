import { testRule } from '../engine/rule-tester';
import rule from './proxy-config-fields';
import { sampleProxyConfigFile, sampleWithCredential } from './support/config-file-sample';

const credential = sampleProxyConfigFile.XksProxyAuthenticationCredential;

testRule(rule, {
  valid: [
    { name: 'the documented fields', document: sampleProxyConfigFile },
    {
      name: 'badly formatted values (the format rules judge them)',
      document: {
        XksProxyUriPath: '/kms/xks/v2',
        XksProxyAuthenticationCredential: { AccessKeyId: 'a', RawSecretAccessKey: 'b' },
      },
    },
  ],
  invalid: [
    {
      name: 'an empty object',
      document: {},
      errors: [
        { messageId: 'missing', path: '/XksProxyUriPath' },
        { messageId: 'missing', path: '/XksProxyAuthenticationCredential' },
      ],
    },
    {
      name: 'no secret in the credential',
      document: sampleWithCredential({ RawSecretAccessKey: undefined }),
      errors: [
        { messageId: 'missing', path: '/XksProxyAuthenticationCredential/RawSecretAccessKey' },
      ],
    },
    {
      name: 'values of the wrong JSON types',
      document: { XksProxyUriPath: 17, XksProxyAuthenticationCredential: ['AKID', 'secret'] },
      errors: [
        { messageId: 'wrong-type', path: '/XksProxyUriPath' },
        { messageId: 'wrong-type', path: '/XksProxyAuthenticationCredential' },
      ],
    },
    {
      name: 'credential members of the wrong types',
      document: sampleWithCredential({ AccessKeyId: null, RawSecretAccessKey: { value: 'x' } }),
      errors: [
        { messageId: 'wrong-type', path: '/XksProxyAuthenticationCredential/AccessKeyId' },
        { messageId: 'wrong-type', path: '/XksProxyAuthenticationCredential/RawSecretAccessKey' },
      ],
    },
    {
      name: 'field names in the wrong case',
      document: {
        xksProxyUriPath: sampleProxyConfigFile.XksProxyUriPath,
        XksProxyAuthenticationCredential: {
          AccessKeyID: credential.AccessKeyId,
          RawSecretAccessKey: credential.RawSecretAccessKey,
        },
      },
      errors: [
        { messageId: 'wrong-case', path: '/xksProxyUriPath' },
        { messageId: 'wrong-case', path: '/XksProxyAuthenticationCredential/AccessKeyID' },
      ],
    },
    {
      name: 'the credential members at the top level',
      document: { XksProxyUriPath: sampleProxyConfigFile.XksProxyUriPath, ...credential },
      errors: [
        { messageId: 'missing', path: '/XksProxyAuthenticationCredential' },
        { messageId: 'misplaced', path: '/AccessKeyId' },
        { messageId: 'misplaced', path: '/RawSecretAccessKey' },
      ],
    },
    {
      name: 'the endpoint and connectivity, which the console asks for separately',
      document: {
        ...sampleProxyConfigFile,
        XksProxyUriEndpoint: 'https://myproxy.xks.example.com',
        XksProxyConnectivity: 'PUBLIC_ENDPOINT',
      },
      errors: [
        { messageId: 'store-parameter', path: '/XksProxyUriEndpoint' },
        { messageId: 'store-parameter', path: '/XksProxyConnectivity' },
      ],
    },
    {
      name: 'unknown fields at both levels',
      document: {
        ...sampleWithCredential({ SessionToken: 'x' }),
        Comment: 'from the proxy vendor',
      },
      errors: [
        { messageId: 'unknown-field', path: '/Comment' },
        { messageId: 'unknown-field', path: '/XksProxyAuthenticationCredential/SessionToken' },
      ],
    },
  ],
  unknown: {
    none: 'A configuration file is complete as written: a missing field is an error, because the console cannot use the file without it.',
  },
});
