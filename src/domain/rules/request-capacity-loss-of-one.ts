import { defineRule } from '../engine/define-rule';
import { assessLatencyAndCapacity, type FleetLoad } from '../latency/latency-and-capacity';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

const fleets = {
  proxy: {
    name: 'the proxy fleet',
    path: ['proxy', 'maxRequestsPerSecond'],
    instancesPath: ['proxy', 'instances'],
  },
  'key manager': {
    name: 'the external key manager',
    path: ['externalKeyManager', 'maxRequestsPerSecond'],
    instancesPath: ['externalKeyManager', 'instances'],
  },
} as const;

export default defineRule<Plan, 'short-after-loss'>({
  id: 'request-capacity-loss-of-one',
  target: 'plan',
  severity: 'warning',
  title: 'The proxy and key manager carry the peak with one instance lost',
  description:
    'AWS recommends at least two proxy hosts and two key manager instances so that one can fail or be serviced without an outage. That only helps if the remaining instances can carry the traffic: assuming the stated capacity is spread evenly over the instances, losing one leaves (n − 1) / n of it, and requests beyond it time out or are throttled.',
  messages: {
    'short-after-loss': {
      message:
        'With one of its {{instances}} instances lost, {{component}} keeps about {{remaining}} of its {{capacity}} requests per second (about {{perInstance}} per instance), less than the expected peak of {{peak}}; during an outage or maintenance of one instance, requests time out or are throttled.',
      fix: 'Add an instance or size each so that {{survivors}} instances carry {{peak}} requests per second (about {{needed}} each), or confirm that a lower peak during maintenance is acceptable.',
    },
  },
  reads: [
    '/traffic/peakRequestsPerSecond',
    '/proxy/maxRequestsPerSecond',
    '/proxy/instances',
    '/loadBalancer/targetGroup/targets',
    '/externalKeyManager/maxRequestsPerSecond',
    '/externalKeyManager/instances',
  ],
  appliesTo: 'all',
  sources: [guide('create-xks-keystore.html#xks-requirements'), guide('vpc-connectivity.html')],
  facts: ['XKS-EKM-COUNT', 'XKS-EKM-CAPACITY'],
  check(plan, { report, unknown }) {
    const { capacity } = assessLatencyAndCapacity(plan);
    const peak = capacity.peakRps;
    if (peak === undefined) {
      unknown([['traffic', 'peakRequestsPerSecond']]);
      return;
    }
    const check = (fleet: FleetLoad) => {
      const afterLoss = fleet.afterLossOfOne;
      const { name, path, instancesPath } = fleets[fleet.component];
      unknown([
        ...(fleet.capacityRps === undefined ? [path] : []),
        ...(fleet.instances === 0 ? [instancesPath] : []),
      ]);
      // Capacity below the peak with every instance up is request-capacity's finding.
      if (fleet.capacityRps === undefined || fleet.capacityRps < peak) return;
      if (!afterLoss || afterLoss.carriesPeak !== false) return;
      report({
        messageId: 'short-after-loss',
        path,
        data: {
          component: name,
          instances: fleet.instances,
          capacity: fleet.capacityRps,
          remaining: Math.floor(afterLoss.capacityRps!),
          perInstance: Math.floor(fleet.perInstanceCapacityRps!),
          peak,
          survivors: afterLoss.instances,
          needed: Math.ceil(peak / afterLoss.instances),
        },
      });
    };
    check(capacity.proxy);
    check(capacity.keyManager);
  },
});
