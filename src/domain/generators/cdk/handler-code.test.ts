/**
 * The inline custom-resource handler, run against a fake AWS SDK: it reads the secret from
 * Secrets Manager and sends it only to CreateCustomKeyStore, creates keys with the external key
 * store origin, waits for CONNECTED and fails on FAILED.
 */
import { describe, expect, it } from 'vitest';
import { isCompleteCode, onEventCode } from './handler-code';

type Call = { name: string; input: Record<string, unknown> };
type Handler = (event: Record<string, unknown>) => Promise<Record<string, unknown>>;

function load(
  lines: readonly string[],
  exported: string,
  answer: (name: string, input: Record<string, unknown>) => unknown,
): { handler: Handler; calls: Call[] } {
  const calls: Call[] = [];
  const sdk = () =>
    new Proxy(
      {},
      {
        get: (_target, property: string) =>
          property.endsWith('Command')
            ? class {
                constructor(readonly input: Record<string, unknown>) {}
                readonly name = property.replace(/Command$/, '');
              }
            : class {
                async send(command: Call) {
                  calls.push({ name: command.name, input: command.input });
                  return answer(command.name, command.input);
                }
              },
      },
    );
  const modules: Record<string, unknown> = {
    '@aws-sdk/client-kms': sdk(),
    '@aws-sdk/client-ec2': sdk(),
    '@aws-sdk/client-secrets-manager': sdk(),
  };
  const exports: Record<string, Handler> = {};
  new Function('require', 'exports', lines.join('\n'))((name: string) => modules[name], exports);
  return { handler: exports[exported]!, calls };
}

const storeProperties = {
  CustomKeyStoreName: 'store',
  XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
  XksProxyUriEndpoint: 'https://xks.example.com',
  XksProxyUriPath: '/kms/xks/v1',
  XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.eu-west-1.vpce-svc-1',
  AccessKeyId: 'AKID',
  CredentialSecretArn: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:x-AbCdEf',
};

describe('custom-resource handler', () => {
  it('creates the store with the secret read from Secrets Manager', async () => {
    const { handler, calls } = load(onEventCode, 'onEvent', (name) =>
      name === 'GetSecretValue'
        ? { SecretString: '{"secretAccessKey":"s3cr3t"}' }
        : { CustomKeyStoreId: 'cks-1' },
    );
    const result = await handler({
      RequestType: 'Create',
      ResourceType: 'Custom::XksKeyStore',
      ResourceProperties: storeProperties,
    });
    expect(result).toEqual({ PhysicalResourceId: 'cks-1' });
    expect(calls).toEqual([
      { name: 'GetSecretValue', input: { SecretId: storeProperties.CredentialSecretArn } },
      {
        name: 'CreateCustomKeyStore',
        input: {
          CustomKeyStoreName: 'store',
          CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
          XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
          XksProxyUriEndpoint: 'https://xks.example.com',
          XksProxyUriPath: '/kms/xks/v1',
          XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.eu-west-1.vpce-svc-1',
          XksProxyAuthenticationCredential: { AccessKeyId: 'AKID', RawSecretAccessKey: 's3cr3t' },
        },
      },
    ]);
  });

  it('updates a connected store without touching its endpoint when the endpoint is unchanged', async () => {
    const { handler, calls } = load(onEventCode, 'onEvent', (name) =>
      name === 'GetSecretValue' ? { SecretString: 'plain-secret\n' } : {},
    );
    await handler({
      RequestType: 'Update',
      ResourceType: 'Custom::XksKeyStore',
      PhysicalResourceId: 'cks-1',
      ResourceProperties: { ...storeProperties, XksProxyUriPath: '/new/kms/xks/v1' },
      OldResourceProperties: storeProperties,
    });
    expect(calls.map((call) => call.name)).toEqual(['GetSecretValue', 'UpdateCustomKeyStore']);
    expect(calls[1]!.input).toEqual({
      CustomKeyStoreId: 'cks-1',
      XksProxyUriPath: '/new/kms/xks/v1',
      XksProxyAuthenticationCredential: { AccessKeyId: 'AKID', RawSecretAccessKey: 'plain-secret' },
    });
  });

  it('creates a KMS key with origin EXTERNAL_KEY_STORE and its XksKeyId; delete leaves it', async () => {
    const { handler, calls } = load(onEventCode, 'onEvent', () => ({
      KeyMetadata: { KeyId: 'k-1', Arn: 'arn:aws:kms:eu-west-1:111122223333:key/k-1' },
    }));
    const event = {
      ResourceType: 'Custom::XksKey',
      ResourceProperties: { CustomKeyStoreId: 'cks-1', XksKeyId: 'ext-1', Description: 'd' },
    };
    expect(await handler({ ...event, RequestType: 'Create' })).toEqual({
      PhysicalResourceId: 'k-1',
      Data: { KeyId: 'k-1', Arn: 'arn:aws:kms:eu-west-1:111122223333:key/k-1' },
    });
    expect(calls[0]).toEqual({
      name: 'CreateKey',
      input: {
        CustomKeyStoreId: 'cks-1',
        Origin: 'EXTERNAL_KEY_STORE',
        XksKeyId: 'ext-1',
        Description: 'd',
        Tags: [],
      },
    });
    calls.length = 0;
    await handler({ ...event, RequestType: 'Delete', PhysicalResourceId: 'k-1' });
    expect(calls).toEqual([]);
  });

  it('reads the TXT record the endpoint service asks for, and deletes nothing', async () => {
    const answer = () => ({
      ServiceConfigurations: [
        {
          PrivateDnsNameConfiguration: {
            Name: '_abc',
            Value: 'vpce:xyz',
            State: 'pendingVerification',
          },
        },
      ],
    });
    const onEvent = load(onEventCode, 'onEvent', answer);
    const isComplete = load(isCompleteCode, 'isComplete', answer);
    const event = {
      ResourceType: 'Custom::XksPrivateDnsNameConfiguration',
      ResourceProperties: { ServiceId: 'vpce-svc-1' },
    };
    expect(await onEvent.handler({ ...event, RequestType: 'Create' })).toEqual({
      PhysicalResourceId: 'vpce-svc-1-dns',
    });
    expect(await isComplete.handler({ ...event, RequestType: 'Create' })).toEqual({
      IsComplete: true,
      Data: { Name: '_abc', Value: 'vpce:xyz' },
    });
    expect(isComplete.calls).toEqual([
      { name: 'DescribeVpcEndpointServiceConfigurations', input: { ServiceIds: ['vpce-svc-1'] } },
    ]);
    await onEvent.handler({
      ...event,
      RequestType: 'Delete',
      PhysicalResourceId: 'vpce-svc-1-dns',
    });
    await isComplete.handler({ ...event, RequestType: 'Delete' });
    expect([...onEvent.calls, ...isComplete.calls]).toHaveLength(1);
  });

  it('waits for CONNECTED and fails on FAILED with the error code', async () => {
    let state = 'CONNECTING';
    const { handler } = load(isCompleteCode, 'isComplete', () => ({
      CustomKeyStores: [{ ConnectionState: state, ConnectionErrorCode: 'XKS_PROXY_TIMED_OUT' }],
    }));
    const event = {
      RequestType: 'Create',
      ResourceType: 'Custom::XksKeyStoreConnection',
      ResourceProperties: { CustomKeyStoreId: 'cks-1' },
    };
    expect(await handler(event)).toEqual({ IsComplete: false });
    state = 'CONNECTED';
    expect(await handler(event)).toEqual({ IsComplete: true });
    state = 'FAILED';
    await expect(handler(event)).rejects.toThrow('XKS_PROXY_TIMED_OUT');
  });

  it('fits the 4096 characters CloudFormation allows for inline code', () => {
    expect(onEventCode.join('\n').length).toBeLessThanOrEqual(4096);
    expect(isCompleteCode.join('\n').length).toBeLessThanOrEqual(4096);
  });
});
