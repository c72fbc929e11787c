import { describe, expect, it } from 'vitest';
import { checkPlan } from '../check/check-document';
import { valueAt } from '../engine/json-pointer';
import { derivations, derivedWrites, recommendedThreshold } from './derivations';
import { findExample } from './examples';
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
    expect(derivedWrites(plan, '/endpointService/privateDnsName')).toContainEqual({
      target: '/keyStore/XksProxyUriEndpoint',
      value: 'https://xks.example.com',
    });
  });

  it('fill what AWS fixes once the connectivity is VPC, and nothing for a public endpoint', () => {
    const vpc: Plan = { version: 1, keyStore: { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' } };
    const targets = derivedWrites(vpc, '/keyStore/XksProxyConnectivity').map((w) => w.target);
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
    expect(derivedWrites(publicPlan, '/keyStore/XksProxyConnectivity')).toEqual([
      { target: '/keyStore/CustomKeyStoreType', value: 'EXTERNAL_KEY_STORE' },
    ]);
  });

  it('leave an imported value that disagrees alone until its source changes, and its rule reports it', () => {
    const imported: Plan = {
      ...ready,
      keyStore: { ...ready.keyStore, XksProxyUriEndpoint: 'https://other.example.com' },
    };
    expect(derivedWrites(imported, '/title')).toEqual([]);
    const { findings } = checkPlan(imported, { now: new Date('2026-12-05T00:00:00Z') });
    expect(findings.map((finding) => finding.ruleId)).toContain(
      'vpc-endpoint-matches-private-dns-name',
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
    expect(derivedWrites(plan, '/proxy/instances/0/ipAddress')).toContainEqual({
      target: '/loadBalancer/targetGroup/targets',
      value: [{ ipAddress: '10.0.1.5', port: 443, availabilityZone: 'eu-west-1a' }],
    });
  });

  it("knows AWS's recommended alarm thresholds", () => {
    expect(recommendedThreshold('certificateDaysToExpire')).toBe(10);
    expect(recommendedThreshold('keyStoreThrottle')).toBeUndefined();
  });
});
