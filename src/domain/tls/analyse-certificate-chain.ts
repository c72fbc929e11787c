/**
 * Analyses a pasted certificate chain: what each certificate says, whether each is issued and
 * signed by the next one (WebCrypto), and which root of AWS's trusted list the chain ends at (its
 * signature verified with that root's public key, from Debian's copy of the root).
 */
import rootPublicKeysJson from '../aws/root-public-keys.json' with { type: 'json' };
import { trustedRootCas } from '../aws/trusted-cas';
import type { RootPublicKey, TrustedRootCa, UnlistedPublicRootCa } from '../aws/trusted-root-ca';
import { unlistedPublicRootCas } from '../aws/unlisted-public-root-cas';
import { decodeBase64 } from '../encoding/base64';
import type {
  AnalysedCertificate,
  ChainAnalysis,
  ChainLink,
  IssuerKeyMismatch,
  IssuerSignatureMismatch,
  SignatureCheck,
  TrustAnchor,
} from './chain-types';
import { toHex } from './der';
import { nameKey, parseKeytoolName } from './distinguished-name';
import { parsePemChain, type ParsedCertificate } from './parse-pem-chain';
import { signatureScheme } from './signature-algorithms';
import { sha256, verifySignature } from './web-crypto';

let rootsBySubject: Map<string, TrustedRootCa> | undefined;

/** A root of AWS's list by its subject name (no two roots on the list share one). */
export function findTrustedRootBySubject(
  attributes: Parameters<typeof nameKey>[0],
): TrustedRootCa | undefined {
  rootsBySubject ??= new Map(
    trustedRootCas.map((root) => [nameKey(parseKeytoolName(root.subject)), root]),
  );
  return rootsBySubject.get(nameKey(attributes));
}

const rootsByFingerprint = () => new Map(trustedRootCas.map((root) => [root.sha256, root]));

/** Whether `issuer`'s key verifies `certificate`'s signature. */
async function signatureCheck(
  certificate: ParsedCertificate,
  issuer: ParsedCertificate,
): Promise<SignatureCheck> {
  const scheme = signatureScheme(certificate.signatureAlgorithm);
  if (scheme === undefined) return 'unsupported';
  return verifySignature(
    scheme,
    { spki: issuer.spki, facts: issuer.facts.publicKey },
    certificate.signature,
    certificate.signed,
  );
}

/**
 * Self-issued and, as far as its key identifiers say, signed with its own key: a root. (A
 * self-issued certificate naming another key identifier is a CA's key-rollover certificate.)
 */
function isSelfSigned(certificate: ParsedCertificate): boolean {
  const { selfIssued, authorityKeyIdentifier, subjectKeyIdentifier } = certificate.facts;
  return (
    selfIssued &&
    (authorityKeyIdentifier === undefined ||
      subjectKeyIdentifier === undefined ||
      authorityKeyIdentifier === subjectKeyIdentifier)
  );
}

async function link(certificate: ParsedCertificate, issuer: ParsedCertificate): Promise<ChainLink> {
  const issuerNameMatches = certificate.issuerKey === issuer.subjectKey;
  const authorityKeyId = certificate.facts.authorityKeyIdentifier;
  const subjectKeyId = issuer.facts.subjectKeyIdentifier;
  return {
    position: certificate.facts.position,
    issuerPosition: issuer.facts.position,
    issuerNameMatches,
    ...(authorityKeyId !== undefined &&
      subjectKeyId !== undefined && { keyIdentifierMatches: authorityKeyId === subjectKeyId }),
    // A signature is only worth checking against the certificate that claims to have made it.
    ...(issuerNameMatches && { signature: await signatureCheck(certificate, issuer) }),
  };
}

type RootMatch = Pick<
  ChainAnalysis,
  'trustAnchor' | 'issuerKeyMismatch' | 'issuerSignatureMismatch' | 'unlistedRoot'
>;

let unlistedBySubject: Map<string, UnlistedPublicRootCa> | undefined;
const publicKeys: Readonly<Record<string, RootPublicKey>> = rootPublicKeysJson as Record<
  string,
  RootPublicKey
>;

/**
 * Whether `certificate`'s signature verifies with the public key of `root` (the certificate with
 * that fingerprint, as Debian ships it); `unverified` when that key is not known here.
 */
export async function signedByRoot(
  certificate: ParsedCertificate,
  root: Pick<TrustedRootCa, 'sha256'>,
): Promise<'valid' | 'invalid' | 'unverified'> {
  const key = publicKeys[root.sha256];
  const scheme = signatureScheme(certificate.signatureAlgorithm);
  const spki = key && decodeBase64(key.spki, 'standard');
  if (!key || !scheme || !spki) return 'unverified';
  const facts = {
    algorithm: key.algorithm,
    ...(key.curve !== undefined && { curve: key.curve }),
    description: key.algorithm,
  };
  const result = await verifySignature(
    scheme,
    { spki, facts },
    certificate.signature,
    certificate.signed,
  );
  return result === 'unsupported' ? 'unverified' : result;
}

/**
 * How the chain's top certificate relates to `root`, the root it names as its issuer: its
 * authority key identifier must be the root's key identifier (where both are known), and its
 * signature must verify with the root's public key (where this planner has it).
 */
async function matchIssuer(
  top: ParsedCertificate,
  root: TrustedRootCa,
): Promise<
  | { kind: 'anchor'; anchor: TrustAnchor }
  | { kind: 'other-key'; mismatch: IssuerKeyMismatch }
  | { kind: 'bad-signature'; mismatch: IssuerSignatureMismatch }
> {
  const named = { alias: root.alias, commonName: root.commonName, position: top.facts.position };
  const authorityKeyIdentifier = top.facts.authorityKeyIdentifier;
  const rootKeyIdentifier = root.subjectKeyIdentifier;
  if (
    authorityKeyIdentifier !== undefined &&
    rootKeyIdentifier !== undefined &&
    authorityKeyIdentifier !== rootKeyIdentifier
  ) {
    return {
      kind: 'other-key',
      mismatch: { ...named, authorityKeyIdentifier, rootKeyIdentifier },
    };
  }
  const signature = await signedByRoot(top, root);
  if (signature === 'invalid') return { kind: 'bad-signature', mismatch: named };
  return { kind: 'anchor', anchor: { ...named, matchedBy: 'issuer-name', signature } };
}

const unlisted = (anchor: TrustAnchor, root: UnlistedPublicRootCa) => ({
  unlistedRoot: { ...anchor, inPullRequest22: root.inPullRequest22, inDebian: root.inDebian },
});

/**
 * The root the chain ends at: a pasted certificate that is a root of AWS's list (by SHA-256
 * fingerprint), or else the root of that list the top certificate names as its issuer, provided
 * its authority key identifier is that root's key identifier and its signature verifies with that
 * root's public key, where these are known (the same name with another key is another CA). A chain
 * that ends at a public root the list lacks is matched the same way, as an unlisted root.
 */
async function rootMatch(
  certificates: readonly AnalysedCertificate[],
  parsed: readonly ParsedCertificate[],
): Promise<RootMatch> {
  const byFingerprint = rootsByFingerprint();
  for (const certificate of certificates) {
    const root = byFingerprint.get(certificate.sha256);
    const anchor = root && {
      alias: root.alias,
      commonName: root.commonName,
      matchedBy: 'fingerprint' as const,
      position: certificate.position,
    };
    if (anchor) return { trustAnchor: anchor };
    const other = unlistedPublicRootCas.find((each) => each.sha256 === certificate.sha256);
    if (other) {
      const match = {
        alias: other.alias,
        commonName: other.commonName,
        matchedBy: 'fingerprint' as const,
        position: certificate.position,
      };
      return unlisted(match, other);
    }
  }
  const top = parsed.at(-1);
  if (top === undefined || top.facts.selfIssued) return {};
  const listed = findTrustedRootBySubject(top.issuerAttributes);
  if (listed !== undefined) {
    const match = await matchIssuer(top, listed);
    if (match.kind === 'anchor') return { trustAnchor: match.anchor };
    if (match.kind === 'other-key') return { issuerKeyMismatch: match.mismatch };
    return { issuerSignatureMismatch: match.mismatch };
  }
  unlistedBySubject ??= new Map(
    unlistedPublicRootCas.map((root) => [nameKey(parseKeytoolName(root.subject)), root]),
  );
  const other = unlistedBySubject.get(nameKey(top.issuerAttributes));
  if (other === undefined) return {};
  const match = await matchIssuer(top, other);
  if (match.kind === 'anchor') return unlisted(match.anchor, other);
  if (match.kind === 'bad-signature') return { issuerSignatureMismatch: match.mismatch };
  // Another key under an unlisted root's name is just another untrusted CA.
  return {};
}

export async function analyseCertificateChain(pem: string): Promise<ChainAnalysis> {
  const { certificates: parsed, problems } = parsePemChain(pem);
  const fingerprints = await Promise.all(parsed.map((each) => sha256(each.der)));
  const selfSignatures = await Promise.all(
    parsed.map((each) => (isSelfSigned(each) ? signatureCheck(each, each) : undefined)),
  );
  const certificates: AnalysedCertificate[] = parsed.map((each, index) => {
    const issuer = each.facts.selfIssued
      ? undefined
      : parsed.find((other) => other !== each && other.subjectKey === each.issuerKey);
    const selfSignature = selfSignatures[index];
    return {
      ...each.facts,
      sha256: toHex(fingerprints[index]!),
      ...(issuer && { issuedByPosition: issuer.facts.position }),
      ...(selfSignature && { selfSignature }),
    };
  });
  const links = await Promise.all(
    parsed.slice(0, -1).map((certificate, index) => link(certificate, parsed[index + 1]!)),
  );
  return { certificates, problems, links, ...(await rootMatch(certificates, parsed)) };
}
