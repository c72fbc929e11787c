import { describe, expect, it } from 'vitest';
import { allRules } from '@/domain/rules';
import { findingTouchesStep, stepOfPointer } from './step-of-pointer';

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

describe('findingTouchesStep', () => {
  const finding = (path: string, relatedPaths?: string[]) => ({
    ruleId: 'a-rule',
    severity: 'error' as const,
    path,
    ...(relatedPaths ? { relatedPaths } : {}),
    messageId: 'wrong',
    message: 'wrong',
    fix: 'fix it',
    sources: [],
  });

  it('puts a finding on the steps of its related places too', () => {
    const mismatch = finding('/keyStore/XksProxyUriPath', ['/proxy/uriPath']);
    expect(findingTouchesStep(mismatch, 'basics')).toBe(true);
    expect(findingTouchesStep(mismatch, 'proxy')).toBe(true);
    expect(findingTouchesStep(mismatch, 'network')).toBe(false);
  });

  it('shows the other key stores on basics (the statement) and operations (the list)', () => {
    expect(findingTouchesStep(finding('/existingKeyStores'), 'basics')).toBe(true);
    expect(findingTouchesStep(finding('/existingKeyStores'), 'operations')).toBe(true);
  });
});
