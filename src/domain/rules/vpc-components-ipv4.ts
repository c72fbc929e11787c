import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { isIpv4Literal } from './support/plan-readings';
import { guide } from './support/sources';

export default defineRule<
  Plan,
  | 'load-balancer-not-ipv4'
  | 'target-group-not-ipv4'
  | 'target-not-ipv4'
  | 'endpoint-service-not-ipv4'
>({
  id: 'vpc-components-ipv4',
  target: 'plan',
  severity: 'error',
  title: 'The load balancer, target group and endpoint service use IPv4 only',
  description:
    "KMS talks to an external key store proxy over IPv4 only. For VPC endpoint service connectivity every component must be IPv4: the network load balancer, its target group and targets, and the endpoint service's supported IP address types.",
  messages: {
    'load-balancer-not-ipv4': {
      message:
        '{{/loadBalancer/ipAddressType}} is {{value}}; the load balancer of an external key store must use the IP address type ipv4.',
      fix: 'Set the load balancer IP address type to IPv4.',
    },
    'target-group-not-ipv4': {
      message:
        '{{/loadBalancer/targetGroup/ipAddressType}} is {{value}}; KMS reaches the proxy over IPv4 only, so the target group must be IPv4.',
      fix: 'Create the target group with IP address type IPv4 (it cannot be changed on an existing target group).',
    },
    'target-not-ipv4': {
      message:
        'Target address {{value}} is not an IPv4 address; the proxy targets must be IPv4 addresses.',
      fix: 'Register the private IPv4 address of the proxy instance, e.g. 10.0.1.25.',
    },
    'endpoint-service-not-ipv4': {
      message:
        '{{/endpointService/supportedIpAddressTypes}} is {{value}}; the endpoint service of an external key store must support IPv4 only.',
      fix: 'Set the supported IP address types of the endpoint service to IPv4 only.',
    },
  },
  reads: [
    '/loadBalancer/ipAddressType',
    '/loadBalancer/targetGroup/ipAddressType',
    '/loadBalancer/targetGroup/targets/*/ipAddress',
    '/endpointService/supportedIpAddressTypes',
  ],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    guide('ipv6-kms.html'),
    guide('create-xks-keystore.html'),
  ],
  facts: ['VPC-IPV4', 'XKS-IPV4-ONLY'],
  check(plan, { report, unknown }) {
    const loadBalancer = plan.loadBalancer;
    const targetGroup = loadBalancer?.targetGroup;
    const ipTypes = plan.endpointService?.supportedIpAddressTypes;
    unknown([
      ...(loadBalancer?.ipAddressType === undefined ? [['loadBalancer', 'ipAddressType']] : []),
      ...(targetGroup?.ipAddressType === undefined
        ? [['loadBalancer', 'targetGroup', 'ipAddressType']]
        : []),
      ...(ipTypes === undefined ? [['endpointService', 'supportedIpAddressTypes']] : []),
    ]);
    // Targets without an address are rows the empty-row rule reports.
    if (loadBalancer?.ipAddressType !== undefined && loadBalancer.ipAddressType !== 'ipv4') {
      report({
        messageId: 'load-balancer-not-ipv4',
        path: ['loadBalancer', 'ipAddressType'],
        data: { value: loadBalancer.ipAddressType },
      });
    }
    if (targetGroup?.ipAddressType !== undefined && targetGroup.ipAddressType !== 'ipv4') {
      report({
        messageId: 'target-group-not-ipv4',
        path: ['loadBalancer', 'targetGroup', 'ipAddressType'],
        data: { value: targetGroup.ipAddressType },
      });
    }
    targetGroup?.targets?.forEach((target, index) => {
      if (target.ipAddress !== undefined && !isIpv4Literal(target.ipAddress.trim())) {
        report({
          messageId: 'target-not-ipv4',
          path: ['loadBalancer', 'targetGroup', 'targets', index, 'ipAddress'],
          data: { value: target.ipAddress },
        });
      }
    });
    if (
      ipTypes !== undefined &&
      (ipTypes.length === 0 || ipTypes.some((type) => type !== 'ipv4'))
    ) {
      report({
        messageId: 'endpoint-service-not-ipv4',
        path: ['endpointService', 'supportedIpAddressTypes'],
        data: { value: ipTypes.length === 0 ? 'empty' : ipTypes.join(', ') },
      });
    }
  },
});
