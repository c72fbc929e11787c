import { checkKmsString, kmsStringShapes, type KmsStringShape } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import { isProxyConfigPlaceholder, type ProxyConfigFile } from '../plan/proxy-config-file';
import { configCredential, credentialKey, stringMember } from './support/config-file';
import { apiReference, guide } from './support/sources';

type MessageId =
  | 'access-key-id-length'
  | 'access-key-id-characters'
  | 'secret-length'
  | 'secret-characters'
  | 'placeholder';

const members: readonly {
  key: 'AccessKeyId' | 'RawSecretAccessKey';
  shape: KmsStringShape;
  length: MessageId;
  characters: MessageId;
}[] = [
  {
    key: 'AccessKeyId',
    shape: kmsStringShapes.XksProxyAuthenticationAccessKeyIdType,
    length: 'access-key-id-length',
    characters: 'access-key-id-characters',
  },
  {
    key: 'RawSecretAccessKey',
    shape: kmsStringShapes.XksProxyAuthenticationRawSecretAccessKeyType,
    length: 'secret-length',
    characters: 'secret-characters',
  },
];

export default defineRule<ProxyConfigFile, MessageId>({
  id: 'proxy-config-credential-format',
  target: 'proxy-config',
  severity: 'error',
  title: "The configuration file's credential has the API's formats",
  description:
    'The console sends the AccessKeyId and RawSecretAccessKey from the proxy configuration file to KMS, which accepts an access key ID of 20 to 30 characters A-Z and 2-7, and a secret of 43 to 64 characters a-z, A-Z, 0-9, /, + and =. Both are sensitive: findings give at most their length.',
  messages: {
    placeholder: {
      message:
        "The {{field}} in the file is still XKS Planner's placeholder: the file is not complete, and KMS would refuse it.",
      fix: 'Replace the placeholder with the value from the proxy (or export the file again with the secret typed in the export step), then check the file again.',
    },
    'access-key-id-length': {
      message:
        'The AccessKeyId in the file is {{length}} characters long; KMS accepts 20 to 30 characters.',
      fix: 'Copy the access key ID again from the proxy, or have the proxy generate a credential that KMS accepts.',
    },
    'access-key-id-characters': {
      message:
        'The AccessKeyId in the file contains characters KMS does not accept: only upper-case letters A-Z and the digits 2-7 are allowed (no lower case, no 0, 1, 8 or 9, no spaces).',
      fix: 'Have the proxy generate an access key ID from A-Z and 2-7 (base32), and use it in the proxy and in this file.',
    },
    'secret-length': {
      message:
        'The RawSecretAccessKey in the file is {{length}} characters long; KMS accepts 43 to 64 characters.',
      fix: 'Copy the secret again from the proxy without cutting it, or have the proxy generate a new credential (e.g. Base64 of 32 random bytes, 44 characters).',
    },
    'secret-characters': {
      message:
        'The RawSecretAccessKey in the file contains characters KMS does not accept: only letters, digits, /, + and = are allowed (no spaces or line breaks).',
      fix: 'Remove any spaces or line breaks copied with the secret, or have the proxy generate a new secret in standard Base64.',
    },
  },
  reads: [
    '/XksProxyAuthenticationCredential/AccessKeyId',
    '/XksProxyAuthenticationCredential/RawSecretAccessKey',
  ],
  appliesTo: 'all',
  sources: [
    apiReference('API_XksProxyAuthenticationCredentialType.html'),
    guide('create-xks-keystore.html#proxy-configuration-file'),
  ],
  facts: ['CFG-FIELDS', 'XKS-CRED-ACCESS-KEY-ID', 'XKS-CRED-SECRET'],
  check(file, { report }) {
    const credential = configCredential(file);
    for (const member of members) {
      const value = stringMember(credential, member.key);
      if (value === undefined) continue;
      if (isProxyConfigPlaceholder(member.key, value)) {
        report({
          messageId: 'placeholder',
          path: [credentialKey, member.key],
          data: { field: member.key },
        });
        continue;
      }
      const violation = checkKmsString(member.shape, value);
      if (!violation) continue;
      // Both values are sensitive: a finding states at most the length, never the characters.
      report({
        messageId: violation.kind === 'pattern' ? member.characters : member.length,
        path: [credentialKey, member.key],
        data: { length: value.length },
      });
    }
  },
});
