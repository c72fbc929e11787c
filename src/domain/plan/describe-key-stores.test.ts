import { describe, expect, it } from 'vitest';
import { existingKeyStoresFromDescribeOutput } from './describe-key-stores';
import { planSchema } from './plan-schema';

// As `aws kms describe-custom-key-stores --output json` prints it (fields of the KMS API model).
const output = {
  CustomKeyStores: [
    {
      CustomKeyStoreId: 'cks-1234567890abcdef0',
      CustomKeyStoreName: 'ExampleVPCExternalKeystore',
      ConnectionState: 'CONNECTED',
      CreationDate: '2026-02-14T10:00:00+00:00',
      CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
      XksProxyConfiguration: {
        AccessKeyId: 'ABCDE12345670EXAMPLE',
        Connectivity: 'VPC_ENDPOINT_SERVICE',
        UriEndpoint: 'https://myproxy-private.xks.example.com',
        UriPath: '/kms/xks/v1',
        VpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-example',
        VpcEndpointServiceOwner: '111122223333',
      },
    },
    {
      CustomKeyStoreId: 'cks-0987654321fedcba0',
      CustomKeyStoreName: 'ExampleCloudHSMKeyStore',
      CloudHsmClusterId: 'cluster-1a23b4cdefg',
      ConnectionState: 'CONNECTED',
      CustomKeyStoreType: 'AWS_CLOUDHSM',
      TrustAnchorCertificate: '<certificate>',
    },
  ],
};

describe('existingKeyStoresFromDescribeOutput', () => {
  it('reads every store, keeping the fields the rules judge and no credential', () => {
    const reading = existingKeyStoresFromDescribeOutput(output);
    expect(reading).toEqual({
      existingKeyStores: [
        {
          CustomKeyStoreName: 'ExampleVPCExternalKeystore',
          CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
          XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
          XksProxyUriEndpoint: 'https://myproxy-private.xks.example.com',
          XksProxyUriPath: '/kms/xks/v1',
          XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-example',
        },
        { CustomKeyStoreName: 'ExampleCloudHSMKeyStore', CustomKeyStoreType: 'AWS_CLOUDHSM' },
      ],
    });
    if ('existingKeyStores' in reading) {
      expect(planSchema.safeParse({ version: 1, ...reading }).success).toBe(true);
      expect(JSON.stringify(reading)).not.toContain('ABCDE12345670EXAMPLE');
    }
  });

  it('states "no other stores" for an account that has none', () => {
    expect(existingKeyStoresFromDescribeOutput({ CustomKeyStores: [] })).toEqual({
      existingKeyStores: [],
    });
  });

  it.each([
    [{ version: 1 }, 'not the output of `aws kms describe-custom-key-stores --output json`'],
    [[], 'not the output of'],
    [{ CustomKeyStores: {} }, 'CustomKeyStores is an object, expected a list'],
    [{ CustomKeyStores: [], Truncated: true, NextMarker: 'x' }, 'the output is truncated'],
    [{ CustomKeyStores: [7] }, 'CustomKeyStores[0] is a number, expected an object'],
    [
      { CustomKeyStores: [{ CustomKeyStoreName: 3 }] },
      'CustomKeyStores[0].CustomKeyStoreName is a number, expected a string',
    ],
    [
      { CustomKeyStores: [{ XksProxyConfiguration: { UriPath: null } }] },
      'CustomKeyStores[0].XksProxyConfiguration.UriPath is null, expected a string',
    ],
  ])('refuses %j, saying why', (value, reason) => {
    const reading = existingKeyStoresFromDescribeOutput(value);
    expect('unusable' in reading && reading.unusable).toContain(reason);
  });
});
