/**
 * The conditions a checklist item may declare besides its connectivity (`ChecklistWhen`): for each,
 * when it holds (for docs/rules.md) and, for a plan that states otherwise, why the item is left out.
 * A plan that does not state the deciding fact keeps the item, as rules stay unknown, not pass.
 */
import type { Plan } from '../../plan/plan-schema';
import { existingExternalKeyStores, sameEndpoint } from '../../rules/support/key-store-existing';
import { isSampleProxy } from '../../rules/support/sample-proxy';
import { serverCertificate } from '../../rules/support/tls-certificate';
import type { ChainAnalysis } from '../../tls/chain-types';
import type { ChecklistWhen } from './types';

interface Condition {
  /** When the item applies, for the documentation: "mutual TLS is on, or not stated". */
  readonly description: string;
  /**
   * Why the plan leaves the item out, or undefined when the item applies (or is not known not to).
   * `chain` is the analysis of the plan's pasted certificate chain, which the rules judged.
   */
  leftOutBecause(plan: Plan, chain: ChainAnalysis | undefined): string | undefined;
}

export const checklistConditions: { readonly [K in keyof ChecklistWhen]-?: Condition } = {
  mtls: {
    description: 'mutual TLS is on, or not stated',
    leftOutBecause: (plan) =>
      plan.proxy?.mtls?.enabled === false ? 'mutual TLS is off in this plan' : undefined,
  },
  proxy: {
    description: 'the proxy is the AWS sample proxy, or not named',
    leftOutBecause: (plan) =>
      isSampleProxy(plan) === false
        ? `the proxy is ${[plan.proxy?.vendor, plan.proxy?.product].filter(Boolean).join(' ')}, not the AWS sample proxy`
        : undefined,
  },
  certificate: {
    description: 'the certificate CN is a wildcard, or not stated',
    leftOutBecause: (plan, chain) => {
      // The chain's server certificate when there is one: the typed fields may name an older one.
      const commonName = serverCertificate(plan, chain).subjectCommonName;
      return commonName !== undefined && !commonName.trim().startsWith('*')
        ? 'the server certificate is not a wildcard certificate'
        : undefined;
    },
  },
  conformance: {
    description: 'the AWS XKS proxy test client has not passed yet, or it is not stated',
    leftOutBecause: (plan) =>
      plan.proxy?.conformanceTested === true
        ? 'the AWS XKS proxy test client already passed against the proxy'
        : undefined,
  },
  endpoint: {
    description:
      'an existing key store of the Region uses the same endpoint, or the existing stores are not stated',
    leftOutBecause: (plan) => {
      const endpoint = plan.keyStore?.XksProxyUriEndpoint;
      if (plan.existingKeyStores === undefined || endpoint === undefined) return undefined;
      const shared = existingExternalKeyStores(plan, 'region').some(
        ({ store }) =>
          store.XksProxyUriEndpoint !== undefined &&
          sameEndpoint(store.XksProxyUriEndpoint, endpoint),
      );
      return shared ? undefined : 'no other key store of the Region uses this proxy endpoint';
    },
  },
  healthCheck: {
    description:
      'the proxy is not the AWS sample proxy behind the VPC load balancer (rule vpc-target-group-health-check judges that one)',
    leftOutBecause: (plan) =>
      plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE' && isSampleProxy(plan) === true
        ? 'rule vpc-target-group-health-check judges the AWS sample proxy’s health check'
        : undefined,
  },
};

/** When an item with these conditions applies, in words: "mutual TLS is on, or not stated". */
export function describeChecklistWhen(when: ChecklistWhen): string {
  return (Object.keys(when) as (keyof ChecklistWhen)[])
    .map((key) => checklistConditions[key].description)
    .join('; and ');
}
