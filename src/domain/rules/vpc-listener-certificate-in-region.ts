import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

const path = ['loadBalancer', 'listener', 'certificateArn'];
/** ACM certificates are regional: a load balancer uses those of its own Region. */
const acmRegions = 'https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html';
/** The certificates a TLS listener of a Network Load Balancer takes: ACM or IAM. */
const tlsListenerCertificates =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/tls-listener-certificates.html';

/** The Region of an ACM certificate ARN, or `global` for an IAM server certificate. */
function regionOfCertificateArn(arn: string): string | undefined {
  if (/^arn:aws(?:-[a-z]+)*:iam::\d{12}:server-certificate\/\S+$/.test(arn)) return 'global';
  return /^arn:aws(?:-[a-z]+)*:acm:([a-z]{2,4}(?:-[a-z]+)+-\d+):\d{12}:certificate\/[0-9a-f-]+$/.exec(
    arn,
  )?.[1];
}

export default defineRule<Plan, 'malformed' | 'other-region'>({
  id: 'vpc-listener-certificate-in-region',
  target: 'plan',
  severity: 'error',
  title: "The TLS listener's certificate is one the load balancer's Region can use",
  description:
    "A TLS listener that terminates KMS's connection at the load balancer needs a certificate from AWS Certificate Manager in the load balancer's Region (or an IAM server certificate). The load balancer is in the key store Region, and ACM certificates are regional: one requested in another Region cannot be attached.",
  messages: {
    malformed: {
      message:
        '{{/loadBalancer/listener/certificateArn}} is "{{arn}}", which is not the ARN of an ACM certificate (arn:aws:acm:<region>:<account>:certificate/<id>) or of an IAM server certificate.',
      fix: 'Copy the certificate ARN from AWS Certificate Manager in the key store Region (aws acm list-certificates --region <the key store Region>).',
    },
    'other-region': {
      message:
        '{{/loadBalancer/listener/certificateArn}} names an ACM certificate in {{certificateRegion}}, but the load balancer is in the key store Region {{region}}; a listener can use only certificates of its own Region.',
      fix: 'Request or import the certificate for the private DNS name in ACM in {{region}} and use its ARN.',
    },
  },
  reads: ['/region', '/loadBalancer/listener/certificateArn'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html'), tlsListenerCertificates, acmRegions],
  facts: ['VPC-SAME-REGION', 'VPC-NLB'],
  check(plan, { report, unknown }) {
    // Without a certificate there is nothing to place (a TLS listener without one is the load
    // balancer rule's finding); a TCP listener needs none.
    const arn = plan.loadBalancer?.listener?.certificateArn?.trim();
    if (arn === undefined) return;
    const certificateRegion = regionOfCertificateArn(arn);
    if (certificateRegion === undefined) {
      report({ messageId: 'malformed', path, data: { arn } });
      return;
    }
    if (certificateRegion === 'global') return;
    const region = plan.region?.trim();
    if (region === undefined) unknown([['region']]);
    else if (certificateRegion !== region) {
      report({
        messageId: 'other-region',
        path,
        relatedPaths: [['region']],
        data: { certificateRegion, region },
      });
    }
  },
});
