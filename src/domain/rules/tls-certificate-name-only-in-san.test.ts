import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-name-only-in-san';

const publicReady = findExample('public-endpoint-ready')!.document;
const pemPath = '/tls/certificateChainPem';
const chains = buildTestChains();
const vpcReady = findExample('vpc-endpoint-service-ready')!.document;
const path = '/tls/certificate/subjectCommonName';
const certificate = (fields: Record<string, unknown>) => ({ tls: { certificate: fields } });

testRule(rule, {
  valid: [
    { name: 'public: CN and SAN match', document: publicReady },
    { name: 'VPC: wildcard CN and SAN', document: vpcReady },
    { name: 'VPC in another account', document: findExample('vpc-cross-account')!.document },
    {
      name: 'neither CN nor SAN matches (an error of tls-certificate-name-matches-host)',
      document: withPlan(
        publicReady,
        certificate({
          subjectCommonName: 'a.example.org',
          subjectAlternativeNames: ['a.example.org'],
        }),
      ),
    },
    {
      name: 'no SANs stated',
      document: withPlan(
        publicReady,
        certificate({ subjectCommonName: 'a.example.org', subjectAlternativeNames: undefined }),
      ),
    },
    { name: 'chain: the leaf CN is the host', ...(await withChain(publicReady, chains.good)) },
  ],
  invalid: [
    {
      name: 'the CN names another host, a SAN names this one',
      document: withPlan(
        publicReady,
        certificate({
          subjectCommonName: 'www.example.com',
          subjectAlternativeNames: ['www.example.com', 'myproxy.xks.example.com'],
        }),
      ),
      errors: [{ messageId: 'common-name-differs', path }],
    },
    {
      name: 'a wildcard SAN covers the private DNS name, the CN does not',
      document: withPlan(
        vpcReady,
        certificate({
          subjectCommonName: 'xks.example.com',
          subjectAlternativeNames: ['*.xks.example.com'],
        }),
      ),
      errors: [{ messageId: 'common-name-differs', path }],
    },
    {
      name: 'chain: the leaf has no CN, its SAN names the host',
      ...(await withChain(
        withPlan(publicReady, { keyStore: { XksProxyUriEndpoint: 'https://other.example.com' } }),
        chains.noCommonName,
      )),
      errors: [{ messageId: 'common-name-not-stated', path: pemPath }],
    },
    {
      name: 'chain: only a SAN of the leaf names the host',
      ...(await withChain(publicReady, chains.sanOnly)),
      errors: [{ messageId: 'common-name-differs', path: pemPath }],
    },
  ],
  unknown: [
    {
      name: 'no CN stated, a SAN matches',
      document: withPlan(publicReady, certificate({ subjectCommonName: undefined })),
      missing: [path],
    },
    {
      name: 'no endpoint yet',
      document: withPlan(publicReady, { keyStore: { XksProxyUriEndpoint: undefined } }),
      missing: ['/keyStore/XksProxyUriEndpoint'],
    },
  ],
});
