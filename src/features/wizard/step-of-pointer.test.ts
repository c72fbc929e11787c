import { describe, expect, it } from 'vitest';
import { allRules } from '@/domain/rules';
import { stepOfPointer } from './step-of-pointer';

describe('stepOfPointer', () => {
  it.each([
    ['/keyStore/XksProxyConnectivity', 'connectivity'],
    ['/proxy/location', 'connectivity'],
    ['/region', 'basics'],
    ['/keyStore/XksProxyUriPath', 'basics'],
    ['/keyStore/XksProxyAuthenticationCredential/RawSecretAccessKey', 'basics'],
    ['/keyStore/XksProxyVpcEndpointServiceName', 'network'],
    ['/loadBalancer/targetGroup/targets/0/port', 'network'],
    ['/publicEndpoint/ipv4Addresses', 'network'],
    ['/tls/certificate/notAfter', 'tls'],
    ['/externalKeyManager/instances', 'proxy'],
    ['/proxy/cipherSuites', 'proxy'],
    ['/keys/3/XksKeyId', 'keys'],
    ['/existingKeyStores', 'basics'],
    ['/existingKeyStores/0/CustomKeyStoreName', 'operations'],
    ['/operations/alarms/proxyLatency/threshold', 'operations'],
    ['', 'basics'],
  ])('puts %s on the %s step', (pointer, step) => {
    expect(stepOfPointer(pointer)).toBe(step);
  });

  it('never sends a finding to the start, review or export step', () => {
    const readPaths = allRules.flatMap((rule) => rule.reads);
    for (const pointer of readPaths)
      expect(['start', 'review', 'export']).not.toContain(stepOfPointer(pointer));
  });
});
