/**
 * The input variables of a Terraform export and its `terraform.tfvars`. Every ID and address
 * (Region, account, VPC, subnets, proxy targets, endpoint service, certificate ARN, URI endpoint
 * and path, principals, external key IDs) is a typed variable, validated where AWS documents a
 * format; the value the plan states goes into terraform.tfvars, so main.tf names no environment.
 * A value the plan leaves unstated stays a variable without a default and without a tfvars value,
 * so `terraform plan` asks for it instead of the export inventing one. Names (of the store, the
 * topic, the load balancer) are written as literals when the plan states them.
 */
import type { KmsStringShape } from '../../aws/kms-api-formats';
import {
  attr,
  binary,
  block,
  call,
  comment,
  ref,
  str,
  type Attribute,
  type Block,
  type BodyItem,
  type Expression,
} from '../hcl/syntax';

export type VariableType = 'string' | 'number' | 'bool' | 'list(string)' | Expression;

export interface Validation {
  readonly condition: Expression;
  readonly message: string;
}

export interface VariableSpec {
  readonly name: string;
  readonly type: VariableType;
  readonly description: string;
  readonly default?: Expression;
  readonly sensitive?: boolean;
  readonly validation?: Validation;
}

function typeExpression(type: VariableType): Expression {
  if (typeof type !== 'string') return type;
  return type === 'list(string)' ? call('list', ref('string')) : ref(type);
}

/** `can(regex(...))` and the length limits of a KMS API string shape, for `value`. */
export function shapeCondition(shape: KmsStringShape, value: Expression): Expression {
  const length = call('length', value);
  const bounds = binary(
    binary(length, '>=', { kind: 'number', value: shape.min }),
    '&&',
    binary(length, '<=', { kind: 'number', value: shape.max }),
  );
  if (shape.pattern === undefined) return bounds;
  return binary(call('can', call('regex', str(shape.pattern), value)), '&&', bounds);
}

/** A validation that `var.<name>` has the format of a KMS API string shape. */
export function shapeValidation(name: string, shape: KmsStringShape): Validation {
  return {
    condition: shapeCondition(shape, ref('var', name)),
    message: `${name} must be ${shape.min} to ${shape.max} characters${shape.pattern === undefined ? '' : ` matching ${shape.pattern}`} (${shape.shape} of the AWS KMS API).`,
  };
}

/** A validation that `var.<name>` matches `pattern` (a Go regular expression). */
export function patternValidation(name: string, pattern: string, what: string): Validation {
  return {
    condition: call('can', call('regex', str(pattern), ref('var', name))),
    message: `${name} must be ${what} (matching ${pattern}).`,
  };
}

export class Variables {
  private readonly specs = new Map<string, VariableSpec>();
  private readonly values = new Map<string, Expression>();

  /** Declares a variable (once; the first declaration wins) and returns `var.<name>`. */
  declare(spec: VariableSpec): Expression {
    if (!this.specs.has(spec.name)) this.specs.set(spec.name, spec);
    return ref('var', spec.name);
  }

  /**
   * An ID or address: always `var.<name>`; the plan's value, when it states one, is written to
   * terraform.tfvars. Never for a secret.
   */
  input(spec: VariableSpec, value: Expression | undefined): Expression {
    if (!this.specs.has(spec.name) && value !== undefined) this.values.set(spec.name, value);
    return this.declare(spec);
  }

  /** A string ID or address: `input` of a string variable. */
  stringInput(
    value: string | undefined,
    name: string,
    description: string,
    validation?: Validation,
  ): Expression {
    return this.input(
      { name, type: 'string', description, ...(validation ? { validation } : {}) },
      value === undefined ? undefined : str(value),
    );
  }

  /** A name: the plan's string when stated, else a variable the user must set. */
  stringOr(value: string | undefined, name: string, description: string): Expression {
    return value === undefined ? this.declare({ name, type: 'string', description }) : str(value);
  }

  /** Variables without a default, in declaration order. */
  private get withoutDefault(): VariableSpec[] {
    return [...this.specs.values()].filter((spec) => spec.default === undefined);
  }

  /** Names of the variables neither a default nor terraform.tfvars sets: the user must. */
  get required(): string[] {
    return this.withoutDefault
      .filter((spec) => !this.values.has(spec.name))
      .map((spec) => spec.name);
  }

  blocks(): Block[] {
    return [...this.specs.values()].map((spec) => {
      const body: (Attribute | Block)[] = [
        attr('description', str(spec.description)),
        attr('type', typeExpression(spec.type)),
      ];
      if (spec.default !== undefined) body.push(attr('default', spec.default));
      if (spec.sensitive) body.push(attr('sensitive', { kind: 'bool', value: true }));
      if (spec.validation) {
        body.push(
          block(
            'validation',
            [],
            [
              attr('condition', spec.validation.condition),
              attr('error_message', str(spec.validation.message)),
            ],
          ),
        );
      }
      return block('variable', [spec.name], body);
    });
  }

  /** terraform.tfvars: the plan's values, then a commented line for each value still to set. */
  tfvars(): BodyItem[] {
    const stated = [...this.specs.keys()].flatMap((name) => {
      const value = this.values.get(name);
      return value === undefined ? [] : [attr(name, value)];
    });
    const items: BodyItem[] = [
      comment(
        'Values stated in the plan (XKS Planner). The proxy secret access key is never written',
        'here: pass it as TF_VAR_xks_proxy_secret_access_key.',
      ),
      ...stated,
    ];
    const unstated = this.required.filter((name) => name !== 'xks_proxy_secret_access_key');
    if (unstated.length > 0) {
      items.push(
        comment(
          'The plan does not state these; set them here (terraform plan asks otherwise):',
          ...unstated.map((name) => `${name} = ...`),
        ),
      );
    }
    return items;
  }
}
