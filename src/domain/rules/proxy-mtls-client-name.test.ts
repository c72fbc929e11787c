import { describe, expect, it } from 'vitest';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-mtls-client-name';
import { relatedPathsOf } from './support/related-paths-of';

const ready = findExample('public-endpoint-ready')!.document;
const mtls = (enabled: boolean, allowedClientCommonName: string | undefined) =>
  withPlan(ready, { proxy: { mtls: { enabled, allowedClientCommonName } } });
const path = '/proxy/mtls/allowedClientCommonName';

testRule(rule, {
  valid: [
    { name: 'the name of the plan Region', document: ready },
    {
      name: 'case and a trailing dot do not matter',
      document: mtls(true, 'CKS.KMS.EU-WEST-1.amazonaws.com.'),
    },
    { name: 'mTLS off', document: mtls(false, 'cks.kms.us-east-1.amazonaws.com') },
    {
      name: 'mTLS off in the VPC example',
      document: findExample('vpc-endpoint-service-ready')!.document,
    },
    {
      name: 'GovCloud name in a GovCloud plan',
      document: withPlan(mtls(true, 'cks.kms.us-gov-west-1.amazonaws.com'), {
        region: 'us-gov-west-1',
      }),
    },
  ],
  invalid: [
    {
      name: 'the name of another Region',
      document: mtls(true, 'cks.kms.us-east-1.amazonaws.com'),
      errors: [{ messageId: 'wrong-client-name', path }],
    },
    {
      name: 'the service principal without the Region',
      document: mtls(true, 'kms.amazonaws.com'),
      errors: [{ messageId: 'wrong-client-name', path }],
    },
  ],
  unknown: [
    {
      name: 'no mTLS section',
      document: withPlan(ready, { proxy: { mtls: undefined } }),
      missing: ['/proxy/mtls/enabled'],
    },
    {
      name: 'mTLS on, the accepted name not stated',
      document: mtls(true, undefined),
      missing: [path],
    },
    {
      name: 'mTLS on, no Region',
      document: withPlan(mtls(true, 'cks.kms.eu-west-1.amazonaws.com'), { region: undefined }),
      missing: ['/region'],
    },
  ],
});

describe('a client name of another Region', () => {
  it('also names the Region, so the basics step shows the finding', () => {
    const document = mtls(true, 'cks.kms.us-east-1.amazonaws.com');
    expect(relatedPathsOf(rule, document)).toEqual([['/region']]);
  });
});
