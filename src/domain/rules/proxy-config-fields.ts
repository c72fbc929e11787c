import type { PathSegment } from '../engine/json-pointer';
import { defineRule } from '../engine/define-rule';
import {
  keyStoreParametersNotInFile,
  proxyConfigCredentialKeys,
  proxyConfigFileKeys,
  type ProxyConfigFile,
} from '../plan/proxy-config-file';
import { credentialKey, isJsonObject, type JsonObject } from './support/config-file';
import { apiReference, guide, proxyApiSpec } from './support/sources';

type MessageId =
  'missing' | 'wrong-type' | 'wrong-case' | 'misplaced' | 'store-parameter' | 'unknown-field';

type DocumentedKey =
  (typeof proxyConfigFileKeys)[number] | (typeof proxyConfigCredentialKeys)[number];

/** The JSON type each documented key must have. */
const expectedTypes: Readonly<Record<DocumentedKey, 'a string' | 'a JSON object'>> = {
  XksProxyUriPath: 'a string',
  XksProxyAuthenticationCredential: 'a JSON object',
  AccessKeyId: 'a string',
  RawSecretAccessKey: 'a string',
};

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'a JSON object';
  return `a ${typeof value}`;
}

function hasExpectedType(key: DocumentedKey, value: unknown): boolean {
  return expectedTypes[key] === 'a string' ? typeof value === 'string' : isJsonObject(value);
}

const sameLetters = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export default defineRule<ProxyConfigFile, MessageId>({
  id: 'proxy-config-fields',
  target: 'proxy-config',
  severity: 'error',
  title: 'The proxy configuration file has exactly the documented fields',
  description:
    'The KMS console fills the key store form from a proxy configuration file that holds exactly XksProxyUriPath and XksProxyAuthenticationCredential with AccessKeyId and RawSecretAccessKey, all strings. Missing, misspelt or extra fields mean the console cannot use the file, or the user believes it set something it did not. Values are never shown.',
  messages: {
    missing: {
      message:
        'The proxy configuration file has no {{field}}. The KMS console reads the path and both parts of the credential from this file.',
      fix: 'Add {{field}}; the proxy that produced the file should include it.',
    },
    'wrong-type': {
      message: '{{field}} is {{actual}}; it must be {{expected}}.',
      fix: 'Write {{field}} as {{expected}}, as in the documented example file.',
    },
    'wrong-case': {
      message:
        '{{found}} differs from {{field}} in letter case; the console matches field names exactly.',
      fix: 'Rename {{found}} to {{field}}.',
    },
    misplaced: {
      message:
        '{{field}} is at the top level of the file; it belongs inside XksProxyAuthenticationCredential.',
      fix: 'Move {{field}} into the XksProxyAuthenticationCredential object.',
    },
    'store-parameter': {
      message:
        '{{field}} does not belong in the proxy configuration file: the file carries only XksProxyUriPath and the credential, and the console asks for {{field}} separately.',
      fix: "Remove {{field}} from the file and enter it in the console's key store form (or in the API request).",
    },
    'unknown-field': {
      message:
        '{{field}} is not a field of the proxy configuration file, which holds exactly XksProxyUriPath and XksProxyAuthenticationCredential (with AccessKeyId and RawSecretAccessKey).',
      fix: 'Remove {{field}}, or rename it if it was meant to be one of the documented fields.',
    },
  },
  reads: [
    '',
    '/XksProxyUriPath',
    '/XksProxyAuthenticationCredential',
    '/XksProxyAuthenticationCredential/AccessKeyId',
    '/XksProxyAuthenticationCredential/RawSecretAccessKey',
  ],
  appliesTo: 'all',
  sources: [
    guide('create-xks-keystore.html#proxy-configuration-file'),
    proxyApiSpec,
    apiReference('API_XksProxyAuthenticationCredentialType.html'),
  ],
  facts: ['CFG-FIELDS', 'CFG-NO-ENDPOINT', 'XKS-CRED-REQUIRED'],
  check(file, { report }) {
    /** Judges one level of the file: its documented keys, then everything else in it. */
    function checkObject(
      object: JsonObject,
      parent: PathSegment[],
      keys: readonly DocumentedKey[],
    ) {
      const label = (key: string) => [...parent, key].join('.');
      for (const key of keys) {
        if (key in object) {
          const value = object[key];
          if (!hasExpectedType(key, value)) {
            const expected = expectedTypes[key];
            const data = { field: label(key), actual: describeType(value), expected };
            report({ messageId: 'wrong-type', path: [...parent, key], data });
          } else if (key === credentialKey && isJsonObject(value)) {
            checkObject(value, [...parent, key], proxyConfigCredentialKeys);
          }
          continue;
        }
        const found = Object.keys(object).find((other) => sameLetters(other, key));
        if (found === undefined) {
          report({ messageId: 'missing', path: [...parent, key], data: { field: label(key) } });
        } else {
          const data = { field: label(key), found: label(found) };
          report({ messageId: 'wrong-case', path: [...parent, found], data });
        }
      }
      const atTop = parent.length === 0;
      for (const key of Object.keys(object)) {
        if (keys.some((known) => sameLetters(known, key))) continue;
        const data = { field: label(key) };
        const path = [...parent, key];
        if (atTop && (proxyConfigCredentialKeys as readonly string[]).includes(key)) {
          report({ messageId: 'misplaced', path, data });
        } else if (atTop && keyStoreParametersNotInFile.includes(key)) {
          report({ messageId: 'store-parameter', path, data });
        } else {
          report({ messageId: 'unknown-field', path, data });
        }
      }
    }
    checkObject(file, [], proxyConfigFileKeys);
  },
});
