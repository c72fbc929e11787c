/**
 * The one custom-resource Provider (onEvent and isComplete Lambda functions) behind the key store,
 * its connection, its keys and the private DNS verification: CloudFormation has no resource for
 * an external key store, and AWS::KMS::Key cannot create a key in one.
 */
import {
  tsArray,
  tsCall,
  tsComment,
  tsConst,
  tsNew,
  tsObject,
  tsRef,
  tsStr,
  type TsExpression,
  type TsStatement,
} from '../typescript/syntax';
import { handlerActions, providerTotalTimeoutMinutes } from './handler-code';
import type { StackBuilder } from './stack-builder';
import { secretParameterId } from './stack-builder';
import { duration, id, scope } from './context';

/** How long the custom-resource logs are kept (a logs.RetentionDays member). */
export const handlerLogRetention = 'ONE_YEAR';

export function providerStatements(stack: StackBuilder, withSecret: boolean): TsStatement[] {
  const policies: TsExpression[] = [tsRef('handlerPolicy')];
  if (withSecret) {
    const secretArn = stack.parameterString({
      id: secretParameterId,
      type: 'String',
      description:
        'ARN of the Secrets Manager secret that holds the proxy secret access key (not the key itself): a plain string, or JSON with "secretAccessKey".',
      allowedPattern: '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$',
    });
    policies.push(
      tsNew(
        'iam.PolicyStatement',
        tsObject([
          ['actions', tsArray([tsStr('secretsmanager:GetSecretValue')])],
          ['resources', tsArray([secretArn])],
        ]),
      ),
    );
  }
  const fn = (name: string, handler: string, code: string, minutes: number, p: TsExpression[]) =>
    tsConst(
      name,
      tsNew(
        'lambda.Function',
        scope,
        id(name.charAt(0).toUpperCase() + name.slice(1)),
        tsObject([
          ['runtime', tsRef('lambda.Runtime.NODEJS_22_X')],
          ['handler', tsStr(handler)],
          ['code', tsCall('lambda.Code.fromInline', tsRef(code))],
          ['timeout', duration('minutes', minutes)],
          ['initialPolicy', tsArray(p)],
          ['logGroup', tsRef('handlerLogs')],
        ]),
      ),
    );
  return [
    tsComment(
      'One Provider serves every custom resource: CloudFormation has no external key store',
      'resource, and AWS::KMS::Key cannot create a key in one.',
    ),
    tsConst(
      'handlerPolicy',
      tsNew(
        'iam.PolicyStatement',
        tsObject([
          ['actions', tsArray(handlerActions.map(tsStr))],
          ['resources', tsArray([tsStr('*')])],
        ]),
      ),
    ),
    tsComment(
      'The handlers and the Provider framework log every key store change here: kept a year,',
      'not forever (the Lambda default), and kept when the stack is deleted.',
    ),
    tsConst(
      'handlerLogs',
      tsNew(
        'logs.LogGroup',
        scope,
        id('XksHandlerLogs'),
        tsObject([
          ['retention', tsRef(`logs.RetentionDays.${handlerLogRetention}`)],
          ['removalPolicy', tsRef('cdk.RemovalPolicy.RETAIN')],
        ]),
      ),
    ),
    fn('onEventFunction', 'index.onEvent', 'onEventCode', 10, policies),
    fn('isCompleteFunction', 'index.isComplete', 'isCompleteCode', 1, [tsRef('handlerPolicy')]),
    tsConst(
      'provider',
      tsNew(
        'cr.Provider',
        scope,
        id('XksProvider'),
        tsObject([
          ['onEventHandler', tsRef('onEventFunction')],
          ['isCompleteHandler', tsRef('isCompleteFunction')],
          ['queryInterval', duration('seconds', 30)],
          ['totalTimeout', duration('minutes', providerTotalTimeoutMinutes)],
          ['logGroup', tsRef('handlerLogs')],
        ]),
      ),
    ),
  ];
}
