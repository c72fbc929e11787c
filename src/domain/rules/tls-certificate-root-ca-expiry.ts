import { findTrustedRootCa } from '../aws/trusted-cas';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { trustedCaList } from './support/sources';
import {
  analysedChain,
  certificateFieldsNotStated,
  certificatePath,
  chainPath,
  parseInstant,
  serverCertificate,
} from './support/tls-certificate';

/** The date part of an ISO instant from the trusted list, for messages. */
const day = (instant: string) => instant.slice(0, 10);

export default defineRule<Plan, 'root-expired' | 'root-expires-first'>({
  id: 'tls-certificate-root-ca-expiry',
  target: 'plan',
  severity: 'warning',
  title: 'The root CA of the TLS certificate outlives the certificate',
  description:
    "AWS's list of trusted root CAs was last changed in November 2022 and still holds roots that have since expired. A certificate that chains to an expired root, or to a root that expires before the certificate does, stops being trusted by standard TLS clients while the key store still depends on it.",
  messages: {
    'root-expired': {
      message:
        'The root CA "{{rootName}}" is still on AWS\'s trusted list, but it expired on {{rootValidUntil}}. Standard TLS clients reject a chain to an expired root, and AWS does not say whether KMS makes an exception.',
      fix: 'Get the certificate from a CA whose root on the list is still valid (or ask the CA for the chain to its newer root), and enter that root.',
    },
    'root-expires-first': {
      message:
        'The root CA "{{rootName}}" expires on {{rootValidUntil}}, before the certificate does ({{notAfter}}). From that day the chain is no longer valid, although the certificate itself has not expired.',
      fix: 'Plan to replace the certificate before {{rootValidUntil}}, or get one that chains to a root on the list that is valid for longer.',
    },
  },
  reads: ['/tls/certificateChainPem', '/tls/certificate/rootCa', '/tls/certificate/notAfter'],
  appliesTo: 'all',
  sources: [trustedCaList],
  facts: ['XKS-TLS-CA-LIST-STALE'],
  check(plan, { report, unknown, now, certificateChain }) {
    const chain = analysedChain(plan, certificateChain);
    const fromChain = chain !== undefined && chain.certificates.length > 0;
    // The root the pasted chain ends at, else the one the plan names; an unknown root is an
    // error of tls-certificate-root-ca-trusted.
    const rootReference = fromChain ? chain.trustAnchor?.alias : plan.tls?.certificate?.rootCa;
    if (!fromChain && !rootReference?.trim()) {
      unknown([certificatePath('rootCa')]);
      return;
    }
    const root = rootReference === undefined ? undefined : findTrustedRootCa(rootReference);
    if (root === undefined) return;
    const path = fromChain ? chainPath : certificatePath('rootCa');
    const rootValidUntil = new Date(root.validUntil);
    const data = { rootName: root.commonName, rootValidUntil: day(root.validUntil) };
    if (rootValidUntil < now) {
      report({ messageId: 'root-expired', path, data });
      return;
    }
    const certificate = serverCertificate(plan, certificateChain);
    unknown(certificateFieldsNotStated(certificate, ['notAfter']));
    const notAfter = certificate.notAfter;
    const end = parseInstant(notAfter, 'end');
    if (notAfter !== undefined && end !== undefined && rootValidUntil < end) {
      report({ messageId: 'root-expires-first', path, data: { ...data, notAfter } });
    }
  },
});
