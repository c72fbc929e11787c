import { isGovCloud } from '../aws/regions';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { planRegion } from './support/plan-readings';
import {
  findKmsCipherSuite,
  kmsCipherSuites,
  type KmsCipherSuite,
} from './support/kms-cipher-suites';
import { isTlsVersionKmsUses } from './support/scope-tls-versions';
import { guide, proxyApiSpec } from './support/sources';

const names = (suites: readonly KmsCipherSuite[]) => suites.map((suite) => suite.name).join(', ');

export default defineRule<
  Plan,
  'no-suite-kms-uses' | 'tls-version-mismatch' | 'govcloud-chacha-only'
>({
  id: 'proxy-cipher-suites',
  target: 'plan',
  severity: 'error',
  title: 'The proxy offers a cipher suite KMS uses',
  description:
    'KMS negotiates only four cipher suites with an XKS proxy: TLS_AES_256_GCM_SHA384 and TLS_CHACHA20_POLY1305_SHA256 (TLS 1.3), TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 (TLS 1.2). In AWS GovCloud (US) TLS_CHACHA20_POLY1305_SHA256 is not available. The proxy must offer at least one usable suite in a TLS version it accepts, or no connection is possible.',
  messages: {
    'no-suite-kms-uses': {
      message:
        'None of the cipher suites the proxy offers ({{offered}}) is one KMS uses, so the TLS handshake with KMS fails.',
      fix: 'Offer at least one of {{usable}} on the proxy (or on the load balancer listener that terminates TLS).',
    },
    'tls-version-mismatch': {
      message:
        'The proxy offers {{suites}}, but only for TLS versions it does not accept (it accepts {{versions}}), so KMS and the proxy cannot agree on a cipher suite.',
      fix: 'Accept TLS 1.3 for TLS_AES_256_GCM_SHA384 or TLS_CHACHA20_POLY1305_SHA256, or TLS 1.2 for the TLS_ECDHE_* suites, or offer a suite of an accepted version ({{usable}}).',
    },
    'govcloud-chacha-only': {
      message:
        'In AWS GovCloud (US), KMS does not use TLS_CHACHA20_POLY1305_SHA256, and the proxy offers no other suite KMS uses in a TLS version it accepts; the TLS handshake with KMS fails in {{region}}.',
      fix: 'Offer at least one of {{usable}} on the proxy.',
    },
  },
  reads: ['/region', '/proxy/cipherSuites', '/proxy/tlsVersions'],
  appliesTo: 'all',
  sources: [guide('keystore-external.html#concept-xks-proxy'), proxyApiSpec],
  facts: ['XKS-PROXY-CIPHER-SUITES', 'XKS-PROXY-CIPHER-GOVCLOUD'],
  check(plan, { report, unknown }) {
    const offered = plan.proxy?.cipherSuites ?? [];
    // An empty list names no suite: as unknown as no list.
    if (offered.length === 0) {
      unknown([['proxy', 'cipherSuites']]);
      return;
    }
    const versions = plan.proxy?.tlsVersions ?? [];
    const accepted = versions.filter(isTlsVersionKmsUses);
    // A list of versions without 1.2 or 1.3 is proxy-tls-version's error, not a suite problem.
    if (versions.length > 0 && accepted.length === 0) return;

    const region = planRegion(plan);
    const govCloud = region !== undefined && isGovCloud(region);
    const availableHere = kmsCipherSuites.filter((suite) => !govCloud || suite.inGovCloud);
    const versionAccepted = (suite: KmsCipherSuite) =>
      accepted.length === 0 || accepted.includes(suite.tlsVersion);
    const usableHere = availableHere.filter(versionAccepted);
    const recognised = [...new Set(offered.flatMap((name) => findKmsCipherSuite(name) ?? []))];
    const usableOffered = recognised.filter((suite) => usableHere.includes(suite));
    if (usableOffered.length > 0) {
      // A pass needs the versions (unless the suites cover both) and, for ChaCha20 alone, the
      // Region (GovCloud does not use it).
      const usableAnywhere = usableOffered.filter(
        (suite) => plan.region !== undefined || suite.inGovCloud,
      );
      const coversBothVersions = (['TLSv1.2', 'TLSv1.3'] as const).every((version) =>
        usableAnywhere.some((suite) => suite.tlsVersion === version),
      );
      const missing: string[][] = [];
      if (versions.length === 0 && !coversBothVersions) missing.push(['proxy', 'tlsVersions']);
      if (usableAnywhere.length === 0) missing.push(['region']);
      if (missing.length > 0) unknown(missing);
      return;
    }

    const path = ['proxy', 'cipherSuites'];
    const usable = names(usableHere);
    const inAcceptedVersion = recognised.filter(versionAccepted);
    if (govCloud && inAcceptedVersion.some((suite) => !suite.inGovCloud))
      report({
        messageId: 'govcloud-chacha-only',
        path,
        relatedPaths: [['region']],
        data: { region: region.code, usable },
      });
    else if (recognised.length > 0)
      report({
        messageId: 'tls-version-mismatch',
        path,
        relatedPaths: [['proxy', 'tlsVersions']],
        data: { suites: names(recognised), versions: accepted.join(', '), usable },
      });
    else
      report({
        messageId: 'no-suite-kms-uses',
        path,
        data: { offered: offered.join(', '), usable },
      });
  },
});
