/**
 * The AWS CDK (TypeScript) export of a plan: an app with the same infrastructure as the Terraform
 * export. CloudFormation has no resource for a custom key store and AWS::KMS::Key cannot target
 * one, so the store, its connection and its keys are custom resources of one Provider whose
 * handler reads the proxy credential from Secrets Manager. Built as plan → TypeScript syntax tree
 * → printer; every plan string is a string literal written by the printer.
 */
import type { Plan } from '../../plan/plan-schema';
import { printTsFile } from '../typescript/print';
import {
  tsArray,
  tsBlank,
  tsBool,
  tsCall,
  tsComment,
  tsConst,
  tsExpr,
  tsMember,
  tsNew,
  tsObject,
  tsRef,
  tsStr,
  type TsExpression,
  type TsStatement,
} from '../typescript/syntax';
import type { GeneratedFile } from '../types';
import { isCompleteCode, onEventCode } from './handler-code';
import { cdkProjectFiles } from './project-files';
import { cdkReadme } from './readme';
import { StackBuilder } from './stack-builder';
import { cdkContext, id, type CdkStackInfo } from './context';
import { providerStatements } from './provider';
import { loadBalancerStatements } from './load-balancer';
import { endpointServiceStatements, networkOutputs } from './endpoint-service';
import { keyStoreStatements, keyStoreOutputs } from './key-store';
import { keyStatements } from './keys';
import { alarmStatements } from './alarms';
import { withImports } from './imports';
import { keyStoreTagKey, managedByTag, tagValue } from '../iac-model/resource-tags';
import type { ExportContext } from '../iac-model/export-plan';

function stackClass(name: string, stack: StackBuilder): TsStatement {
  return {
    kind: 'class',
    name,
    exported: true,
    extends: 'cdk.Stack',
    constructorParameters: [
      { name: 'scope', type: 'Construct' },
      { name: 'id', type: 'string' },
      { name: 'props', type: 'cdk.StackProps', optional: true },
    ],
    body: [
      { kind: 'super', args: [tsRef('scope'), tsRef('id'), tsRef('props')] },
      ...stack.parameterStatements(),
      ...stack.body,
    ],
  };
}

const codeConst = (name: string, lines: readonly string[]) =>
  tsConst(name, tsCall(tsMember(tsArray(lines.map(tsStr)), 'join'), tsStr('\n')));

function stackProps(account: string | undefined, region: string | undefined, description: string) {
  const env: (readonly [string, TsExpression] | undefined)[] = [
    account === undefined ? undefined : ['account', tsStr(account)],
    region === undefined ? undefined : ['region', tsStr(region)],
  ];
  return tsObject([
    account === undefined && region === undefined ? undefined : ['env', tsObject(env)],
    ['description', tsStr(description)],
    // Deleting the stack deletes the key store: CloudFormation refuses it until this is turned off.
    ['terminationProtection', tsBool(true)],
  ]);
}

/**
 * Tags on every resource of every stack. The store name is a tag only when the plan states it:
 * a template parameter cannot be made fit for a tag value (iac-model/resource-tags.ts).
 */
function appTags(plan: Plan): TsStatement[] {
  // cfn-lint 1.51's schema predates Tags on AWS::ElasticLoadBalancingV2::Listener.
  const options = tsObject([
    ['excludeResourceTypes', tsArray([tsStr('AWS::ElasticLoadBalancingV2::Listener')])],
  ]);
  const tag = (key: string, value: string) =>
    tsExpr(
      tsCall(
        tsMember(tsCall('cdk.Tags.of', tsRef('app')), 'add'),
        tsStr(key),
        tsStr(value),
        options,
      ),
    );
  const name = plan.keyStore?.CustomKeyStoreName;
  return [
    tag(...managedByTag),
    ...(name === undefined ? [] : [tag(keyStoreTagKey, tagValue(name))]),
  ];
}

export function generateCdk(planned: Plan, given: ExportContext = {}): GeneratedFile[] {
  const context = cdkContext(planned, given);
  const { plan } = context;
  const vpc = context.connectivity === 'VPC_ENDPOINT_SERVICE';
  const crossAccount = context.endpointServiceOwner !== undefined;
  // An existing endpoint service (the plan names it) is used by its name: no network is built.
  const buildsNetwork = vpc && context.existingService === undefined;
  const networkStack = crossAccount && buildsNetwork;
  const localNetwork = buildsNetwork && !crossAccount;
  const title = plan.title === undefined ? '' : `: ${plan.title}`;
  const stacks: CdkStackInfo[] = [];
  const classes: TsStatement[] = [];
  const app: TsStatement[] = [tsConst('app', tsNew('cdk.App')), ...appTags(plan)];

  if (networkStack) {
    const network = new StackBuilder();
    network.add(...providerStatements(network, false));
    loadBalancerStatements(network, context);
    endpointServiceStatements(network, context);
    networkOutputs(network, context);
    classes.push(
      tsComment(`The VPC endpoint service side, in account ${context.endpointServiceOwner}.`),
      stackClass('XksNetworkStack', network),
      tsBlank,
    );
    stacks.push({
      className: 'XksNetworkStack',
      id: 'XksNetworkStack',
      account: context.endpointServiceOwner,
      parameters: network.requiredParameterIds,
    });
    app.push(
      tsConst(
        'networkStack',
        tsNew(
          'XksNetworkStack',
          tsRef('app'),
          id('XksNetworkStack'),
          stackProps(
            context.endpointServiceOwner,
            plan.region,
            `VPC endpoint service of an AWS KMS external key store (XKS Planner)${title}`,
          ),
        ),
      ),
    );
  }

  const main = new StackBuilder();
  main.add(...providerStatements(main, true));
  if (localNetwork) {
    loadBalancerStatements(main, context);
    endpointServiceStatements(main, context);
  }
  keyStoreStatements(main, context, localNetwork);
  keyStatements(main, context);
  alarmStatements(main, context);
  if (vpc && !networkStack) networkOutputs(main, context);
  keyStoreOutputs(main, context);
  const mainClass = networkStack ? 'XksKeyStoreStack' : 'XksStack';
  classes.push(
    ...(networkStack ? [tsComment(`The external key store, in the key store's account.`)] : []),
    stackClass(mainClass, main),
  );
  stacks.push({
    className: mainClass,
    id: mainClass,
    account: plan.accountId,
    parameters: main.requiredParameterIds,
  });
  const mainStack = tsNew(
    mainClass,
    tsRef('app'),
    id(mainClass),
    stackProps(plan.accountId, plan.region, `AWS KMS external key store (XKS Planner)${title}`),
  );
  app.push(networkStack ? tsConst('keyStoreStack', mainStack) : tsExpr(mainStack));
  if (networkStack) {
    app.push(
      tsComment('Deploy order only: the accounts differ, so no values cross between the stacks.'),
      tsExpr(tsCall('keyStoreStack.addDependency', tsRef('networkStack'))),
    );
  }

  const stackFile = withImports([
    tsComment('Generated by XKS Planner. See README.md for the deploy order and the secret.'),
    tsBlank,
    tsComment('Custom-resource handler (Node.js 22, AWS SDK v3 built in), inlined: no bundling.'),
    codeConst('onEventCode', onEventCode),
    codeConst('isCompleteCode', isCompleteCode),
    tsBlank,
    ...classes,
  ]);
  const appFile: TsStatement[] = [
    { kind: 'importNamespace', alias: 'cdk', module: 'aws-cdk-lib' },
    {
      kind: 'importNamed',
      names: stacks.map((stack) => stack.className),
      module: '../lib/xks-stack',
    },
    tsBlank,
    ...app,
  ];
  return [
    ...cdkProjectFiles(),
    { path: 'bin/app.ts', content: printTsFile(appFile) },
    { path: 'lib/xks-stack.ts', content: printTsFile(stackFile) },
    { path: 'README.md', content: cdkReadme(context, stacks) },
  ];
}
