import { findTrustedRootCa } from '../aws/trusted-cas';
import {
  distrustedListedRoots,
  droppedByPullRequest22,
  findUnlistedPublicRootCa,
  pullRequest22Url,
} from '../aws/unlisted-public-root-cas';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { trustedCaList } from './support/sources';
import {
  analysedChain,
  certificateHolder,
  certificatePath,
  chainPath,
} from './support/tls-certificate';

const debianCaCertificates = 'https://packages.debian.org/stable/ca-certificates';

/** Where an unlisted root is trusted, in words for the message. */
function trustedWhere(root: { inPullRequest22: boolean; inDebian: boolean }): string {
  const places = [
    ...(root.inPullRequest22
      ? ['on the updated list of pull request #22 ("based on latest keystore", opened 2024-06-16)']
      : []),
    ...(root.inDebian
      ? ["in current root programs (Debian's ca-certificates, Mozilla's roots)"]
      : []),
  ];
  return places.join(' and ');
}

export default defineRule<Plan, 'unlisted-public-root' | 'distrusted-root' | 'dropped-by-update'>({
  id: 'tls-certificate-root-ca-list-stale',
  target: 'plan',
  severity: 'warning',
  title: "The root CA is not one AWS's published trusted list is out of date about",
  description:
    'AWS\'s published list of trusted CAs dates from November 2022 and is older than KMS\'s keystore: pull request #22 updates it "based on latest keystore" (opened 2024-06-16, not merged), adding 28 roots and dropping 13, among them the three TrustCor roots that Mozilla and Microsoft distrusted in 2022. The published list stays the rule (tls-certificate-root-ca-trusted); a chain that ends at a public root the list lacks, at a TrustCor root, or at another root the update drops gets this warning: test the live proxy before relying on it.',
  messages: {
    'unlisted-public-root': {
      message:
        'The certificate {{certificateHolder}} presents chains to "{{rootName}}", a public root that AWS\'s published trusted list (Nov 2022) lacks but that is trusted {{trustedWhere}}. KMS\'s current keystore may include it, but AWS has not published that: KMS may still refuse the certificate (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: 'Before go-live, create or connect a test key store against the live proxy to see that KMS accepts this chain; or get the certificate from a CA whose root is on the published list.',
    },
    'distrusted-root': {
      message:
        'The certificate {{certificateHolder}} chains to "{{rootName}}", a TrustCor root: it is still on AWS\'s published list (Nov 2022), but browsers distrusted it on {{since}} after an investigation, and pull request #22\'s update of the list ("based on latest keystore") drops it, so KMS\'s keystore probably no longer trusts it (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: "Replace the certificate with one from another public CA whose root is on AWS's list.",
    },
    'dropped-by-update': {
      message:
        'The certificate {{certificateHolder}} chains to "{{rootName}}", which is on AWS\'s published list (Nov 2022) but not on pull request #22\'s update of it ("based on latest keystore", opened 2024-06-16), so KMS\'s current keystore may no longer trust it (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: 'Before go-live, connect a test key store against the live proxy to see that KMS accepts this chain; to be safe, get the certificate from a CA whose root both lists carry.',
    },
  },
  reads: [
    '/tls/terminatesAt',
    '/tls/certificateChainPem',
    '/tls/certificate',
    '/tls/certificate/rootCa',
  ],
  appliesTo: 'all',
  sources: [
    trustedCaList,
    pullRequest22Url,
    'https://groups.google.com/a/mozilla.org/g/dev-security-policy/c/oxX69KFvsm4/m/yLohoVqtCgAJ',
    debianCaCertificates,
  ],
  facts: ['TLS-CA-LIST-PENDING'],
  check(plan, { report, certificateChain, now }) {
    const holder = { certificateHolder: certificateHolder(plan) };
    const chain = analysedChain(plan, certificateChain);
    const fromChain = chain !== undefined && chain.certificates.length > 0;
    const path = fromChain ? chainPath : certificatePath('rootCa');
    const typed = plan.tls?.certificate?.rootCa;
    const listed = fromChain
      ? chain.trustAnchor
      : typed === undefined
        ? undefined
        : findTrustedRootCa(typed);
    const unlisted = fromChain
      ? chain.unlistedRoot
      : typed === undefined || listed !== undefined
        ? undefined
        : findUnlistedPublicRootCa(typed);
    const distrust = listed && distrustedListedRoots[listed.alias];
    // An expired listed root is tls-certificate-root-ca-expiry's error; the update drops those too.
    const expired = listed && findTrustedRootCa(listed.alias)!.validUntil < now.toISOString();
    if (listed && distrust) {
      report({
        messageId: 'distrusted-root',
        path,
        data: { ...holder, rootName: listed.commonName, since: distrust.since },
      });
    } else if (listed && !expired && droppedByPullRequest22.has(listed.alias)) {
      report({
        messageId: 'dropped-by-update',
        path,
        data: { ...holder, rootName: listed.commonName },
      });
    } else if (unlisted) {
      report({
        messageId: 'unlisted-public-root',
        path,
        data: { ...holder, rootName: unlisted.commonName, trustedWhere: trustedWhere(unlisted) },
      });
    }
  },
});
