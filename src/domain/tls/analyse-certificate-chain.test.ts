import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alteredPem, buildTestChains, testHost } from '../../testing/openssl-chains';
import rootPublicKeys from '../aws/root-public-keys.json' with { type: 'json' };
import { trustedRootCas } from '../aws/trusted-cas';
import {
  analyseCertificateChain,
  findTrustedRootBySubject,
  signedByRoot,
} from './analyse-certificate-chain';
import { describePemProblem } from './chain-wording';
import { parsePemChain } from './parse-pem-chain';

const chains = buildTestChains();
const sha256Of = (der: Uint8Array) => createHash('sha256').update(der).digest('hex');

/** Debian's ca-certificates: real public roots, the ones on AWS's list matched by fingerprint. */
const debianRoots = '/usr/share/ca-certificates/mozilla';
const listedFingerprints = new Set(trustedRootCas.map((root) => root.sha256));
const debianPems = readdirSync(debianRoots)
  .filter((file) => file.endsWith('.crt'))
  .map((file) => readFileSync(join(debianRoots, file), 'utf8'));

describe('parsePemChain', () => {
  it('reads what each certificate says', () => {
    const { certificates, problems } = parsePemChain(chains.good);
    expect(problems).toEqual([]);
    const [leaf, issuer] = certificates.map((each) => each.facts);
    expect(leaf).toMatchObject({
      position: 1,
      subject: `CN=${testHost}`,
      subjectCommonName: testHost,
      issuer: 'CN=XKS Test Issuing CA, O=XKS Test, C=US',
      issuerCommonName: 'XKS Test Issuing CA',
      dnsNames: [testHost],
      notBefore: '2026-09-01T00:00:00.000Z',
      notAfter: '2027-09-30T00:00:00.000Z',
      isCa: false,
      selfIssued: false,
      publicKey: { algorithm: 'RSA', bits: 2048, description: 'RSA 2048-bit' },
      signatureAlgorithm: 'ECDSA with SHA-256',
    });
    expect(leaf?.authorityKeyIdentifier).toBe(issuer?.subjectKeyIdentifier);
    expect(issuer).toMatchObject({ position: 2, isCa: true, publicKey: { curve: 'P-384' } });
    expect(leaf?.serialNumber).toMatch(/^[0-9a-f]+$/);
  });

  it('names a certificate whose BEGIN or END line was damaged, rather than losing it', () => {
    const [leaf, issuer] = chains.good.split(/(?=-----BEGIN)/);
    const problemsOf = (text: string) => parsePemChain(text).problems.map(describePemProblem);
    expect(problemsOf(leaf!.replace('-----BEGIN', '----BEGIN') + issuer)).toEqual([
      'the text before the 1st block looks like part of a certificate whose BEGIN or END line was cut or changed',
    ]);
    expect(problemsOf(leaf! + issuer!.replace('-----BEGIN', 'BEGIN'))).toEqual([
      'the text after the 1st block looks like part of a certificate whose BEGIN or END line was cut or changed',
    ]);
    // openssl's subject= and issuer= lines between blocks are not certificate text.
    const annotated = `subject=CN=${testHost}\nissuer=CN=XKS Test Issuing CA\n${leaf}${issuer}`;
    expect(problemsOf(annotated)).toEqual([]);
  });

  it('refuses a certificate changed where its signature does not reach', () => {
    const leaf = chains.leafOnly;
    const problemOf = (change: (der: Buffer) => Buffer) =>
      parsePemChain(alteredPem(leaf, change)).problems.map(describePemProblem);
    const invalid = ['the 1st block is base64 but not an X.509 certificate'];
    expect(problemOf((der) => der)).toEqual([]);
    expect(problemOf((der) => Buffer.concat([der, Buffer.from([0x05, 0x00])]))).toEqual(invalid);
    // The outer signature algorithm (ECDSA with SHA-256) made SHA-1, the signed one left alone.
    const outerAlgorithm = (der: Buffer) => der.lastIndexOf(Buffer.from('2a8648ce3d040302', 'hex'));
    expect(
      problemOf((der) => {
        der[outerAlgorithm(der) + 6] = 0x01;
        return der;
      }),
    ).toEqual(invalid);
    // The signature's BIT STRING claiming unused bits.
    expect(
      problemOf((der) => {
        der[outerAlgorithm(der) + 10] = 0x02;
        return der;
      }),
    ).toEqual(invalid);
  });

  it('reads each key type', () => {
    const key = (pem: string) => parsePemChain(pem).certificates[0]?.facts.publicKey.description;
    expect(key(chains.ecP256)).toBe('ECDSA P-256');
    expect(key(chains.ecP521)).toBe('ECDSA P-521');
    expect(key(chains.ed25519)).toBe('Ed25519');
    expect(key(chains.rsa1024)).toBe('RSA 1024-bit');
  });

  it('names the block that is not a certificate', () => {
    const text = `junk\n${chains.leafOnly}-----BEGIN RSA PRIVATE KEY-----\nAA==\n-----END RSA PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n`;
    const { certificates, problems } = parsePemChain(text);
    expect(certificates).toHaveLength(1);
    expect(problems.map(describePemProblem)).toEqual([
      'the 2nd block is a private key, not a certificate',
      'the 3rd block is not valid base64 (a line may be cut or changed)',
    ]);
    expect(parsePemChain('hello').problems).toEqual([{ kind: 'not-pem' }]);
    expect(parsePemChain(' ').problems).toEqual([{ kind: 'empty' }]);
  });

  it('reads Windows line ends and indented lines', () => {
    const indented = chains.good.replace(/\n/g, '\r\n    ');
    expect(parsePemChain(indented).certificates).toHaveLength(2);
  });
});

describe('analyseCertificateChain', () => {
  it('verifies each link and finds the listed root by issuer name', async () => {
    const analysis = await analyseCertificateChain(chains.good);
    expect(analysis.links).toEqual([
      {
        position: 1,
        issuerPosition: 2,
        issuerNameMatches: true,
        keyIdentifierMatches: true,
        signature: 'valid',
      },
    ]);
    expect(analysis.trustAnchor).toEqual({
      alias: 'gtsrootr2',
      commonName: 'GTS Root R2',
      matchedBy: 'issuer-name',
      position: 2,
      // No test can hold a public root's key: GTS Root R2's key is not known here.
      signature: 'unverified',
    });
    expect(analysis.certificates[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it("matches the listed root only when the top certificate's key identifier is that root's", async () => {
    const amazon = trustedRootCas.find((root) => root.alias === 'amazonrootca1')!;
    const otherKey = await analyseCertificateChain(chains.issuedUnderListedNameWithOtherKey);
    const top = otherKey.certificates[1]!;
    expect(top.issuer).toBe(amazon.subject);
    expect(otherKey.trustAnchor).toBeUndefined();
    expect(otherKey.issuerKeyMismatch).toEqual({
      alias: 'amazonrootca1',
      commonName: 'Amazon Root CA 1',
      position: 2,
      authorityKeyIdentifier: top.authorityKeyIdentifier,
      rootKeyIdentifier: amazon.subjectKeyIdentifier,
    });
    expect(top.authorityKeyIdentifier).not.toBe(amazon.subjectKeyIdentifier);
  });

  it("trusts a chain naming a listed root only when its signature verifies with that root's key", async () => {
    const amazon = trustedRootCas.find((root) => root.alias === 'amazonrootca1')!;
    const forged = await analyseCertificateChain(
      chains.issuedUnderListedNameAndKeyIdentifierWithOtherKey,
    );
    // Name and key identifier are Amazon Root CA 1's; the key that signed is not.
    expect(forged.certificates[1]?.authorityKeyIdentifier).toBe(amazon.subjectKeyIdentifier);
    expect(forged.trustAnchor).toBeUndefined();
    expect(forged.issuerKeyMismatch).toBeUndefined();
    expect(forged.issuerSignatureMismatch).toEqual({
      alias: 'amazonrootca1',
      commonName: 'Amazon Root CA 1',
      position: 2,
    });
  });

  it('matches by issuer name alone when the listed root has no recorded key identifier', async () => {
    expect(trustedRootCas.find((root) => root.alias === 'gtsrootr1')?.subjectKeyIdentifier).toBe(
      undefined,
    );
    const analysis = await analyseCertificateChain(
      chains.issuedUnderListedNameWithoutKeyIdentifier,
    );
    expect(analysis.trustAnchor).toMatchObject({ alias: 'gtsrootr1', matchedBy: 'issuer-name' });
    expect(analysis.issuerKeyMismatch).toBeUndefined();
  });

  it('finds a signature made by another key under the same name', async () => {
    const analysis = await analyseCertificateChain(chains.brokenSignature);
    expect(analysis.links[0]).toMatchObject({
      issuerNameMatches: true,
      keyIdentifierMatches: false,
      signature: 'invalid',
    });
  });

  it('finds where each certificate issuer is when the order is wrong', async () => {
    const analysis = await analyseCertificateChain(chains.rootInTheMiddle);
    expect(analysis.certificates.map((each) => each.issuedByPosition)).toEqual([3, undefined, 2]);
    expect(analysis.trustAnchor).toBeUndefined();
  });

  it('matches real public roots from Debian by fingerprint', async () => {
    const listed = [];
    for (const pem of debianPems) {
      const analysis = await analyseCertificateChain(pem);
      const root = analysis.certificates[0];
      if (root && listedFingerprints.has(root.sha256)) listed.push({ pem, analysis });
    }
    // Debian ships most of the roots on AWS's 2022 list.
    expect(listed.length).toBeGreaterThan(60);
    for (const { analysis } of listed) {
      expect(analysis.trustAnchor?.matchedBy).toBe('fingerprint');
    }
  });

  it('matches every listed Debian root by its subject name as well', () => {
    let matched = 0;
    for (const pem of debianPems) {
      const root = parsePemChain(pem).certificates[0];
      const listed = root && trustedRootCas.find((each) => each.sha256 === sha256Of(root.der));
      if (!root || !listed || !root.facts.selfIssued) continue;
      // Names read from the certificate equal keytool's text of the same root.
      expect(findTrustedRootBySubject(root.issuerAttributes)?.subject).toBe(listed.subject);
      matched++;
    }
    expect(matched).toBeGreaterThan(60);
  });

  it("verifies each real root's own signature with the key derived for it", async () => {
    let verified = 0;
    for (const pem of debianPems) {
      const root = parsePemChain(pem).certificates[0]!;
      const sha256 = sha256Of(root.der);
      if (!(sha256 in rootPublicKeys)) continue;
      // A root signs itself, so its signature must verify with the key recorded for it.
      expect(await signedByRoot(root, { sha256 }), root.facts.subject).toBe('valid');
      expect(await signedByRoot(root, { sha256: '00'.repeat(32) })).toBe('unverified');
      verified++;
    }
    expect(verified).toBeGreaterThan(100);
  });

  it('finds a public root that the published list lacks, and a TrustCor root on it', async () => {
    const isrgRootX2 = readFileSync(join(debianRoots, 'ISRG_Root_X2.crt'), 'utf8');
    const unlisted = await analyseCertificateChain(isrgRootX2);
    expect(unlisted.trustAnchor).toBeUndefined();
    expect(unlisted.unlistedRoot).toMatchObject({
      alias: 'isrgrootx2',
      commonName: 'ISRG Root X2',
      matchedBy: 'fingerprint',
      inPullRequest22: true,
      inDebian: true,
    });
  });
});
