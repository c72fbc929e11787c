import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { describePemProblem } from '../tls/chain-wording';
import { guide } from './support/sources';
import { analysedChain, chainPath } from './support/tls-certificate';

export default defineRule<Plan, 'not-pem' | 'private-key' | 'unreadable-block'>({
  id: 'tls-chain-unparseable',
  target: 'plan',
  severity: 'error',
  title: 'The pasted certificate chain can be read',
  description:
    'The certificate chain pasted into the plan (tls.certificateChainPem) must be PEM certificates, the leaf first, so that the planner can check what KMS will be shown. Text that is not a certificate cannot be checked, and a server configured with it would not present a valid chain.',
  messages: {
    'not-pem': {
      message:
        'The certificate chain cannot be read: {{problem}}. None of the TLS certificate checks can use it.',
      fix: 'Paste the certificates in PEM, each from its "-----BEGIN CERTIFICATE-----" line to its "-----END CERTIFICATE-----" line: the server certificate first, then the intermediates (the CA sends them as a "full chain" or "fullchain.pem" file).',
    },
    'private-key': {
      message:
        'The certificate chain contains a private key: {{problem}}. A private key is a secret that must never be in a plan, which is saved in the browser and shared.',
      fix: 'Remove the private key block from the chain now, and replace the key (and its certificate) if the plan has been saved or shared with it.',
    },
    'unreadable-block': {
      message:
        'Part of the certificate chain cannot be read: {{problem}}. The checks use only the certificates that could be read, so the chain may be judged incomplete.',
      fix: 'Paste the certificates again from the files the CA sent, unchanged, and remove anything that is not a certificate.',
    },
  },
  reads: ['/tls/certificateChainPem'],
  appliesTo: 'all',
  sources: [guide('xks-troubleshooting.html#fix-xks-gen-configuration')],
  facts: ['XKS-TLS-CHAIN'],
  check(plan, { report, certificateChain }) {
    const chain = analysedChain(plan, certificateChain);
    for (const problem of chain?.problems ?? []) {
      const messageId =
        problem.kind === 'empty' || problem.kind === 'not-pem'
          ? 'not-pem'
          : problem.kind === 'private-key'
            ? 'private-key'
            : 'unreadable-block';
      report({ messageId, path: chainPath, data: { problem: describePemProblem(problem) } });
    }
  },
});
