import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-sample-path-prefix-length';

// The cross-account example runs the sample proxy with the 9-character prefix /workload.
const sample = findExample('vpc-cross-account')!.document;
const prefixed = (prefix: string) =>
  withPlan(sample, {
    keyStore: { XksProxyUriPath: `${prefix}/kms/xks/v1` },
    proxy: { uriPath: `${prefix}/kms/xks/v1` },
  });

testRule(rule, {
  valid: [
    { name: 'the sample proxy with a 9-character prefix', document: sample },
    { name: 'the sample proxy without a prefix', document: prefixed('') },
    { name: 'a 117-character prefix', document: prefixed(`/${'a'.repeat(116)}`) },
    {
      name: 'another proxy may take a short prefix',
      document: withPlan(prefixed('/abc'), {
        proxy: { vendor: 'Example HSM Co.', product: 'XKS Gateway' },
      }),
    },
    {
      name: 'the ready public example (another proxy)',
      document: findExample('public-endpoint-ready')!.document,
    },
    {
      name: 'the sample named by its vendor',
      document: withPlan(prefixed('/tenant-a1'), {
        proxy: { vendor: 'aws-samples', product: undefined },
      }),
    },
  ],
  invalid: [
    {
      name: 'a prefix shorter than 9 characters',
      document: prefixed('/abc'),
      errors: [{ messageId: 'prefix-length', path: '/proxy/uriPath' }],
    },
    {
      name: 'a prefix of 8 characters',
      document: prefixed('/tenant1'),
      errors: [{ messageId: 'prefix-length', path: '/proxy/uriPath' }],
    },
    {
      name: 'only the key store path stated',
      document: withPlan(prefixed('/abc'), { proxy: { uriPath: undefined } }),
      errors: [{ messageId: 'prefix-length', path: '/keyStore/XksProxyUriPath' }],
    },
  ],
  unknown: [
    {
      name: 'the proxy product not stated',
      document: withPlan(prefixed('/abc'), { proxy: { product: undefined, vendor: undefined } }),
      missing: ['/proxy/product'],
    },
    {
      name: 'the sample proxy, no path stated',
      document: withPlan(sample, {
        keyStore: { XksProxyUriPath: undefined },
        proxy: { uriPath: undefined },
      }),
      missing: ['/proxy/uriPath'],
    },
  ],
});
