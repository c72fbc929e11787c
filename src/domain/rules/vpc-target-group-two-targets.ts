import { counted } from '../check/verdict';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

export default defineRule<Plan, 'single-target'>({
  id: 'vpc-target-group-two-targets',
  target: 'plan',
  severity: 'warning',
  title: 'The target group has at least two proxy hosts',
  description:
    'The KMS guide asks for a target group "with at least two hosts" for the proxy. With one host, any restart or failure of that host makes every KMS key in the store unusable until it is back.',
  messages: {
    'single-target': {
      message:
        '{{/loadBalancer/targetGroup/targets}} lists {{count}}; the KMS guide asks for at least two, so one failure does not stop the key store.',
      fix: 'Register at least two proxy hosts, ideally in different Availability Zones or sites.',
    },
  },
  reads: ['/loadBalancer/targetGroup/targets', '/loadBalancer/targetGroup/targets/*/ipAddress'],
  requires: ['/loadBalancer/targetGroup/targets'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html')],
  facts: ['VPC-TARGET-COUNT'],
  check(plan, { report, unknown }) {
    const targets = plan.loadBalancer!.targetGroup!.targets!;
    // The same address on two ports is still one host.
    const addresses = new Set(targets.flatMap((target) => target.ipAddress?.trim() || []));
    const count = addresses.size;
    const withoutAddress = targets.flatMap((target, index) =>
      target.ipAddress?.trim()
        ? []
        : [['loadBalancer', 'targetGroup', 'targets', index, 'ipAddress']],
    );
    // Targets without an address may be further hosts; vpc-no-empty-list-rows reports the rows.
    if (count < 2 && count + withoutAddress.length >= 2) unknown(withoutAddress);
    else if (count < 2) {
      report({
        messageId: 'single-target',
        path: ['loadBalancer', 'targetGroup', 'targets'],
        data: { count: counted(count, 'proxy host') },
      });
    }
  },
});
