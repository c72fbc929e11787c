import type { AnalysedCertificate, ChainAnalysis } from '@/domain/tls/chain-types';
import { describePemProblem, ordinal } from '@/domain/tls/chain-wording';

const day = (iso: string) => iso.slice(0, 10);
/** A fingerprint as CAs print it: upper-case byte pairs separated by colons. */
const fingerprint = (hex: string) => hex.toUpperCase().replace(/(..)(?!$)/g, '$1:');

function selfSigned(root: AnalysedCertificate): string {
  switch (root.selfSignature) {
    case 'valid':
      return 'self-signed (a root): its signature verifies';
    case 'invalid':
      return 'self-signed (a root), but its signature does not verify: it was changed';
    default:
      return 'self-signed (a root)';
  }
}

function signedByNext(analysis: ChainAnalysis, certificate: AnalysedCertificate): string {
  const link = analysis.links.find((each) => each.position === certificate.position);
  if (!link) return certificate.selfIssued ? selfSigned(certificate) : 'no next certificate';
  if (!link.issuerNameMatches) return 'no: the next certificate is not its issuer';
  switch (link.signature) {
    case 'valid':
      return 'yes: the signature verifies';
    case 'invalid':
      return 'no: the signature does not verify';
    default:
      return 'cannot tell: this browser cannot check that signature algorithm';
  }
}

/** What the pasted chain holds, certificate by certificate, beside the PEM field. */
export function TlsChainSummary({ analysis }: { readonly analysis: ChainAnalysis }) {
  const anchor = analysis.trustAnchor;
  const unlisted = analysis.unlistedRoot;
  return (
    <section className="tls-chain-summary" aria-label="Pasted certificate chain">
      {analysis.problems.length > 0 && (
        <ul className="tls-chain-problems">
          {analysis.problems.map((problem) => (
            <li key={JSON.stringify(problem)}>Cannot read: {describePemProblem(problem)}.</li>
          ))}
        </ul>
      )}
      {analysis.certificates.map((certificate) => (
        <article key={certificate.position} className="tls-chain-certificate">
          <h4>
            {ordinal(certificate.position)} certificate
            {certificate.position === 1 ? ' (presented to KMS)' : ''}
          </h4>
          <dl>
            <dt>Subject</dt>
            <dd>{certificate.subject || '(empty)'}</dd>
            <dt>Issuer</dt>
            <dd>{certificate.issuer}</dd>
            <dt>DNS names (SAN)</dt>
            <dd>{certificate.dnsNames.join(', ') || 'none'}</dd>
            <dt>Valid</dt>
            <dd>
              from {day(certificate.notBefore)} until {day(certificate.notAfter)}
            </dd>
            <dt>Key</dt>
            <dd>
              {certificate.publicKey.description}; signed with {certificate.signatureAlgorithm}
            </dd>
            <dt>SHA-256 fingerprint</dt>
            <dd className="tls-chain-fingerprint">{fingerprint(certificate.sha256)}</dd>
            <dt>Signed by the next certificate</dt>
            <dd>{signedByNext(analysis, certificate)}</dd>
            {anchor?.position === certificate.position && (
              <>
                <dt>Trusted root</dt>
                <dd>
                  {anchor.commonName} ({anchor.alias}),{' '}
                  {anchor.matchedBy === 'fingerprint'
                    ? 'this certificate is on AWS’s list'
                    : anchor.signature === 'valid'
                      ? 'its issuer is on AWS’s list (the signature verifies with that root’s key)'
                      : 'its issuer is on AWS’s list (by name: the root’s key is not known here)'}
                </dd>
              </>
            )}
            {unlisted?.position === certificate.position && (
              <>
                <dt>Public root not on AWS’s published list</dt>
                <dd>
                  {unlisted.commonName} ({unlisted.alias}):{' '}
                  {unlisted.inPullRequest22
                    ? 'on the updated list of AWS’s pull request #22'
                    : 'trusted by current root programs'}
                </dd>
              </>
            )}
          </dl>
        </article>
      ))}
      {analysis.certificates.length > 0 && !anchor && (
        <p>
          Trusted root: none of AWS’s trusted roots was found for this chain.
          {analysis.issuerKeyMismatch &&
            ` The top certificate names ${analysis.issuerKeyMismatch.commonName} as its issuer, but was signed by another key than the one on AWS’s list.`}
          {analysis.issuerSignatureMismatch &&
            ` The top certificate names ${analysis.issuerSignatureMismatch.commonName} as its issuer, but its signature does not verify with that root’s public key.`}
        </p>
      )}
    </section>
  );
}
