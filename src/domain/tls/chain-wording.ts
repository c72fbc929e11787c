/**
 * How messages name a certificate's place and a PEM problem. Apart from the parser (and its ASN.1
 * libraries), so that the rules and the wizard can word the analysis without loading them.
 */
import type { PemProblem } from './chain-types';

/** 1st, 2nd, 3rd, 4th … for messages about a certificate's place in the chain. */
export function ordinal(position: number): string {
  const lastTwo = position % 100;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][position % 10] ?? 'th');
  return `${position}${suffix}`;
}

/** A problem in words, naming the PEM block; shown by the wizard and used in rule messages. */
export function describePemProblem(problem: PemProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'the certificate chain is empty';
    case 'not-pem':
      return 'the text is not PEM: no "-----BEGIN CERTIFICATE-----" line was found';
    case 'private-key':
      return `the ${ordinal(problem.position)} block is a private key, not a certificate`;
    case 'not-a-certificate':
      return `the ${ordinal(problem.position)} block is a ${problem.label}, not a CERTIFICATE`;
    case 'unterminated':
      return `the ${ordinal(problem.position)} block has no "-----END ${problem.label}-----" line`;
    case 'invalid-base64':
      return `the ${ordinal(problem.position)} block is not valid base64 (a line may be cut or changed)`;
    case 'invalid-certificate':
      return `the ${ordinal(problem.position)} block is base64 but not an X.509 certificate`;
    case 'stray-text':
      return `the text ${problem.position === 1 ? 'before the 1st block' : `after the ${ordinal(problem.position - 1)} block`} looks like part of a certificate whose BEGIN or END line was cut or changed`;
  }
}
