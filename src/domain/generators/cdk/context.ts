/**
 * What every part of the CDK export shares: the plan as exported, its connectivity and
 * cross-account owner, and the small construct helpers (IDs, durations, custom resources, outputs).
 */
import type { Plan } from '../../plan/plan-schema';
import { exportPlan, type ExportContext, type ExportOverride } from '../iac-model/export-plan';
import { networkModel, type NetworkModel } from '../iac-model/network';
import {
  connectivityOf,
  endpointServiceOwnerOf,
  existingEndpointServiceOf,
  type ExistingEndpointService,
  type IacConnectivity,
} from '../iac-model/topology';
import {
  tsCall,
  tsConst,
  tsExpr,
  tsMember,
  tsNew,
  tsNum,
  tsObject,
  tsRef,
  tsStr,
  tsThis,
  type TsExpression,
  type TsStatement,
} from '../typescript/syntax';

export interface CdkContext {
  /** The plan as every export builds it (iac-model/export-plan.ts). */
  readonly plan: Plan;
  /** Where that differs from the plan as stated. */
  readonly overrides: readonly ExportOverride[];
  readonly connectivity: IacConnectivity;
  /** The account that owns the VPC endpoint service, when it is not the key store's account. */
  readonly endpointServiceOwner: string | undefined;
  /** The endpoint service the plan names: used by its name, and no network is built for it. */
  readonly existingService: ExistingEndpointService | undefined;
  /** The load balancer side of VPC endpoint service connectivity, as every export builds it. */
  readonly network: NetworkModel;
}

export interface CdkStackInfo {
  readonly className: string;
  readonly id: string;
  readonly account: string | undefined;
  /** Parameters without a default, which `cdk deploy` must be given. */
  readonly parameters: readonly string[];
}

export const id = (text: string) => tsStr(text);
export const scope = tsThis;
export const duration = (unit: 'seconds' | 'minutes' | 'hours', amount: number) =>
  tsCall(`cdk.Duration.${unit}`, tsNum(amount));

export const pascal = (snake: string) =>
  snake
    .split('_')
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
export const camel = (snake: string) => {
  const text = pascal(snake);
  return text.charAt(0).toLowerCase() + text.slice(1);
};

export function customResource(
  name: string,
  constructId: string,
  resourceType: string,
  properties: TsExpression,
  retain = false,
): TsStatement {
  return tsConst(
    name,
    tsNew(
      'cdk.CustomResource',
      scope,
      id(constructId),
      tsObject([
        ['serviceToken', tsRef('provider.serviceToken')],
        ['resourceType', tsStr(resourceType)],
        retain ? ['removalPolicy', tsRef('cdk.RemovalPolicy.RETAIN')] : undefined,
        ['properties', properties],
      ]),
    ),
  );
}

export const dependsOn = (name: string, on: string) =>
  tsExpr(tsCall(tsMember(tsRef(`${name}.node`), 'addDependency'), tsRef(on)));

export const output = (constructId: string, value: TsExpression, description: string) =>
  tsExpr(
    tsNew(
      'cdk.CfnOutput',
      scope,
      id(constructId),
      tsObject([
        ['value', value],
        ['description', tsStr(description)],
      ]),
    ),
  );

export function cdkContext(planned: Plan, given: ExportContext = {}): CdkContext {
  const { plan, overrides } = exportPlan(planned, given);
  return {
    plan,
    overrides,
    connectivity: connectivityOf(plan),
    endpointServiceOwner: endpointServiceOwnerOf(plan),
    existingService: existingEndpointServiceOf(plan),
    network: networkModel(plan),
  };
}
