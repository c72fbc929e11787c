import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';
import { describeProtocolChoice, listenerProtocolsFor } from './support/vpc-tls-termination';

const path = ['loadBalancer'];

export default defineRule<
  Plan,
  | 'not-network'
  | 'not-internal'
  | 'listener-protocol'
  | 'listener-port'
  | 'no-certificate'
  | 'not-active'
>({
  id: 'vpc-network-load-balancer',
  target: 'plan',
  severity: 'error',
  title: 'The load balancer is an internal network load balancer listening on 443',
  description:
    'A VPC endpoint service for an external key store must front an internal Network Load Balancer whose listener on port 443 forwards to the proxy target group (TCP, or TLS when TLS terminates at the load balancer). Application and Gateway Load Balancers are refused, and the load balancer must be active before it can be chosen for the endpoint service.',
  messages: {
    'not-network': {
      message:
        '{{/loadBalancer/type}} is {{value}}; an endpoint service for an external key store must use a Network Load Balancer, and KMS rejects the service otherwise.',
      fix: 'Create a Network Load Balancer for the proxy.',
    },
    'not-internal': {
      message:
        '{{/loadBalancer/scheme}} is {{value}}; KMS reaches the proxy privately through the endpoint service, so the load balancer must be internal.',
      fix: 'Create the load balancer with the scheme "Internal" (the scheme cannot be changed later).',
    },
    'listener-protocol': {
      message: '{{/loadBalancer/listener/protocol}} is {{value}}; it must be {{allowed}}.',
      fix: 'Use a {{allowed}} listener on port 443 that forwards to the proxy target group.',
    },
    'listener-port': {
      message:
        '{{/loadBalancer/listener/port}} is {{value}}; KMS always connects on port 443, so the listener must be on 443.',
      fix: 'Create the listener on port 443.',
    },
    'no-certificate': {
      message:
        'The listener uses TLS but {{/loadBalancer/listener/certificateArn}} is not stated; a TLS listener needs a certificate for the private DNS name.',
      fix: 'Attach an ACM certificate that names the private DNS name of the endpoint service, issued by a CA that KMS trusts.',
    },
    'not-active': {
      message:
        '{{/loadBalancer/state}} is {{value}}; only an active load balancer can be chosen for the endpoint service.',
      fix: 'Wait until the load balancer is active, or fix the cause of the failure and recreate it.',
    },
  },
  reads: [
    '/tls/terminatesAt',
    '/loadBalancer/type',
    '/loadBalancer/scheme',
    '/loadBalancer/state',
    '/loadBalancer/listener/protocol',
    '/loadBalancer/listener/port',
    '/loadBalancer/listener/certificateArn',
  ],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    guide('xks-troubleshooting.html#fix-xks-vpc-configuration'),
    apiReference('API_CustomKeyStoresListEntry.html'),
  ],
  facts: ['VPC-NLB', 'API-EXC-VPCE-INVALID', 'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION'],
  check(plan, { report, unknown }) {
    const loadBalancer = plan.loadBalancer ?? {};
    const listener = loadBalancer.listener ?? {};
    // The state is stated only once the load balancer exists, so it is never unknown.
    unknown(
      (
        [
          [loadBalancer.type, ['type']],
          [loadBalancer.scheme, ['scheme']],
          [listener.protocol, ['listener', 'protocol']],
          [listener.port, ['listener', 'port']],
        ] as const
      ).flatMap(([value, place]) => (value === undefined ? [[...path, ...place]] : [])),
    );
    if (loadBalancer.type !== undefined && loadBalancer.type !== 'network') {
      report({
        messageId: 'not-network',
        path: [...path, 'type'],
        data: { value: loadBalancer.type },
      });
    }
    if (loadBalancer.scheme !== undefined && loadBalancer.scheme !== 'internal') {
      report({
        messageId: 'not-internal',
        path: [...path, 'scheme'],
        data: { value: loadBalancer.scheme },
      });
    }
    if (loadBalancer.state !== undefined && loadBalancer.state !== 'active') {
      report({
        messageId: 'not-active',
        path: [...path, 'state'],
        data: { value: loadBalancer.state },
      });
    }
    const terminatesAt = plan.tls?.terminatesAt;
    const protocols = listenerProtocolsFor(terminatesAt);
    if (listener.protocol !== undefined && !protocols.includes(listener.protocol)) {
      report({
        messageId: 'listener-protocol',
        path: [...path, 'listener', 'protocol'],
        data: {
          value: listener.protocol,
          allowed: describeProtocolChoice(protocols, terminatesAt),
        },
      });
    }
    if (listener.port !== undefined && listener.port !== 443) {
      report({
        messageId: 'listener-port',
        path: [...path, 'listener', 'port'],
        data: { value: listener.port },
      });
    }
    if (listener.protocol === 'TLS' && listener.certificateArn === undefined) {
      report({ messageId: 'no-certificate', path: [...path, 'listener', 'certificateArn'] });
    }
  },
});
