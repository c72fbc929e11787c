/**
 * Every reader of outside input, each with the hostile cases it gets and what counts as a silently
 * changed result. `npm run fuzz` runs them long (scripts/fuzz.ts); the unit suite runs them short
 * (scripts/fuzz-readers.test.ts). A reader must refuse or accept; an exception is a crash, and an
 * accepted result holding a value its input does not hold is a silent change.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { run } from '../../src/cli/run';
import { parseDocumentText } from '../../src/domain/check/check-document';
import { encodeBase64 } from '../../src/domain/encoding/base64';
import { existingKeyStoresFromDescribeOutput } from '../../src/domain/plan/describe-key-stores';
import { examplePlans } from '../../src/domain/plan/examples';
import { migratePlan } from '../../src/domain/plan/migrate-plan';
import { decodePlanLink, encodePlanLink } from '../../src/domain/share/share-codec';
import { changedPlace, damaged, hostileJson } from '../../src/domain/testing/hostile-inputs';
import { analyseCertificateChain } from '../../src/domain/tls/analyse-certificate-chain';
import type { ChainAnalysis } from '../../src/domain/tls/chain-types';
import { toHex } from '../../src/domain/tls/der';
import { parsePemChain } from '../../src/domain/tls/parse-pem-chain';
import { readImportedFile } from '../../src/features/share/read-imported-file';

/** One input, with what a reader may give for it when the input was damaged from a valid one. */
export interface FuzzCase {
  readonly text: string;
  /** What a reader must give if it accepts a damaged copy: the undamaged input's result. */
  readonly original?: unknown;
}

export type FuzzOutcome =
  { readonly kind: 'accepted' | 'refused' } | { readonly kind: 'changed'; readonly where: string };

export interface FuzzReader {
  readonly name: string;
  readonly cases: fc.Arbitrary<FuzzCase>;
  /** Reads one case; throws only if the reader crashed. */
  read(fuzzCase: FuzzCase): FuzzOutcome | Promise<FuzzOutcome>;
}

const accepted: FuzzOutcome = { kind: 'accepted' };
const refused: FuzzOutcome = { kind: 'refused' };
const judged = (where: string | undefined): FuzzOutcome =>
  where === undefined ? accepted : { kind: 'changed', where };

const secret = 'bm90LWEtcmVhbC1zZWNyZXQtYnV0LWxvbmctZW5vdWdo';
const exampleDocuments = examplePlans.map((example) => example.document);
const proxyConfigFiles = [
  {
    XksProxyUriPath: '/example/kms/xks/v1',
    XksProxyAuthenticationCredential: {
      AccessKeyId: 'ABCDEFGHIJKLMNOPQRST',
      RawSecretAccessKey: secret,
    },
  },
  { XksProxyUriPath: '/kms/xks/v1' },
];
const createKeyStoreRequests = [
  {
    CustomKeyStoreName: 'finance-xks',
    CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
    XksProxyConnectivity: 'PUBLIC_ENDPOINT',
    XksProxyUriEndpoint: 'https://myproxy.xks.example.com',
    XksProxyUriPath: '/example/kms/xks/v1',
    XksProxyAuthenticationCredential: {
      AccessKeyId: 'ABCDEFGHIJKLMNOPQRST',
      RawSecretAccessKey: secret,
    },
  },
];
const describeOutputs = [
  {
    CustomKeyStores: [
      {
        CustomKeyStoreId: 'cks-1234567890abcdef0',
        CustomKeyStoreName: 'finance-xks',
        CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
        ConnectionState: 'CONNECTED',
        XksProxyConfiguration: {
          Connectivity: 'PUBLIC_ENDPOINT',
          AccessKeyId: 'ABCDEFGHIJKLMNOPQRST',
          UriEndpoint: 'https://myproxy.xks.example.com',
          UriPath: '/example/kms/xks/v1',
        },
      },
      { CustomKeyStoreName: 'hsm-store', CustomKeyStoreType: 'AWS_CLOUDHSM' },
    ],
    Truncated: false,
  },
];

/** Cases for a JSON reader: its valid seeds damaged as text, or with hostile JSON grafted in. */
function jsonCases(seeds: readonly unknown[], largestString?: number): fc.Arbitrary<FuzzCase> {
  const texts = seeds.flatMap((seed) => [JSON.stringify(seed), JSON.stringify(seed, null, 2)]);
  return fc
    .oneof(
      fc.constantFrom(...texts).chain(damaged),
      hostileJson(seeds, largestString === undefined ? {} : { largestString }),
    )
    .map((text) => ({ text }));
}

/** The document as the readers parse it (they all go through parseDocumentText). */
function parsedSource(text: string): unknown {
  const parsed = parseDocumentText(text);
  return 'value' in parsed ? parsed.value : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** readImportedFile's result judged against the file: a plan holds only what the file holds. */
function judgeImport(text: string): FuzzOutcome {
  const imported = readImportedFile(text);
  if (imported.kind === 'unusable') return refused;
  const source = parsedSource(text);
  if (!isObject(source)) return { kind: 'changed', where: '/' };
  if (imported.kind === 'proxy-config') {
    const credential = Object.hasOwn(source, 'XksProxyAuthenticationCredential')
      ? source.XksProxyAuthenticationCredential
      : undefined;
    const fromCredential = {
      AccessKeyId: imported.accessKeyId,
      RawSecretAccessKey: imported.secret,
    };
    return judged(
      changedPlace({ XksProxyUriPath: imported.uriPath }, source) ??
        (Object.values(fromCredential).every((value) => value === undefined)
          ? undefined
          : changedPlace(fromCredential, credential, '/XksProxyAuthenticationCredential')),
    );
  }
  const migration = migratePlan(source);
  if (migration.kind !== 'plan') return { kind: 'changed', where: '/version' };
  return judged(changedPlace(imported.plan, migration.document));
}

/** A version-1 link (no checksum) carrying any text, as an attacker can make one. */
const linkOf = (text: string) =>
  `1.${encodeBase64(deflateSync(new TextEncoder().encode(text)), 'url')}`;

/** An in-memory file system holding one file, for the CLI. */
function cliCheck(text: string, format: string) {
  let output = '';
  const bytes = new TextEncoder().encode(text).length;
  return run(['check', 'plan.json', '--format', format], {
    stdout: (written) => (output += written),
    stderr: (written) => (output += written),
    stat: () => Promise.resolve({ size: bytes }),
    readFile: (_path, maxBytes) =>
      bytes > maxBytes
        ? Promise.reject(Object.assign(new Error('too big'), { code: 'EFBIG' }))
        : Promise.resolve(text),
    writeFile: () => Promise.reject(new Error('check writes no file')),
    isTTY: false,
    env: {},
    now: () => new Date('2026-11-30T12:00:00Z'),
  }).then((code) => ({ code, output }));
}

/** C0 and C1 controls other than tab and newline: what would reach a terminal as a command. */
// eslint-disable-next-line no-control-regex
const terminalControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Whether the analysis of a chain shows that it was damaged: a signature that does not verify, by
 * the next certificate or (for a root) by its own key, or a certificate whose issuer is not next.
 */
const showsDamage = (chain: ChainAnalysis) =>
  chain.links.some((link) => !link.issuerNameMatches || link.signature !== 'valid') ||
  chain.certificates.some((certificate) => certificate.selfSignature === 'invalid');

/** The readers, given a valid PEM chain to damage (built with openssl by the caller). */
export function fuzzReaders(pemSeed: string): readonly FuzzReader[] {
  const seedSignedParts = parsePemChain(pemSeed).certificates.map((each) => toHex(each.signed));
  const links = examplePlans.map((example) => encodePlanLink(example.document));
  return [
    {
      name: 'plan file import',
      cases: jsonCases(exampleDocuments),
      read: ({ text }) => judgeImport(text),
    },
    {
      name: 'share link',
      cases: fc.oneof(
        fc.nat(links.length - 1).chain((index) =>
          damaged(links[index]!).map((text) => ({
            text,
            original: decodePlanLink(links[index]!),
          })),
        ),
        hostileJson(exampleDocuments, { largestString: 100_000 }).map((json) => ({
          text: linkOf(json),
          original: json,
        })),
      ),
      read: ({ text, original }) => {
        const decoded = decodePlanLink(text);
        if ('problem' in decoded) return refused;
        if (typeof original === 'string') {
          // A link made from hostile JSON: its plan holds only what that JSON holds.
          const source = parsedSource(original);
          const migration = isObject(source) ? migratePlan(source) : undefined;
          if (migration?.kind !== 'plan') return { kind: 'changed', where: '/version' };
          return judged(changedPlace(decoded.plan, migration.document));
        }
        // A damaged link opens only as the undamaged one did.
        return JSON.stringify(decoded) === JSON.stringify(original)
          ? accepted
          : { kind: 'changed', where: 'the plan' };
      },
    },
    {
      name: 'proxy configuration file',
      cases: jsonCases(proxyConfigFiles),
      read: ({ text }) => judgeImport(text),
    },
    {
      name: 'create-custom-key-store input',
      cases: jsonCases(createKeyStoreRequests),
      read: ({ text }) => {
        const outcome = judgeImport(text);
        const imported = readImportedFile(text);
        if (outcome.kind !== 'accepted' || imported.kind !== 'plan') return outcome;
        // The secret kept apart is the file's own, never one from elsewhere.
        const source = parsedSource(text) as Record<string, unknown>;
        return judged(
          imported.secret === undefined
            ? undefined
            : changedPlace(
                { RawSecretAccessKey: imported.secret },
                source.XksProxyAuthenticationCredential,
                '/XksProxyAuthenticationCredential',
              ),
        );
      },
    },
    {
      name: 'describe-custom-key-stores output',
      cases: jsonCases(describeOutputs),
      read: ({ text }) => {
        const source = parsedSource(text);
        if (source === undefined) return refused;
        const reading = existingKeyStoresFromDescribeOutput(source);
        if ('unusable' in reading) return refused;
        const entries = (source as { CustomKeyStores: unknown[] }).CustomKeyStores;
        if (entries.length !== reading.existingKeyStores.length) {
          return { kind: 'changed', where: '/CustomKeyStores' };
        }
        for (const [index, store] of reading.existingKeyStores.entries()) {
          const entry = entries[index] as Record<string, unknown>;
          const proxy = (
            Object.hasOwn(entry, 'XksProxyConfiguration') ? entry.XksProxyConfiguration : {}
          ) as Record<string, unknown>;
          const where = changedPlace(
            {
              CustomKeyStoreName: store.CustomKeyStoreName,
              CustomKeyStoreType: store.CustomKeyStoreType,
              XksProxyConfiguration: {
                Connectivity: store.XksProxyConnectivity,
                UriEndpoint: store.XksProxyUriEndpoint,
                UriPath: store.XksProxyUriPath,
                VpcEndpointServiceName: store.XksProxyVpcEndpointServiceName,
              },
            },
            { ...entry, XksProxyConfiguration: proxy },
            `/CustomKeyStores/${index}`,
          );
          if (where !== undefined) return { kind: 'changed', where };
        }
        return accepted;
      },
    },
    {
      name: 'CLI check',
      cases: fc
        .tuple(
          fc.oneof(
            jsonCases([...exampleDocuments, ...proxyConfigFiles], 50_000),
            fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ text })),
          ),
          fc.constantFrom('text', 'json', 'sarif'),
        )
        .map(([fuzzCase, format]) => ({ ...fuzzCase, original: format })),
      read: async ({ text, original }) => {
        const { code, output } = await cliCheck(text, original as string);
        // An internal error is a crash that run() caught.
        if (/internal error/.test(output)) throw new Error(output.slice(0, 300));
        if (terminalControl.test(output)) {
          return { kind: 'changed', where: 'a control character reached the output' };
        }
        return code === 2 ? refused : accepted;
      },
    },
    {
      name: 'PEM chain',
      cases: fc
        .oneof(
          damaged(pemSeed),
          fc
            .constantFrom(pemSeed)
            .map((pem) => pem.replace(/\n[^\n-]{10}/, '\n' + 'A'.repeat(100_000))),
          fc.string({ unit: 'binary', maxLength: 300 }),
        )
        .map((text) => ({ text })),
      read: async ({ text }) => {
        const chain = await analyseCertificateChain(text);
        if (chain.problems.length > 0 || chain.certificates.length === 0) return refused;
        if (showsDamage(chain)) return refused;
        // A certificate whose signed part changed, yet whose signature (by the next certificate,
        // or its own for a root) verifies, would be a silent change. One that no pasted
        // certificate signs is shown unverified ("no next certificate"), and a certificate cut
        // away is missing from the summary: both visible.
        const changed = parsePemChain(text).certificates.find(
          ({ signed, facts: { position } }) =>
            !seedSignedParts.includes(toHex(signed)) &&
            (chain.links.find((link) => link.position === position)?.signature === 'valid' ||
              chain.certificates[position - 1]?.selfSignature === 'valid'),
        );
        return changed === undefined
          ? accepted
          : { kind: 'changed', where: `certificate ${changed.facts.position}` };
      },
    },
  ];
}
