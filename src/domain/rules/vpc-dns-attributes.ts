import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

export default defineRule<Plan, 'hostnames-disabled' | 'resolution-disabled'>({
  id: 'vpc-dns-attributes',
  target: 'plan',
  severity: 'warning',
  title: 'The VPC has DNS hostnames and DNS resolution enabled',
  description:
    'The KMS guide lists "Enable DNS hostnames" and "Enable DNS resolution" as required VPC settings for an external key store. KMS does not check them when it validates the endpoint service, but private DNS and name resolution in the VPC depend on them.',
  messages: {
    'hostnames-disabled': {
      message:
        '{{/vpc/enableDnsHostnames}} is off; the KMS guide requires "Enable DNS hostnames" on the VPC of the endpoint service.',
      fix: 'Turn on "Enable DNS hostnames" in the VPC settings (aws ec2 modify-vpc-attribute --enable-dns-hostnames).',
    },
    'resolution-disabled': {
      message:
        '{{/vpc/enableDnsSupport}} is off; the KMS guide requires "Enable DNS resolution" on the VPC of the endpoint service.',
      fix: 'Turn on "Enable DNS resolution" in the VPC settings (aws ec2 modify-vpc-attribute --enable-dns-support).',
    },
  },
  reads: ['/vpc/enableDnsHostnames', '/vpc/enableDnsSupport'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html')],
  facts: ['VPC-DNS-ATTRIBUTES'],
  check(plan, { report, unknown }) {
    const { enableDnsHostnames, enableDnsSupport } = plan.vpc ?? {};
    if (enableDnsHostnames === false) {
      report({ messageId: 'hostnames-disabled', path: ['vpc', 'enableDnsHostnames'] });
    }
    if (enableDnsSupport === false) {
      report({ messageId: 'resolution-disabled', path: ['vpc', 'enableDnsSupport'] });
    }
    unknown([
      ...(enableDnsHostnames === undefined ? [['vpc', 'enableDnsHostnames']] : []),
      ...(enableDnsSupport === undefined ? [['vpc', 'enableDnsSupport']] : []),
    ]);
  },
});
