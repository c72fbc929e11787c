import { describe, expect, it } from 'vitest';
import { checkDocument, isUnusable } from '../check/check-document';
import { testNow } from '../engine/rule-tester';
import { findExample } from './examples';
import { migratePlan } from './migrate-plan';
import { parsePlan } from './parse-plan';

// What `aws kms create-custom-key-store --generate-cli-skeleton` writes, filled in for an XKS.
const request = {
  CustomKeyStoreName: 'finance-xks',
  CloudHsmClusterId: '',
  TrustAnchorCertificate: '',
  KeyStorePassword: '',
  CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
  XksProxyUriEndpoint: 'https://xks.example.com',
  XksProxyUriPath: '/example-prefix/kms/xks/v1',
  XksProxyVpcEndpointServiceName: '',
  XksProxyVpcEndpointServiceOwner: '',
  XksProxyAuthenticationCredential: {
    AccessKeyId: 'ABCDEFGHIJKLMNOPQRST',
    RawSecretAccessKey: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA',
  },
  XksProxyConnectivity: 'PUBLIC_ENDPOINT',
};

describe('migratePlan', () => {
  it('leaves a current plan as it is', () => {
    const ready = findExample('public-endpoint-ready')!.document as Record<string, unknown>;
    expect(migratePlan(ready)).toEqual({ kind: 'plan', document: ready, fromVersion: 1 });
  });

  it('turns a bare CreateCustomKeyStore request (version 0) into a plan without its secret', () => {
    const migration = migratePlan(request);
    expect(migration).toEqual({
      kind: 'plan',
      fromVersion: 0,
      secret: request.XksProxyAuthenticationCredential.RawSecretAccessKey,
      document: {
        version: 1,
        keyStore: {
          CustomKeyStoreName: 'finance-xks',
          CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
          XksProxyUriEndpoint: 'https://xks.example.com',
          XksProxyUriPath: '/example-prefix/kms/xks/v1',
          XksProxyAuthenticationCredential: { AccessKeyId: 'ABCDEFGHIJKLMNOPQRST' },
          XksProxyConnectivity: 'PUBLIC_ENDPOINT',
        },
      },
    });
    // The result is a valid plan: nothing for the schema to object to, no secret left.
    if (migration.kind !== 'plan') return;
    expect(parsePlan(migration.document).facts).toEqual({ schemaIssues: [], secretPaths: [] });
  });

  it('drops a credential that only held the secret or blanks', () => {
    const migration = migratePlan({
      CustomKeyStoreName: 'x',
      XksProxyAuthenticationCredential: { AccessKeyId: '', RawSecretAccessKey: 'secret' },
    });
    expect(migration).toEqual({
      kind: 'plan',
      fromVersion: 0,
      secret: 'secret',
      document: { version: 1, keyStore: { CustomKeyStoreName: 'x' } },
    });
  });

  it('never changes the document it is given', () => {
    const copy = structuredClone(request);
    migratePlan(copy);
    expect(copy).toEqual(request);
  });

  it.each([
    [
      { version: 2 },
      'newer than this planner understands (version 1): it was made by a newer XKS Planner',
    ],
    [{ version: 0 }, 'unknown plan version 0'],
    [{ version: 1.5 }, 'unknown plan version 1.5'],
    [{ version: 'secret-value' }, 'unknown plan version (a string)'],
    [{ version: null }, 'unknown plan version (null)'],
  ])('refuses %j', (document, problem) => {
    const migration = migratePlan(document);
    expect(migration.kind === 'problem' && migration.problem).toContain(problem);
    expect(JSON.stringify(migration)).not.toContain('secret-value');
  });

  it.each([
    [{ XksProxyUriPath: '/kms/xks/v1', XksProxyAuthenticationCredential: {} }],
    [{ title: 'no version' }],
    [{}],
  ])('leaves %j to other readers (proxy configuration files, unknown documents)', (document) => {
    expect(migratePlan(document)).toEqual({ kind: 'not-a-plan' });
  });
});

describe('every reader migrates', () => {
  it('checkDocument (the CLI and share links) checks a CreateCustomKeyStore request as a plan', () => {
    const outcome = checkDocument(parsePlan, request, { now: testNow });
    expect(isUnusable(outcome)).toBe(false);
    if (isUnusable(outcome)) return;
    expect(outcome.kind).toBe('plan');
    expect(outcome.plan?.keyStore?.CustomKeyStoreName).toBe('finance-xks');
    expect(outcome.findings.map((finding) => finding.ruleId)).not.toContain('no-secret-in-plan');
    expect(JSON.stringify(outcome)).not.toContain('c2VjcmV0');
  });
});
