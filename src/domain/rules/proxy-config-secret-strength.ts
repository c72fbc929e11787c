import { checkKmsString, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { ProxyConfigFile } from '../plan/proxy-config-file';
import { configCredential, credentialKey, stringMember } from './support/config-file';
import { proxyApiSpec } from './support/sources';

const minimumRandomBits = 256;
const bitsPerBase64Character = 6;

/**
 * The most randomness the secret can carry: 6 bits per Base64 character, trailing = padding
 * carrying none. Base64 of 32 random bytes (43 characters and one =) reaches 256 bits.
 */
function maximumRandomBits(secret: string): number {
  return secret.replace(/=+$/, '').length * bitsPerBase64Character;
}

export default defineRule<ProxyConfigFile, 'too-weak'>({
  id: 'proxy-config-secret-strength',
  target: 'proxy-config',
  severity: 'warning',
  title: 'The secret access key carries at least 256 bits',
  description:
    'The proxy API specification asks for a secret access key with at least 256 bits of randomness, e.g. Base64 of 32 random bytes. KMS accepts shorter secrets (from 43 characters, = padding included), which are easier to guess. The value is never shown.',
  messages: {
    'too-weak': {
      message: `The RawSecretAccessKey in the file is too short to carry ${minimumRandomBits} bits of randomness ({{length}} characters, of which the = padding carries none). The proxy API specification asks for at least ${minimumRandomBits} bits.`,
      fix: 'Have the proxy generate a new credential from at least 32 random bytes (44 Base64 characters), set it on the proxy, and give it to KMS.',
    },
  },
  reads: ['/XksProxyAuthenticationCredential/RawSecretAccessKey'],
  appliesTo: 'all',
  sources: [proxyApiSpec],
  facts: ['XKS-CRED-ENTROPY'],
  check(file, { report }) {
    const secret = stringMember(configCredential(file), 'RawSecretAccessKey');
    // A secret KMS would refuse is reported by proxy-config-credential-format.
    if (secret === undefined) return;
    if (checkKmsString(kmsStringShapes.XksProxyAuthenticationRawSecretAccessKeyType, secret))
      return;
    if (maximumRandomBits(secret) >= minimumRandomBits) return;
    report({
      messageId: 'too-weak',
      path: [credentialKey, 'RawSecretAccessKey'],
      data: { length: secret.length },
    });
  },
});
