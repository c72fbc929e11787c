import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldOf, placeName, planFields } from './plan-fields';
import { planJsonSchema } from './plan-json-schema';

interface SchemaNode {
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly $ref?: string;
}

/** Every place the published JSON Schema lets a plan state, as pointer patterns. */
function schemaPatterns(node: SchemaNode, defs: Record<string, SchemaNode>, prefix = ''): string[] {
  const resolved = node.$ref ? defs[node.$ref.replace('#/$defs/', '')]! : node;
  const own = Object.entries(resolved.properties ?? {}).flatMap(([key, child]) => [
    `${prefix}/${key}`,
    ...schemaPatterns(child, defs, `${prefix}/${key}`),
  ]);
  const items = resolved.items ? schemaPatterns(resolved.items, defs, `${prefix}/*`) : [];
  return [...own, ...items];
}

describe('the plan field table', () => {
  it('names a step and a label for every place a plan can state', () => {
    const schema = planJsonSchema() as SchemaNode & { $defs?: Record<string, SchemaNode> };
    const known = new Set(planFields.map((entry) => entry.pattern));
    const unlisted = schemaPatterns(schema, schema.$defs ?? {}).filter(
      (pattern) => !['/$schema', '/version'].includes(pattern) && !known.has(pattern),
    );
    expect(unlisted).toEqual([]);
  });

  it('lists each place once', () => {
    const patterns = planFields.map((entry) => entry.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it.each([
    ['/vpc/subnets/1/availabilityZone', 'network', 'Subnet 2 Availability Zone'],
    ['/loadBalancer/targetGroup/targets/0', 'network', 'Target 1'],
    ['/keyStore/XksProxyConnectivity', 'connectivity', 'How KMS reaches the proxy'],
    ['/existingKeyStores', 'basics', 'Other custom key stores in this Region'],
    ['/operations/alarms/proxyLatency/threshold', 'operations', 'Proxy latency alarm threshold'],
  ])('%s is on %s as "%s"', (pointer, step, label) => {
    expect(fieldOf(pointer)).toMatchObject({ step, label });
  });

  it('falls back to the nearest known place, and to the whole plan', () => {
    expect(fieldOf('/vpc/unexpectedKey')).toEqual({ step: 'network', label: 'VPC settings' });
    expect(fieldLabel('/nonsense')).toBe('The whole plan');
    expect(fieldLabel('not a pointer')).toBe('The whole plan');
  });
});

describe('placeName', () => {
  it.each([
    ['/vpc/connectionToProxy', 'Network → How the VPC reaches the proxy'],
    ['/loadBalancer/subnetIds/0', 'Network → Load balancer subnet 1'],
    ['/operations/goLiveDate', 'Operations → Go-live date'],
    ['', 'The whole plan'],
  ])('names %j “%s”', (pointer, name) => {
    expect(placeName(pointer)).toBe(name);
  });
});
