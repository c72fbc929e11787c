import { testRule } from '../engine/rule-tester';
import rule from './proxy-config-secret-strength';
import { sampleProxyConfigFile, sampleWithCredential } from './support/config-file-sample';

const withSecret = (RawSecretAccessKey: unknown) => sampleWithCredential({ RawSecretAccessKey });
const path = '/XksProxyAuthenticationCredential/RawSecretAccessKey';

testRule(rule, {
  valid: [
    { name: 'Base64 of 32 random bytes', document: sampleProxyConfigFile },
    {
      name: 'Base64 of 32 bytes without its padding (43 characters)',
      document: withSecret('eGtzLXBsYW5uZXIgdW5pdCB0ZXN0IHNlY3JldCAzMmI'),
    },
    {
      name: 'Base64 of 33 bytes',
      document: withSecret('eGtzLXBsYW5uZXIgdW5pdCB0ZXN0IHNlY3JldCwgMzMg'),
    },
    { name: 'a secret KMS refuses (the format rule reports it)', document: withSecret('c2hvcnQ=') },
    { name: 'no secret', document: withSecret(undefined) },
  ],
  invalid: [
    {
      name: 'Base64 of 31 bytes (44 characters with == padding)',
      document: withSecret('eGtzLXBsYW5uZXIgdW5pdCB0ZXN0IHNlY3JldCAzMQ=='),
      errors: [{ messageId: 'too-weak', path }],
    },
    {
      name: 'Base64 of 31 bytes padded to the 43-character minimum',
      document: withSecret('eGtzLXBsYW5uZXIgdW5pdCB0ZXN0IHNlY3JldCAzMQ='),
      errors: [{ messageId: 'too-weak', path }],
    },
  ],
  unknown: {
    none: 'It judges the secret in the file; proxy-config-fields reports a missing one, proxy-config-credential-format one KMS refuses.',
  },
});
