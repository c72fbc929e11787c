import { kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

/** Words that name secrets (not data classifications such as "confidential"). */
const secretWord = /password|passwd|passphrase|secret|api[-_ ]?key|private[-_ ]?key/i;
/** An IAM long-term or temporary access key ID. */
const iamAccessKeyId = /(AKIA|ASIA)[A-Z2-7]{16}/;
/** Unbroken runs of Base64 or hex characters, long enough to hold a key or a hash. */
const longRun = /[A-Za-z0-9+/=]{32,}/g;

function characterClass(character: string): string {
  if (/[A-Z]/.test(character)) return 'upper';
  if (/[a-z]/.test(character)) return 'lower';
  return /\d/.test(character) ? 'digit' : 'symbol';
}

/**
 * Whether a run looks machine-generated: hex with letters and digits (keys, hashes), or Base64 of
 * secret length (40+ characters) whose character class (upper, lower, digit, symbol) changes
 * between most neighbouring characters. Random Base64 changes class at about 65% of positions
 * (rarely below 47%), camel-case names at about 30-36%, so 45% keeps false alarms rare.
 */
function looksRandom(run: string): boolean {
  if (/^[0-9a-f]+$/i.test(run)) return /\d/.test(run) && /[a-f]/i.test(run);
  if (run.length < 40) return false;
  let changes = 0;
  for (let index = 1; index < run.length; index++) {
    if (characterClass(run[index]!) !== characterClass(run[index - 1]!)) changes++;
  }
  return changes / (run.length - 1) >= 0.45;
}

function containsAccessKeyId(name: string, accessKeyId: string | undefined): boolean {
  if (iamAccessKeyId.test(name)) return true;
  const minimumLength = kmsStringShapes.XksProxyAuthenticationAccessKeyIdType.min;
  return (
    accessKeyId !== undefined &&
    accessKeyId.length >= minimumLength &&
    name.toUpperCase().includes(accessKeyId.toUpperCase())
  );
}

export default defineRule<Plan, 'access-key-id' | 'random-string' | 'secret-word'>({
  id: 'key-store-name-no-secrets',
  target: 'plan',
  severity: 'warning',
  title: 'The key store name carries no secrets',
  description:
    'The key store name can appear in plain text in CloudTrail logs and other output, so AWS asks for no confidential data in it. This rule looks for the usual slips: an access key ID, a long random-looking string, or words such as password or secret. It is a heuristic and never repeats what it found.',
  messages: {
    'access-key-id': {
      message:
        'CustomKeyStoreName contains what looks like an access key ID. The name appears in plain text in CloudTrail logs and other output.',
      fix: 'Remove the access key ID from the name; if it belongs to a credential in use, consider rotating that credential.',
    },
    'random-string': {
      message:
        'CustomKeyStoreName contains a long random-looking string, which could be a key, a secret or a hash. The name appears in plain text in CloudTrail logs and other output.',
      fix: 'Use a descriptive name without secrets; if the string was a secret, rotate it.',
    },
    'secret-word': {
      message:
        'CustomKeyStoreName contains "{{word}}", which suggests it carries confidential data. The name appears in plain text in CloudTrail logs and other output.',
      fix: 'Use a descriptive name that holds no passwords, keys or other confidential data.',
    },
  },
  reads: ['/keyStore/CustomKeyStoreName', '/keyStore/XksProxyAuthenticationCredential/AccessKeyId'],
  appliesTo: 'all',
  sources: [apiReference('API_CreateCustomKeyStore.html'), guide('create-xks-keystore.html')],
  facts: ['XKS-NAME-NO-SECRETS'],
  check(plan, { report }) {
    const name = plan.keyStore?.CustomKeyStoreName;
    if (name === undefined) return;
    const path = ['keyStore', 'CustomKeyStoreName'];
    const accessKeyId = plan.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId;
    if (containsAccessKeyId(name, accessKeyId)) {
      report({ messageId: 'access-key-id', path });
      return;
    }
    if ((name.match(longRun) ?? []).some(looksRandom)) {
      report({ messageId: 'random-string', path });
      return;
    }
    const word = secretWord.exec(name)?.[0];
    if (word !== undefined) report({ messageId: 'secret-word', path, data: { word } });
  },
});
