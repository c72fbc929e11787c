import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

const instancesPath = ['proxy', 'instances'];
const targetsPath = ['loadBalancer', 'targetGroup', 'targets'];

export default defineRule<Plan, 'instance-not-target' | 'target-not-instance'>({
  id: 'vpc-targets-are-proxy-instances',
  target: 'plan',
  severity: 'error',
  title: 'The load balancer targets are the proxy instances',
  description:
    'With VPC endpoint service connectivity the targets of the load balancer are the private IP addresses of the proxy instances. When the two lists of the plan disagree, one of them is wrong: the load balancer forwards KMS requests to a host that is not a proxy, or a proxy that the plan counts on (for capacity and redundancy) never receives a request.',
  messages: {
    'instance-not-target': {
      message:
        'Proxy instance {{instance}} has the address {{address}}, which is not among the load balancer targets, so it never receives a KMS request although the plan counts on it.',
      fix: 'Register {{address}} as a target of the proxy target group, or correct the address of the proxy instance.',
    },
    'target-not-instance': {
      message:
        'The load balancer target {{address}} is not the address of any proxy instance in the plan, so the load balancer would forward KMS requests to a host the plan does not describe as a proxy.',
      fix: 'Use the address of a proxy instance as the target, or add the proxy instance with this address under {{/proxy/instances}}.',
    },
  },
  reads: [
    '/proxy/instances',
    '/proxy/instances/*/id',
    '/proxy/instances/*/ipAddress',
    '/loadBalancer/targetGroup/targets',
    '/loadBalancer/targetGroup/targets/*/ipAddress',
  ],
  requires: ['/proxy/instances', '/loadBalancer/targetGroup/targets'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html')],
  facts: ['VPC-TARGET-GROUP'],
  check(plan, { report, unknown }) {
    const instances = plan.proxy!.instances!;
    const targets = plan.loadBalancer!.targetGroup!.targets!;
    // Targets without an address are rows that vpc-no-empty-list-rows reports.
    const targetIndex = new Map<string, number>();
    targets.forEach((target, index) => {
      const address = target.ipAddress?.trim();
      if (address && !targetIndex.has(address)) targetIndex.set(address, index);
    });
    const instanceIndex = new Map<string, number>();
    const addressesNotStated: (string | number)[][] = [];
    instances.forEach((instance, index) => {
      const address = instance.ipAddress?.trim();
      if (!address) {
        addressesNotStated.push([...instancesPath, index, 'ipAddress']);
        return;
      }
      if (!instanceIndex.has(address)) instanceIndex.set(address, index);
      if (targetIndex.has(address)) return;
      report({
        messageId: 'instance-not-target',
        path: [...instancesPath, index, 'ipAddress'],
        relatedPaths: [targetsPath],
        data: { instance: instance.id?.trim() || `#${index + 1}`, address },
      });
    });
    // A target may be an instance whose address is not stated yet.
    if (addressesNotStated.length > 0) {
      unknown(addressesNotStated);
      return;
    }
    for (const [address, index] of targetIndex) {
      if (instanceIndex.has(address)) continue;
      report({
        messageId: 'target-not-instance',
        path: [...targetsPath, index, 'ipAddress'],
        relatedPaths: [instancesPath],
        data: { address },
      });
    }
  },
});
