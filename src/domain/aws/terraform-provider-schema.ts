/**
 * Argument and nested-block names of the hashicorp/aws resources and data sources an XKS
 * Terraform export uses, with their required flags. Derived from roman-mazur/cuetf providers/aws
 * (generated from the hashicorp/aws ~6.57 provider schema, MIT licence) via
 * `../shared/terraform/aws-provider-schema-subset.json`; `scripts/terraform-schema.test.ts`
 * proves the copy is current. Computed attributes (`arn`, `id`, `tags_all`, ...) are listed as
 * arguments too: the schema does not say which names are settable.
 */
import schemaJson from './terraform-provider-schema.json' with { type: 'json' };

export interface TerraformArgument {
  /** Whether the name is a nested block rather than an attribute. */
  readonly block: boolean;
  readonly required: boolean;
}

export interface TerraformTypeSchema {
  readonly arguments: Readonly<Record<string, TerraformArgument>>;
  /** The fields of each nested block, one level deep. */
  readonly blocks: Readonly<
    Record<string, Readonly<Record<string, { readonly required: boolean }>>>
  >;
}

export interface TerraformProviderSchema {
  readonly resource: Readonly<Record<string, TerraformTypeSchema>>;
  readonly data: Readonly<Record<string, TerraformTypeSchema>>;
  readonly source: string;
}

export const terraformProviderSchema: TerraformProviderSchema = schemaJson;

export type TerraformSchemaKind = 'resource' | 'data';

export function findTerraformType(
  kind: TerraformSchemaKind,
  type: string,
): TerraformTypeSchema | undefined {
  return Object.hasOwn(terraformProviderSchema[kind], type)
    ? terraformProviderSchema[kind][type]
    : undefined;
}
