/**
 * A plan at the size the planner is built for, for the benchmark: the VPC endpoint service example
 * with 50 keys and 9 other key stores in the Region (the default quota is 10 custom key stores).
 */
import { findExample } from '../../src/domain/plan/examples';
import type { Plan } from '../../src/domain/plan/plan-schema';

export function largePlan(keyCount = 50, otherStoreCount = 9): Plan {
  const base = findExample('vpc-endpoint-service-ready')!.document;
  const region = base.region ?? 'eu-central-1';
  const keys = Array.from({ length: keyCount }, (_, index) => ({
    XksKeyId: `customer-key-${index + 1}`,
    Description: `Customer data key ${index + 1}`,
    AliasName: `alias/customer-data-${index + 1}`,
    Tags: [
      { TagKey: 'data-class', TagValue: 'restricted' },
      { TagKey: 'owner', TagValue: `team-${(index % 5) + 1}` },
    ],
  }));
  const existingKeyStores = Array.from({ length: otherStoreCount }, (_, index) => ({
    CustomKeyStoreName: `other-xks-${index + 1}`,
    CustomKeyStoreType: 'EXTERNAL_KEY_STORE' as const,
    XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' as const,
    XksProxyUriEndpoint: `https://other-proxy-${index + 1}.xks.example.com`,
    XksProxyUriPath: '/kms/xks/v1',
    XksProxyVpcEndpointServiceName: `com.amazonaws.vpce.${region}.vpce-svc-0f${String(index + 1).padStart(15, '0')}`,
  }));
  return { ...base, title: `${base.title}, ${keyCount} keys`, keys, existingKeyStores };
}
