/**
 * The input variables of a Terraform export. A value the plan states is written as a literal; a
 * value it leaves unstated becomes a variable without a default, so `terraform plan` asks for it
 * instead of the export inventing one.
 */
import {
  attr,
  block,
  call,
  ref,
  str,
  type Attribute,
  type Block,
  type Expression,
} from '../hcl/syntax';

export type VariableType = 'string' | 'number' | 'bool' | 'list(string)';

export interface VariableSpec {
  readonly name: string;
  readonly type: VariableType;
  readonly description: string;
  readonly default?: Expression;
  readonly sensitive?: boolean;
  readonly validation?: { readonly condition: Expression; readonly message: string };
}

function typeExpression(type: VariableType): Expression {
  return type === 'list(string)' ? call('list', ref('string')) : ref(type);
}

export class Variables {
  private readonly specs = new Map<string, VariableSpec>();

  /** Declares a variable (once; the first declaration wins) and returns `var.<name>`. */
  declare(spec: VariableSpec): Expression {
    if (!this.specs.has(spec.name)) this.specs.set(spec.name, spec);
    return ref('var', spec.name);
  }

  /** The plan's string when stated, else a variable the user must set. */
  stringOr(value: string | undefined, name: string, description: string): Expression {
    return value === undefined ? this.declare({ name, type: 'string', description }) : str(value);
  }

  /** Names of the variables that have no default, in declaration order. */
  get required(): string[] {
    return [...this.specs.values()].filter((spec) => spec.default === undefined).map((s) => s.name);
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
}
