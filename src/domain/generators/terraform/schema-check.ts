/**
 * Checks Terraform JSON (what HCL parses into, e.g. with `@cdktn/hcl2json`) against the hashicorp/aws
 * provider schema subset: every resource and data source type, argument and nested block exists,
 * every required argument is present, no computed-only attribute is set, and every reference
 * names something declared (a resource, data source, variable or local, and an attribute the
 * schema lists). Returns the problems as readable lines; none means the configuration passes.
 */
import {
  findTerraformType,
  type TerraformSchemaKind,
  type TerraformTypeSchema,
} from '../../aws/terraform-provider-schema';

type Json = unknown;
type JsonObject = Record<string, Json>;

const metaArguments: Record<TerraformSchemaKind, ReadonlySet<string>> = {
  resource: new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner']),
  data: new Set(['count', 'for_each', 'depends_on', 'provider']),
};
const lifecycleArguments = new Set([
  'prevent_destroy',
  'create_before_destroy',
  'ignore_changes',
  'replace_triggered_by',
  'precondition',
  'postcondition',
]);

/**
 * Attributes the provider computes: the schema subset lists them beside the settable ones, so
 * they are denied by name. Generic ones apply to every type.
 */
const computedEverywhere = ['arn', 'id', 'tags_all'];
const computedByType: Readonly<Record<string, readonly string[]>> = {
  aws_lb: ['arn_suffix', 'dns_name', 'zone_id', 'vpc_id'],
  aws_lb_target_group: ['arn_suffix', 'load_balancer_arns'],
  aws_lb_listener: [],
  aws_vpc_endpoint_service: [
    'availability_zones',
    'base_endpoint_dns_names',
    'manages_vpc_endpoints',
    'private_dns_name_configuration',
    'service_name',
    'service_type',
    'state',
  ],
  aws_kms_key: ['key_id'],
  aws_kms_alias: ['target_key_arn'],
  aws_route53_record: ['fqdn'],
  aws_sns_topic: ['owner', 'beginning_archive_time'],
};

/** Terraform's built-in resource (terraform.io/builtin/terraform), which no provider schema lists. */
const builtinResources: Readonly<Record<string, TerraformTypeSchema>> = {
  terraform_data: {
    arguments: {
      input: { block: false, required: false },
      triggers_replace: { block: false, required: false },
      output: { block: false, required: false },
      id: { block: false, required: false },
    },
    blocks: {},
  },
};
const computedBuiltin: Readonly<Record<string, readonly string[]>> = { terraform_data: ['output'] };

function schemaOf(kind: TerraformSchemaKind, type: string): TerraformTypeSchema | undefined {
  return kind === 'resource' && Object.hasOwn(builtinResources, type)
    ? builtinResources[type]
    : findTerraformType(kind, type);
}

function isObject(value: Json): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `{ type: { name: [body] } }` → [type, name, body] triples. */
function instances(section: Json): [string, string, JsonObject][] {
  if (!isObject(section)) return [];
  return Object.entries(section).flatMap(([type, byName]) =>
    isObject(byName)
      ? Object.entries(byName).flatMap(([name, bodies]) =>
          (Array.isArray(bodies) ? bodies : [bodies])
            .filter(isObject)
            .map((body) => [type, name, body] as [string, string, JsonObject]),
        )
      : [],
  );
}

function checkNestedBlock(
  where: string,
  name: string,
  value: Json,
  fields: Readonly<Record<string, { readonly required: boolean }>>,
  problems: string[],
): void {
  const bodies = Array.isArray(value) ? value : [value];
  for (const body of bodies) {
    if (!isObject(body)) {
      problems.push(`${where}: "${name}" must be a block`);
      continue;
    }
    for (const key of Object.keys(body)) {
      if (!Object.hasOwn(fields, key)) problems.push(`${where}: unknown argument "${name}.${key}"`);
    }
    for (const [field, spec] of Object.entries(fields)) {
      if (spec.required && !(field in body)) {
        problems.push(`${where}: missing required "${name}.${field}"`);
      }
    }
  }
}

function checkBody(
  kind: TerraformSchemaKind,
  type: string,
  name: string,
  body: JsonObject,
  schema: TerraformTypeSchema,
  problems: string[],
): void {
  const where = `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
  const computed = new Set([
    ...computedEverywhere,
    ...(computedByType[type] ?? []),
    ...(computedBuiltin[type] ?? []),
  ]);
  for (const [key, value] of Object.entries(body)) {
    if (metaArguments[kind].has(key)) {
      if (key === 'lifecycle') {
        for (const lifecycle of Array.isArray(value) ? value : [value]) {
          for (const argument of isObject(lifecycle) ? Object.keys(lifecycle) : []) {
            if (!lifecycleArguments.has(argument)) {
              problems.push(`${where}: unknown lifecycle argument "${argument}"`);
            }
          }
        }
      }
      continue;
    }
    const argument = Object.hasOwn(schema.arguments, key) ? schema.arguments[key] : undefined;
    if (argument === undefined) {
      problems.push(`${where}: unknown argument "${key}"`);
      continue;
    }
    if (kind === 'resource' && computed.has(key)) {
      problems.push(`${where}: "${key}" is computed by the provider and cannot be set`);
    }
    const nested = Object.hasOwn(schema.blocks, key) ? schema.blocks[key] : undefined;
    if (argument.block && nested !== undefined) {
      checkNestedBlock(where, key, value, nested, problems);
    }
  }
  for (const [key, argument] of Object.entries(schema.arguments)) {
    if (argument.required && !(key in body)) problems.push(`${where}: missing required "${key}"`);
  }
}

function strings(value: Json, found: string[]): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, found);
  else if (isObject(value)) for (const item of Object.values(value)) strings(item, found);
  return found;
}

/** The expressions inside `${...}` (an escaped `$${` is literal text, not an interpolation). */
function interpolations(text: string): string[] {
  return [...text.matchAll(/(?<!\$)\$\{([^}]*)\}/g)].map((match) => match[1]!);
}

const traversalPattern =
  /(?<![\w.])(data\.)?(aws_[a-z0-9_]+)\.([a-z0-9_]+)(?:\[\d+\])?(?:\.([a-z0-9_]+))?|(?<![\w.])(var|local)\.([a-z0-9_]+)/g;

function checkReferences(document: JsonObject, problems: string[]): void {
  const declared = {
    resource: new Set(instances(document.resource).map(([type, name]) => `${type}.${name}`)),
    data: new Set(instances(document.data).map(([type, name]) => `${type}.${name}`)),
    var: new Set(isObject(document.variable) ? Object.keys(document.variable) : []),
    local: new Set(
      (Array.isArray(document.locals) ? document.locals : [document.locals])
        .filter(isObject)
        .flatMap((locals) => Object.keys(locals)),
    ),
  };
  for (const text of strings(document, [])) {
    for (const expression of interpolations(text)) {
      for (const match of expression.matchAll(traversalPattern)) {
        const [, dataPrefix, type, name, attribute, root, member] = match;
        if (root !== undefined) {
          if (!declared[root as 'var' | 'local'].has(member!)) {
            problems.push(`reference to undeclared ${root}.${member}`);
          }
          continue;
        }
        const kind: TerraformSchemaKind = dataPrefix ? 'data' : 'resource';
        if (!declared[kind].has(`${type}.${name}`)) {
          problems.push(`reference to undeclared ${dataPrefix ?? ''}${type}.${name}`);
          continue;
        }
        const schema = findTerraformType(kind, type!);
        if (attribute !== undefined && schema && !Object.hasOwn(schema.arguments, attribute)) {
          problems.push(
            `reference to unknown attribute ${dataPrefix ?? ''}${type}.${name}.${attribute}`,
          );
        }
      }
    }
  }
}

export function checkTerraformJson(document: JsonObject): string[] {
  const problems: string[] = [];
  for (const kind of ['resource', 'data'] as const) {
    for (const [type, name, body] of instances(document[kind])) {
      const schema = schemaOf(kind, type);
      if (schema === undefined) problems.push(`unknown ${kind} type "${type}"`);
      else checkBody(kind, type, name, body, schema, problems);
    }
  }
  checkReferences(document, problems);
  return problems;
}
