/**
 * Builds real X.509 certificates with the openssl command at test time (unit tests, the E2E spec
 * and the benchmark), with fixed validity dates so that the rules can judge them at `testNow`.
 * Nothing is checked in: every run makes its own keys in a temporary directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrustedRootCa } from '../domain/aws/trusted-root-ca';

export type TestKeyType =
  'rsa-2048' | 'rsa-1024' | 'ec-p256' | 'ec-p384' | 'ec-p521' | 'ed25519' | 'ed448';

const keyOptions: Readonly<Record<TestKeyType, readonly string[]>> = {
  'rsa-2048': ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  'rsa-1024': ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024'],
  'ec-p256': ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  'ec-p384': ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
  'ec-p521': ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'],
  ed25519: ['-algorithm', 'ED25519'],
  ed448: ['-algorithm', 'ED448'],
};

export interface TestCertificate {
  /** The certificate in PEM. */
  readonly pem: string;
  readonly keyFile: string;
  readonly certificateFile: string;
  readonly subject: string;
}

export interface CertificateRequest {
  /** Distinguished name as openssl's -subj takes it, e.g. `/C=US/O=Example/CN=Example Root`. */
  readonly subject: string;
  readonly key?: TestKeyType;
  /** The issuing CA; omitted for a self-signed certificate. */
  readonly issuer?: TestCertificate;
  readonly ca?: boolean;
  readonly dnsNames?: readonly string[];
  /**
   * Lower-case hex; default: derived from the key. Lets a test root take the key identifier of a
   * listed root, which the certificates it issues then name as their authority key identifier.
   */
  readonly subjectKeyIdentifier?: string;
  /** ISO dates; defaults 2026-06-01 to 2027-12-31. */
  readonly notBefore?: string;
  readonly notAfter?: string;
}

export interface TestPki {
  issue(request: CertificateRequest): TestCertificate;
  /** Removes the temporary directory with the keys. */
  dispose(): void;
}

/** `2026-06-01` → openssl's `20260601000000Z`. */
const opensslTime = (isoDate: string) =>
  `${new Date(isoDate).toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`;

export function createTestPki(): TestPki {
  const directory = mkdtempSync(join(tmpdir(), 'xks-test-pki-'));
  writeFileSync(join(directory, 'index.txt'), '');
  writeFileSync(join(directory, 'serial'), '1000\n');
  const config = join(directory, 'ca.cnf');
  writeFileSync(
    config,
    [
      '[ca]',
      'default_ca = test_ca',
      '[test_ca]',
      `database = ${join(directory, 'index.txt')}`,
      `new_certs_dir = ${directory}`,
      `serial = ${join(directory, 'serial')}`,
      'default_md = sha256',
      'policy = any_name',
      'unique_subject = no',
      '[any_name]',
      'countryName = optional',
      'organizationName = optional',
      'commonName = optional',
      '[req]',
      'distinguished_name = req_name',
      '[req_name]',
      '',
    ].join('\n'),
  );
  const openssl = (...args: string[]) =>
    execFileSync('openssl', args, { cwd: directory, stdio: ['ignore', 'pipe', 'pipe'] });
  let count = 0;
  return {
    issue(request) {
      const name = `cert-${++count}`;
      const keyFile = join(directory, `${name}.key`);
      const certificateFile = join(directory, `${name}.pem`);
      const requestFile = join(directory, `${name}.csr`);
      const extensionsFile = join(directory, `${name}.ext`);
      openssl('genpkey', ...keyOptions[request.key ?? 'rsa-2048'], '-out', keyFile);
      openssl(
        'req',
        '-new',
        '-config',
        config,
        '-key',
        keyFile,
        '-subj',
        request.subject,
        '-out',
        requestFile,
      );
      const extensions = request.ca
        ? ['basicConstraints = critical, CA:true', 'keyUsage = critical, keyCertSign, cRLSign']
        : [
            'basicConstraints = critical, CA:false',
            'keyUsage = critical, digitalSignature',
            'extendedKeyUsage = serverAuth',
          ];
      if (request.dnsNames?.length) {
        extensions.push(
          `subjectAltName = ${request.dnsNames.map((dns) => `DNS:${dns}`).join(', ')}`,
        );
      }
      const keyIdentifier = request.subjectKeyIdentifier?.replace(/(..)(?!$)/g, '$1:');
      extensions.push(`subjectKeyIdentifier = ${keyIdentifier ?? 'hash'}`);
      if (request.issuer) extensions.push('authorityKeyIdentifier = keyid:always');
      writeFileSync(extensionsFile, `[extensions]\n${extensions.join('\n')}\n`);
      openssl(
        'ca',
        '-batch',
        '-notext',
        '-preserveDN',
        '-config',
        config,
        '-in',
        requestFile,
        '-out',
        certificateFile,
        '-startdate',
        opensslTime(request.notBefore ?? '2026-06-01'),
        '-enddate',
        opensslTime(request.notAfter ?? '2027-12-31'),
        '-extfile',
        extensionsFile,
        '-extensions',
        'extensions',
        ...(request.issuer
          ? ['-cert', request.issuer.certificateFile, '-keyfile', request.issuer.keyFile]
          : ['-selfsign', '-keyfile', keyFile]),
      );
      return {
        pem: readFileSync(certificateFile, 'utf8'),
        keyFile,
        certificateFile,
        subject: request.subject,
      };
    },
    dispose() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A PEM chain as a server sends it: the certificates' PEM one after the other. */
export const pemChain = (...certificates: readonly TestCertificate[]) =>
  certificates.map((certificate) => certificate.pem).join('');

/** A certificate's PEM with its DER bytes changed by `change`. */
export function alteredPem(pem: string, change: (der: Buffer) => Buffer): string {
  const der = change(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
  const lines = der.toString('base64').match(/.{1,64}/g)!;
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * The certificate with the last byte of its signature changed: it still parses, and only its
 * signature shows the change.
 */
export const withAlteredSignature = (certificate: TestCertificate): TestCertificate => ({
  ...certificate,
  pem: alteredPem(certificate.pem, (der) => {
    der[der.length - 1]! ^= 0x01;
    return der;
  }),
});

/**
 * Roots on AWS's trusted list: their subjects and key identifiers, for test roots that chains are
 * matched to by the issuer name and authority key identifier of their top certificate.
 */
// Read as a file, not imported: Playwright's loader cannot import JSON modules without attributes.
const trustedRootCas = JSON.parse(
  readFileSync(new URL('../domain/aws/trusted-cas.json', import.meta.url), 'utf8'),
) as readonly TrustedRootCa[];
const listedRoot = (subject: string, alias: string) => ({
  subject,
  subjectKeyIdentifier: trustedRootCas.find((root) => root.alias === alias)?.subjectKeyIdentifier,
});
/** A listed root whose public key Debian ships: a test root with its name cannot sign for it. */
const amazonRootCa1 = listedRoot('/C=US/O=Amazon/CN=Amazon Root CA 1', 'amazonrootca1');
/**
 * A listed root whose key this planner does not know (Debian ships a newer issue of it), so a
 * chain naming it is matched by name and cannot be verified: the stand-in for a public root in
 * chains that must count as trusted, since no test can hold a real root's private key.
 */
const gtsRootR2 = listedRoot('/C=US/O=Google Trust Services LLC/CN=GTS Root R2', 'gtsrootr2');
/** A listed root that expired in 2022, whose key is not known here either. */
const expiredListedRoot = listedRoot(
  '/C=NL/O=Staat der Nederlanden/CN=Staat der Nederlanden EV Root CA',
  'staatdernederlandenevrootca',
);
/** A listed root whose key identifier is not recorded (Debian ships a newer issue of it). */
const gtsRootR1 = listedRoot('/C=US/O=Google Trust Services LLC/CN=GTS Root R1', 'gtsrootr1');

/** The host of the ready public example's endpoint. */
export const testHost = 'myproxy.xks.example.com';

/** What a test CA certificate is: a CA, valid for years around the tests' clock. */
export const longLivedCa = { notBefore: '2020-01-01', notAfter: '2040-01-01', ca: true } as const;

/** A private root and its issuing CA, named like no public CA: a chain no AWS trust list holds. */
export function issuePrivateCa(pki: TestPki): {
  readonly root: TestCertificate;
  readonly issuing: TestCertificate;
} {
  const root = pki.issue({
    subject: '/O=Example Corp/CN=Example Private Root',
    key: 'ec-p256',
    ...longLivedCa,
  });
  const issuing = pki.issue({
    subject: '/O=Example Corp/CN=Example Private Issuing CA',
    key: 'ec-p256',
    issuer: root,
    ...longLivedCa,
  });
  return { root, issuing };
}

/**
 * Named chains for the tests, all judged at testNow (2026-11-30T12:00:00Z). "Trusted" chains end
 * at an intermediate issued by a test root that has the subject of a root on AWS's list whose
 * public key is not known here (GTS Root R2), so they are matched by issuer name (a pasted copy of
 * that test root would not match by fingerprint). A test root with the name and key identifier of
 * a root whose key is known (Amazon Root CA 1) makes a chain whose signature does not verify.
 */
export function buildTestChains() {
  const pki = createTestPki();
  try {
    const testRoot = pki.issue({ ...gtsRootR2, key: 'ec-p384', ...longLivedCa });
    const amazonRoot = pki.issue({ ...amazonRootCa1, key: 'ec-p384', ...longLivedCa });
    const issuingCa = (options: Omit<CertificateRequest, 'subject'> = {}) =>
      pki.issue({
        subject: '/C=US/O=XKS Test/CN=XKS Test Issuing CA',
        key: 'ec-p384',
        issuer: testRoot,
        ...longLivedCa,
        ...options,
      });
    const intermediate = issuingCa();
    const leaf = (
      commonName: string,
      options: Omit<CertificateRequest, 'subject' | 'issuer'> = {},
      issuer = intermediate,
    ) =>
      pki.issue({
        subject: `/CN=${commonName}`,
        dnsNames: [commonName],
        notBefore: '2026-09-01',
        notAfter: '2027-09-30',
        issuer,
        ...options,
      });
    const good = leaf(testHost);
    /** A chain of a valid leaf for the test host and the given issuing CA. */
    const issuedBy = (ca: TestCertificate) => pemChain(leaf(testHost, { key: 'ec-p256' }, ca), ca);
    const { root: privateRoot, issuing: privateIntermediate } = issuePrivateCa(pki);
    const privateLeaf = leaf(testHost, { key: 'ec-p256' }, privateIntermediate);
    /** The good chain ending in a self-signed root with the listed root's name and key identifier. */
    const goodWithTestRootUntil = (notAfter: string) =>
      pemChain(
        good,
        intermediate,
        pki.issue({ ...gtsRootR2, ...longLivedCa, notBefore: '2016-01-01', notAfter }),
      );
    // Same name as the issuing CA, another key: its certificates do not verify under the real one.
    const impostor = issuingCa({ key: 'ec-p256' });
    // The name of Amazon Root CA 1 with another key (and so another key identifier).
    const otherAmazonRoot = pki.issue({
      subject: amazonRootCa1.subject,
      key: 'ec-p256',
      ...longLivedCa,
    });
    const expiredRoot = pki.issue({ ...expiredListedRoot, key: 'ec-p256', ...longLivedCa });
    const gtsRoot = pki.issue({ ...gtsRootR1, key: 'ec-p256', ...longLivedCa });
    const expiredRootIntermediate = pki.issue({
      subject: '/O=XKS Test/CN=XKS Test Staat der Nederlanden CA',
      key: 'ec-p256',
      issuer: expiredRoot,
      ...longLivedCa,
    });
    return {
      good: pemChain(good, intermediate),
      goodWithTestRoot: pemChain(good, intermediate, testRoot),
      goodWithAlteredTestRoot: pemChain(good, intermediate, withAlteredSignature(testRoot)),
      issuedUnderListedNameAndKeyIdentifierWithOtherKey: issuedBy(
        issuingCa({ issuer: amazonRoot }),
      ),
      wrongName: pemChain(leaf('other.example.com', { key: 'ec-p256' }), intermediate),
      sanOnly: pemChain(
        leaf('other.example.com', { key: 'ec-p256', dnsNames: ['other.example.com', testHost] }),
        intermediate,
      ),
      wildcard: pemChain(leaf('*.xks.example.com', { key: 'ec-p256' }), intermediate),
      expired: pemChain(
        leaf(testHost, { key: 'ec-p256', notBefore: '2025-01-01', notAfter: '2026-01-01' }),
        intermediate,
      ),
      notYetValid: pemChain(
        leaf(testHost, { key: 'ec-p256', notBefore: '2027-01-01', notAfter: '2028-01-01' }),
        intermediate,
      ),
      expiresSoon: pemChain(
        leaf(testHost, { key: 'ec-p256', notAfter: '2026-12-15' }),
        intermediate,
      ),
      ecP256: pemChain(leaf(testHost, { key: 'ec-p256' }), intermediate),
      ecP521: pemChain(leaf(testHost, { key: 'ec-p521' }), intermediate),
      ed25519: pemChain(leaf(testHost, { key: 'ed25519' }), intermediate),
      ed448: pemChain(leaf(testHost, { key: 'ed448' }), intermediate),
      noCommonName: pemChain(
        pki.issue({
          subject: '/O=Example Corp',
          dnsNames: ['other.example.com'],
          issuer: intermediate,
        }),
        intermediate,
      ),
      rsa1024: pemChain(leaf(testHost, { key: 'rsa-1024' }), intermediate),
      brokenSignature: pemChain(leaf(testHost, { key: 'ec-p256' }, impostor), intermediate),
      leafOnly: good.pem,
      intermediateFirst: pemChain(intermediate, good),
      privateChain: pemChain(privateLeaf, privateIntermediate, privateRoot),
      rootInTheMiddle: pemChain(privateLeaf, privateRoot, privateIntermediate),
      issuedUnderListedNameWithOtherKey: issuedBy(issuingCa({ issuer: otherAmazonRoot })),
      issuedUnderListedNameWithoutKeyIdentifier: issuedBy(issuingCa({ issuer: gtsRoot })),
      expiredIntermediate: issuedBy(issuingCa({ notBefore: '2024-01-01', notAfter: '2026-10-01' })),
      notYetValidIntermediate: issuedBy(
        issuingCa({ notBefore: '2027-01-01', notAfter: '2030-01-01' }),
      ),
      intermediateExpiresIn20Days: issuedBy(
        issuingCa({ notBefore: '2024-01-01', notAfter: '2026-12-20' }),
      ),
      intermediateExpiresBeforeGoLive: issuedBy(
        issuingCa({ notBefore: '2024-01-01', notAfter: '2027-01-15' }),
      ),
      goodWithExpiredTestRoot: goodWithTestRootUntil('2026-01-01'),
      goodWithTestRootExpiringIn20Days: goodWithTestRootUntil('2026-12-20'),
      expiredRoot: pemChain(
        leaf(testHost, { key: 'ec-p256' }, expiredRootIntermediate),
        expiredRootIntermediate,
      ),
    };
  } finally {
    pki.dispose();
  }
}

export type TestChainName = keyof ReturnType<typeof buildTestChains>;
