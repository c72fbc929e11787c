import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { isSampleProxy, samplePingPath, sampleProxyRepository } from './support/sample-proxy';
import { guide, proxyApiSpec } from './support/sources';

const path = ['loadBalancer', 'targetGroup', 'healthCheck'];
/** Target group health checks: HTTP(S) checks request HealthCheckPath, "/" unless set. */
const targetGroupHealthChecks =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html';

export default defineRule<Plan, 'default-path' | 'sample-ping'>({
  id: 'vpc-target-group-health-check',
  target: 'plan',
  severity: 'warning',
  title: 'The target group checks the proxy with a health check it answers',
  description:
    'The load balancer sends traffic only to targets that pass its health check, so the proxy must answer the check the target group states (the XKS proxy API specification leaves the protocol and path to the proxy vendor). An HTTP or HTTPS check without a path requests /, where a proxy serves nothing; the AWS sample proxy answers plain HTTP GET /ping. A check the proxy does not answer marks every proxy unhealthy, and the load balancer no longer steers around a failed one.',
  messages: {
    'default-path': {
      message:
        'The target group health check uses {{protocol}} but states no path, so the load balancer requests /; an XKS proxy serves its API under XksProxyUriPath and answers / only if its vendor says so.',
      fix: "State the health check path (and port) the proxy vendor documents, or use a TCP health check on the proxy's port.",
    },
    'sample-ping': {
      message:
        'The proxy is the AWS sample proxy, which answers health checks with plain HTTP GET /ping (on port_http_ping, 80 unless configured), but the target group checks {{protocol}} {{checkPath}}.',
      fix: 'Use an HTTP health check of /ping on the port set as port_http_ping (80 by default), or a TCP health check on port 443.',
    },
  },
  reads: [
    '/loadBalancer/targetGroup/healthCheck/protocol',
    '/loadBalancer/targetGroup/healthCheck/path',
    '/proxy/product',
    '/proxy/vendor',
  ],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    proxyApiSpec,
    guide('vpc-connectivity.html'),
    targetGroupHealthChecks,
    sampleProxyRepository,
  ],
  facts: ['XKS-PROXY-LB-HEALTHCHECK'],
  check(plan, { report }) {
    // No health check stated means the load balancer's default: TCP on the target port, which a
    // proxy listening on 443 answers.
    const healthCheck = plan.loadBalancer?.targetGroup?.healthCheck;
    const protocol = healthCheck?.protocol;
    if (protocol === undefined || protocol === 'TCP') return;
    const checkPath = healthCheck?.path?.trim();
    if (isSampleProxy(plan) === true) {
      if (protocol !== 'HTTP' || checkPath !== samplePingPath) {
        report({
          messageId: 'sample-ping',
          path,
          data: { protocol, checkPath: checkPath ?? '/' },
        });
      }
      return;
    }
    if (checkPath === undefined || checkPath === '') {
      report({ messageId: 'default-path', path: [...path, 'path'], data: { protocol } });
    }
  },
});
