import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-mtls-deprecated';

const publicReady = findExample('public-endpoint-ready')!.document;
const vpcReady = findExample('vpc-endpoint-service-ready')!.document;
const mtls = (enabled: boolean) => ({
  proxy: { mtls: { enabled, allowedClientCommonName: 'cks.kms.eu-west-1.amazonaws.com' } },
});

testRule(rule, {
  valid: [
    { name: 'the ready public plan does not use mTLS', document: publicReady },
    { name: 'the ready VPC plan does not use mTLS', document: vpcReady },
    { name: 'mTLS switched off', document: withPlan(publicReady, mtls(false)) },
  ],
  unknown: { none: 'it judges only a proxy stated to require client certificates' },
  invalid: [
    {
      name: 'a public endpoint whose second factor is mTLS',
      document: withPlan(publicReady, mtls(true)),
      errors: [{ messageId: 'public-endpoint-relies-on-mtls', path: '/proxy/mtls/enabled' }],
    },
    {
      name: 'a VPC plan whose proxy requires a client certificate',
      document: withPlan(vpcReady, mtls(true)),
      errors: [{ messageId: 'mtls-required', path: '/proxy/mtls/enabled' }],
    },
    {
      name: 'connectivity not chosen yet, mTLS required',
      document: withPlan(publicReady, {
        keyStore: { XksProxyConnectivity: undefined },
        ...mtls(true),
      }),
      errors: [{ messageId: 'mtls-required', path: '/proxy/mtls/enabled' }],
    },
  ],
});
