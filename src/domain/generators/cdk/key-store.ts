/**
 * The external key store (a custom resource: the handler reads the proxy secret from Secrets
 * Manager), its connection, which waits until it is CONNECTED, and the stack's key store outputs.
 */
import {
  tsBlank,
  tsCall,
  tsComment,
  tsConcat,
  tsMember,
  tsObject,
  tsRef,
  tsStr,
  type TsExpression,
} from '../typescript/syntax';
import type { StackBuilder } from './stack-builder';
import { secretParameterId } from './stack-builder';
import { camel, customResource, dependsOn, output, type CdkContext } from './context';
import { privateDnsName } from './endpoint-service';
import { keyConstructIds } from './keys';

export function keyStoreStatements(
  stack: StackBuilder,
  context: CdkContext,
  localNetwork: boolean,
): void {
  const { plan } = context;
  const store = plan.keyStore;
  const vpc = context.connectivity === 'VPC_ENDPOINT_SERVICE';
  const endpoint = vpc
    ? tsConcat(tsStr('https://'), privateDnsName(stack, plan))
    : stack.stringOr(
        store?.XksProxyUriEndpoint,
        'XksProxyUriEndpoint',
        'https:// and the public host name of the proxy, without port or path.',
      );
  const serviceName = !vpc
    ? undefined
    : context.existingService !== undefined
      ? tsStr(context.existingService.serviceName)
      : localNetwork
        ? tsRef('endpointService.vpcEndpointServiceName')
        : tsMember(
            stack.parameter({
              id: 'XksProxyVpcEndpointServiceName',
              type: 'String',
              description:
                'Name of the VPC endpoint service in the other account (output VpcEndpointServiceName of the network stack).',
              ...(store?.XksProxyVpcEndpointServiceName === undefined
                ? {}
                : { default: store.XksProxyVpcEndpointServiceName }),
            }),
            'valueAsString',
          );
  const endpointProperties: (readonly [string, TsExpression])[] = [
    ['XksProxyConnectivity', tsStr(context.connectivity)],
    ['XksProxyUriEndpoint', endpoint],
  ];
  if (serviceName) endpointProperties.push(['XksProxyVpcEndpointServiceName', serviceName]);
  if (context.endpointServiceOwner !== undefined) {
    endpointProperties.push([
      'XksProxyVpcEndpointServiceOwner',
      tsStr(context.endpointServiceOwner),
    ]);
  }
  stack.add(
    tsBlank,
    tsComment(
      'The external key store. The handler reads the secret access key from Secrets Manager:',
      'it is never a template parameter or property.',
    ),
    customResource(
      'keyStore',
      'XksKeyStore',
      'Custom::XksKeyStore',
      tsObject([
        [
          'CustomKeyStoreName',
          stack.stringOr(
            store?.CustomKeyStoreName,
            'CustomKeyStoreName',
            'Name of the external key store, unique in the account and Region.',
          ),
        ],
        ...endpointProperties,
        [
          'XksProxyUriPath',
          stack.stringOr(
            store?.XksProxyUriPath,
            'XksProxyUriPath',
            'Base path of the proxy API: an optional prefix followed by /kms/xks/v1.',
          ),
        ],
        [
          'AccessKeyId',
          stack.stringOr(
            store?.XksProxyAuthenticationCredential?.AccessKeyId,
            'XksProxyAccessKeyId',
            'Access key ID of the proxy authentication credential (not secret).',
          ),
        ],
        ['CredentialSecretArn', tsRef(`${camel(secretParameterId)}Parameter.valueAsString`)],
      ]),
    ),
  );
  // The store already waits for the endpoint service it names; not for the name's verification.
  if (localNetwork) stack.add(dependsOn('keyStore', 'privateDnsVerification'));
  stack.add(
    tsComment('Connects the store and waits until it is CONNECTED (fails with its error code).'),
    customResource(
      'keyStoreConnection',
      'XksKeyStoreConnection',
      'Custom::XksKeyStoreConnection',
      tsObject([['CustomKeyStoreId', tsRef('keyStore.ref')], ...endpointProperties]),
    ),
  );
  // KMS connects through the listener: without it the connection fails, so it must exist first.
  if (localNetwork) stack.add(dependsOn('keyStoreConnection', 'listener'));
}

export function keyStoreOutputs(stack: StackBuilder, context: CdkContext): void {
  const constructIds = keyConstructIds(context.plan.keys ?? []);
  stack.add(
    tsBlank,
    output('CustomKeyStoreId', tsRef('keyStore.ref'), 'ID of the external key store (cks-...).'),
    output(
      'AlarmTopicArn',
      tsRef('alarmTopic.topicArn'),
      'SNS topic of the key store alarms: subscribe the people on call.',
    ),
    ...constructIds.map((constructId, index) =>
      output(
        `${constructId}Arn`,
        tsCall(`key${index + 1}.getAttString`, tsStr('Arn')),
        `ARN of KMS key ${index + 1}.`,
      ),
    ),
  );
}
