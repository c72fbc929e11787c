/**
 * Analyses a pasted certificate chain: what each certificate says, whether each is issued and
 * signed by the next one (WebCrypto), and which root of AWS's trusted list the chain ends at.
 */
import { trustedRootCas } from '../aws/trusted-cas';
import type { TrustedRootCa } from '../aws/trusted-root-ca';
import type { AnalysedCertificate, ChainAnalysis, ChainLink } from './chain-types';
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

async function link(certificate: ParsedCertificate, issuer: ParsedCertificate): Promise<ChainLink> {
  const issuerNameMatches = certificate.issuerKey === issuer.subjectKey;
  const authorityKeyId = certificate.facts.authorityKeyIdentifier;
  const subjectKeyId = issuer.facts.subjectKeyIdentifier;
  const scheme = signatureScheme(certificate.signatureAlgorithm);
  return {
    position: certificate.facts.position,
    issuerPosition: issuer.facts.position,
    issuerNameMatches,
    ...(authorityKeyId !== undefined &&
      subjectKeyId !== undefined && { keyIdentifierMatches: authorityKeyId === subjectKeyId }),
    // A signature is only worth checking against the certificate that claims to have made it.
    ...(issuerNameMatches && {
      signature:
        scheme === undefined
          ? 'unsupported'
          : await verifySignature(
              scheme,
              { spki: issuer.spki, facts: issuer.facts.publicKey },
              certificate.signature,
              certificate.signed,
            ),
    }),
  };
}

/**
 * The root of AWS's list the chain ends at: a pasted certificate that is such a root (by SHA-256
 * fingerprint), or else the root the top certificate names as its issuer, provided the top
 * certificate's authority key identifier is that root's key identifier where both are known (the
 * same name with another key is another CA).
 */
function trustAnchor(
  certificates: readonly AnalysedCertificate[],
  parsed: readonly ParsedCertificate[],
): Pick<ChainAnalysis, 'trustAnchor' | 'issuerKeyMismatch'> {
  const byFingerprint = rootsByFingerprint();
  for (const certificate of certificates) {
    const root = byFingerprint.get(certificate.sha256);
    if (root) {
      return {
        trustAnchor: {
          alias: root.alias,
          commonName: root.commonName,
          matchedBy: 'fingerprint',
          position: certificate.position,
        },
      };
    }
  }
  const top = parsed.at(-1);
  if (top === undefined || top.facts.selfIssued) return {};
  const root = findTrustedRootBySubject(top.issuerAttributes);
  if (root === undefined) return {};
  const named = { alias: root.alias, commonName: root.commonName, position: top.facts.position };
  const authorityKeyIdentifier = top.facts.authorityKeyIdentifier;
  const rootKeyIdentifier = root.subjectKeyIdentifier;
  if (
    authorityKeyIdentifier !== undefined &&
    rootKeyIdentifier !== undefined &&
    authorityKeyIdentifier !== rootKeyIdentifier
  ) {
    return { issuerKeyMismatch: { ...named, authorityKeyIdentifier, rootKeyIdentifier } };
  }
  return { trustAnchor: { ...named, matchedBy: 'issuer-name' } };
}

export async function analyseCertificateChain(pem: string): Promise<ChainAnalysis> {
  const { certificates: parsed, problems } = parsePemChain(pem);
  const fingerprints = await Promise.all(parsed.map((each) => sha256(each.der)));
  const certificates: AnalysedCertificate[] = parsed.map((each, index) => {
    const issuer = each.facts.selfIssued
      ? undefined
      : parsed.find((other) => other !== each && other.subjectKey === each.issuerKey);
    return {
      ...each.facts,
      sha256: toHex(fingerprints[index]!),
      ...(issuer && { issuedByPosition: issuer.facts.position }),
    };
  });
  const links = await Promise.all(
    parsed.slice(0, -1).map((certificate, index) => link(certificate, parsed[index + 1]!)),
  );
  return { certificates, problems, links, ...trustAnchor(certificates, parsed) };
}
