import { defineRule } from '../engine/define-rule';
import type { PathSegment } from '../engine/json-pointer';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

interface Row {
  readonly path: readonly PathSegment[];
  /** The list, in words for messages. */
  readonly list: string;
  /** What the row lacks. */
  readonly what: string;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

/** Rows of the VPC, load balancer and endpoint service lists that lack what makes them a row. */
function emptyRows(plan: Plan): Row[] {
  const rows: Row[] = [];
  const add = <T>(
    list: readonly T[] | undefined,
    path: readonly PathSegment[],
    words: string,
    what: string,
    isEmpty: (row: T) => boolean,
  ) =>
    list?.forEach((row, index) => {
      if (isEmpty(row)) rows.push({ path: [...path, index], list: words, what });
    });
  const { vpc, loadBalancer, endpointService } = plan;
  add(vpc?.cidrBlocks, ['vpc', 'cidrBlocks'], 'the VPC CIDR blocks', 'the CIDR block', blank);
  add(vpc?.subnets, ['vpc', 'subnets'], 'the VPC subnets', 'the subnet ID', (subnet) =>
    blank(subnet.subnetId),
  );
  add(
    loadBalancer?.subnetIds,
    ['loadBalancer', 'subnetIds'],
    'the load balancer subnets',
    'the subnet ID',
    blank,
  );
  add(
    loadBalancer?.targetGroup?.targets,
    ['loadBalancer', 'targetGroup', 'targets'],
    'the load balancer targets',
    'the IP address',
    (target) => blank(target.ipAddress),
  );
  add(
    endpointService?.allowedPrincipals,
    ['endpointService', 'allowedPrincipals'],
    'the allowed principals of the endpoint service',
    'the principal',
    blank,
  );
  return rows;
}

export default defineRule<Plan, 'empty-row'>({
  id: 'vpc-no-empty-list-rows',
  target: 'plan',
  severity: 'error',
  title: 'No row of the VPC, load balancer or endpoint service lists is empty',
  description:
    'Every row of the lists that describe the VPC (CIDR blocks, subnets), the load balancer (subnets, targets) and the endpoint service (allowed principals) stands for something AWS must be given. A row without its subnet ID, target address or value cannot be built, so the exports leave it out and what gets built differs from the plan the rules judged.',
  messages: {
    'empty-row': {
      message:
        'Row {{row}} of {{list}} has no {{what}}, so it cannot be built and the exports leave it out; what gets built would differ from the plan.',
      fix: 'Enter {{what}} in row {{row}}, or remove the row.',
    },
  },
  reads: [
    '/vpc/cidrBlocks/*',
    '/vpc/subnets/*/subnetId',
    '/loadBalancer/subnetIds/*',
    '/loadBalancer/targetGroup/targets/*/ipAddress',
    '/endpointService/allowedPrincipals/*',
  ],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html')],
  facts: ['VPC-SUBNETS-2AZ', 'VPC-TARGET-GROUP', 'VPC-ES-ALLOW-KMS', 'VPC-CIDR-NO-OVERLAP'],
  check(plan, { report }) {
    for (const { path, list, what } of emptyRows(plan)) {
      report({
        messageId: 'empty-row',
        path,
        data: { row: Number(path.at(-1)) + 1, list, what },
      });
    }
  },
});
