import { describe, expect, it } from 'vitest';
import { checkPlan } from '../check/check-document';
import { valueAt } from '../engine/json-pointer';
import {
  derivationInputs,
  derivations,
  derivationSources,
  derivedWrites,
  recommendedThreshold,
} from './derivations';
import { examplePlans, findExample } from './examples';
import { fieldOf } from './plan-fields';
import type { Plan } from './plan-schema';

const ready = findExample('vpc-endpoint-service-ready')!.document;

describe('derivations', () => {
  it.each(['vpc-endpoint-service-ready', 'vpc-cross-account'])(
    'agree with the %s example in every place they fill',
    (id) => {
      const example = findExample(id)!.document;
      for (const derivation of derivations) {
        expect(derivation.applies(example), derivation.target).toBe(true);
        expect(derivation.value(example), derivation.target).toEqual(
          valueAt(example, derivation.target),
        );
      }
    },
  );

  it.each(examplePlans.map((example) => [example.id, example.document] as const))(
    'read only their sources: the %s example cut down to them derives the same',
    (_id, example) => {
      const inputs = derivationInputs(example);
      for (const derivation of derivations) {
        expect(derivation.applies(inputs), derivation.target).toBe(derivation.applies(example));
        expect(derivation.value(inputs), derivation.target).toEqual(derivation.value(example));
      }
      for (const pointer of Object.keys(inputs)) {
        expect(derivationSources.some((source) => source.startsWith(`/${pointer}`))).toBe(true);
      }
    },
  );

  it('copy their sources, so that a later change in place leaves the copy alone', () => {
    const plan = structuredClone(ready);
    const inputs = derivationInputs(plan);
    plan.vpc!.subnets![0]!.subnetId = 'subnet-changed';
    expect(inputs.vpc?.subnets?.[0]?.subnetId).toBe(ready.vpc?.subnets?.[0]?.subnetId);
  });

  it('fill only places the field table knows, from places it knows', () => {
    for (const derivation of derivations) {
      for (const pointer of [derivation.target, ...derivation.from])
        expect(fieldOf(pointer).label, pointer).not.toBe('The whole plan');
    }
  });

  it('write the endpoint where the private DNS name changes', () => {
    const plan: Plan = {
      version: 1,
      keyStore: { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' },
      endpointService: { privateDnsName: 'xks.example.com' },
    };
    const before: Plan = { ...plan, endpointService: {} };
    expect(derivedWrites(plan, '/endpointService/privateDnsName', before)).toContainEqual({
      target: '/keyStore/XksProxyUriEndpoint',
      value: 'https://xks.example.com',
    });
  });

  it('fill what AWS fixes once the connectivity is VPC, and nothing for a public endpoint', () => {
    const vpc: Plan = { version: 1, keyStore: { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' } };
    const targets = derivedWrites(vpc, '/keyStore/XksProxyConnectivity', { version: 1 }).map(
      (w) => w.target,
    );
    expect(targets).toEqual(
      expect.arrayContaining([
        '/keyStore/CustomKeyStoreType',
        '/loadBalancer/type',
        '/loadBalancer/scheme',
        '/endpointService/serviceType',
        '/endpointService/acceptanceRequired',
      ]),
    );
    const publicPlan: Plan = { version: 1, keyStore: { XksProxyConnectivity: 'PUBLIC_ENDPOINT' } };
    expect(derivedWrites(publicPlan, '/keyStore/XksProxyConnectivity', { version: 1 })).toEqual([
      { target: '/keyStore/CustomKeyStoreType', value: 'EXTERNAL_KEY_STORE' },
    ]);
  });

  it('leave an imported value that disagrees alone, even when its source changes, and its rule reports it', () => {
    const imported: Plan = {
      ...ready,
      keyStore: { ...ready.keyStore, XksProxyUriEndpoint: 'https://other.example.com' },
    };
    expect(derivedWrites(imported, '/title', imported)).toEqual([]);
    const renamed: Plan = {
      ...imported,
      endpointService: { ...imported.endpointService, privateDnsName: 'xks2.example.com' },
    };
    const writes = derivedWrites(renamed, '/endpointService/privateDnsName', imported);
    expect(writes.map((write) => write.target)).not.toContain('/keyStore/XksProxyUriEndpoint');
    const { findings } = checkPlan(imported, { now: new Date('2026-12-05T00:00:00Z') });
    expect(findings.map((finding) => finding.ruleId)).toContain(
      'vpc-endpoint-matches-private-dns-name',
    );
  });

  it('keep a proxy path of its own when the key store path changes, and follow it otherwise', () => {
    const own: Plan = { ...ready, proxy: { ...ready.proxy, uriPath: '/xks/kms/xks/v1' } };
    const moved = (plan: Plan): Plan => ({
      ...plan,
      keyStore: { ...plan.keyStore, XksProxyUriPath: '/finance/kms/xks/v1' },
    });
    expect(derivedWrites(moved(own), '/keyStore/XksProxyUriPath', own)).toEqual([]);
    expect(derivedWrites(moved(ready), '/keyStore/XksProxyUriPath', ready)).toEqual([
      { target: '/proxy/uriPath', value: '/finance/kms/xks/v1' },
    ]);
  });

  it('keep load-balancer subnets picked by hand when the VPC gains a subnet', () => {
    const picked: Plan = {
      ...ready,
      loadBalancer: { ...ready.loadBalancer, subnetIds: ['subnet-0aa11bb22cc33dd44'] },
    };
    const grown = (plan: Plan): Plan => ({
      ...plan,
      vpc: {
        ...plan.vpc,
        subnets: [...(plan.vpc?.subnets ?? []), { subnetId: 'subnet-0123456789abcdef0' }],
      },
    });
    expect(derivedWrites(grown(picked), '/vpc/subnets/2/subnetId', picked)).toEqual([]);
    expect(derivedWrites(grown(ready), '/vpc/subnets/2/subnetId', ready)).toEqual([
      {
        target: '/loadBalancer/subnetIds',
        value: [...(ready.loadBalancer?.subnetIds ?? []), 'subnet-0123456789abcdef0'],
      },
    ]);
  });

  it('derive the listener protocol from where TLS ends, and the target group protocol for pass-through', () => {
    const vpc: Plan = { version: 1, keyStore: { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' } };
    const at = (terminatesAt: 'proxy' | 'load-balancer'): Plan => ({
      ...vpc,
      tls: { terminatesAt },
    });
    expect(derivedWrites(at('proxy'), '/tls/terminatesAt', vpc)).toEqual(
      expect.arrayContaining([
        { target: '/loadBalancer/listener/protocol', value: 'TCP' },
        { target: '/loadBalancer/targetGroup/protocol', value: 'TCP' },
      ]),
    );
    const toBalancer = derivedWrites(at('load-balancer'), '/tls/terminatesAt', vpc);
    expect(toBalancer).toContainEqual({ target: '/loadBalancer/listener/protocol', value: 'TLS' });
    // Behind a TLS listener, re-encrypting to the proxy or not is the architect's choice.
    expect(toBalancer.map((write) => write.target)).not.toContain(
      '/loadBalancer/targetGroup/protocol',
    );
  });

  it('derive load-balancer targets from the proxy instances', () => {
    const plan: Plan = {
      version: 1,
      keyStore: { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' },
      proxy: {
        location: 'this-vpc',
        instances: [{ ipAddress: '10.0.1.5', availabilityZone: 'eu-west-1a' }, { id: 'no-ip' }],
      },
    };
    const before: Plan = { ...plan, proxy: { location: 'this-vpc' } };
    expect(derivedWrites(plan, '/proxy/instances/0/ipAddress', before)).toContainEqual({
      target: '/loadBalancer/targetGroup/targets',
      value: [{ ipAddress: '10.0.1.5', port: 443, availabilityZone: 'eu-west-1a' }],
    });
  });

  it("knows AWS's recommended alarm thresholds", () => {
    expect(recommendedThreshold('certificateDaysToExpire')).toBe(10);
    expect(recommendedThreshold('keyStoreThrottle')).toBeUndefined();
  });
});
