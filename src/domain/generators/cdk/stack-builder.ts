/**
 * Collects the statements of one stack's constructor. Values the plan leaves unstated become
 * CloudFormation parameters (declared once, printed first), so deploying asks for them instead of
 * the export inventing them. No parameter ever holds the proxy's secret: the secret stays in
 * Secrets Manager and only its ARN is a parameter.
 */
import {
  tsConst,
  tsMember,
  tsNew,
  tsObject,
  tsRef,
  tsStr,
  tsThis,
  type TsExpression,
  type TsStatement,
} from '../typescript/syntax';

export type ParameterType =
  | 'String'
  | 'Number'
  | 'AWS::EC2::VPC::Id'
  | 'List<AWS::EC2::Subnet::Id>'
  | 'AWS::Route53::HostedZone::Id';

export interface ParameterSpec {
  /** Logical ID, PascalCase, e.g. `VpcId`. */
  readonly id: string;
  readonly type: ParameterType;
  readonly description: string;
  readonly default?: string;
  readonly allowedPattern?: string;
}

/** The one parameter about the secret: its ARN in Secrets Manager, never its value. */
export const secretParameterId = 'XksProxyCredentialArn';

const camel = (id: string) => id.charAt(0).toLowerCase() + id.slice(1);

export class StackBuilder {
  private readonly parameters = new Map<string, ParameterSpec>();
  readonly body: TsStatement[] = [];

  /** Declares a parameter (once) and returns the TypeScript variable that holds it. */
  parameter(spec: ParameterSpec): TsExpression {
    if (!this.parameters.has(spec.id)) this.parameters.set(spec.id, spec);
    return tsRef(`${camel(spec.id)}Parameter`);
  }

  /**
   * The parameter's value as a string (`<parameter>.valueAsString`): a token CloudFormation fills
   * at deploy time, which the stack's properties take where they expect a string.
   */
  parameterString(spec: ParameterSpec): TsExpression {
    return tsMember(this.parameter(spec), 'valueAsString');
  }

  /** The plan's string when stated, else a String parameter. */
  stringOr(value: string | undefined, id: string, description: string): TsExpression {
    return value === undefined
      ? this.parameterString({ id, type: 'String', description })
      : tsStr(value);
  }

  add(...statements: TsStatement[]): void {
    this.body.push(...statements);
  }

  /** Parameters without a default: the deploy command must give them. */
  get requiredParameterIds(): string[] {
    return [...this.parameters.values()].filter((p) => p.default === undefined).map((p) => p.id);
  }

  /** `const xParameter = new cdk.CfnParameter(this, "X", {...});` for every parameter. */
  parameterStatements(): TsStatement[] {
    return [...this.parameters.values()].map((spec) =>
      tsConst(
        `${camel(spec.id)}Parameter`,
        tsNew(
          'cdk.CfnParameter',
          tsThis,
          tsStr(spec.id),
          tsObject([
            ['type', tsStr(spec.type)],
            ['description', tsStr(spec.description)],
            spec.default === undefined ? undefined : ['default', tsStr(spec.default)],
            spec.allowedPattern === undefined
              ? undefined
              : ['allowedPattern', tsStr(spec.allowedPattern)],
          ]),
        ),
      ),
    );
  }
}
