/**
 * The network in front of the proxy (VPC endpoint service connectivity), decided once for every
 * infrastructure-as-code export: the subnets the load balancer takes, what its target group
 * forwards and checks, the targets it registers, and what its listener accepts. The Terraform,
 * CDK and AWS CLI exports print these decisions and decide none of them again.
 * Sources: https://docs.aws.amazon.com/kms/latest/developerguide/vpc-connectivity.html,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetDescription.html
 */
import { derivationOf } from '../../plan/derivations';
import type { Plan } from '../../plan/plan-schema';

/** KMS connects to the endpoint service on port 443 only. */
export const kmsListenerPort = 443;

/** A subnet of the load balancer, with its zone when the plan describes the subnet. */
export interface NetworkSubnet {
  readonly subnetId: string;
  readonly availabilityZone?: string;
}

/** A proxy address the target group registers. */
export interface NetworkTarget {
  readonly ipAddress: string;
  readonly port: number;
  /**
   * "all" for an address outside the VPC, the only zone an export states: inside the VPC, AWS
   * takes the zone from the address's subnet.
   */
  readonly availabilityZone?: 'all';
}

export interface NetworkHealthCheck {
  /** Unstated: the load balancer's default, TCP on the target port. */
  readonly protocol?: 'TCP' | 'HTTP' | 'HTTPS';
  readonly port?: number;
  /** Only for an HTTP or HTTPS check: AWS refuses a path for a TCP one. */
  readonly path?: string;
}

export interface NetworkModel {
  /** The target group's VPC, else the plan's VPC. */
  readonly vpcId?: string;
  /** The load balancer's subnets, each once: its own list, else the VPC's private subnets. */
  readonly subnets: readonly NetworkSubnet[];
  readonly loadBalancerName?: string;
  readonly targetGroup: {
    readonly name?: string;
    /**
     * The load balancer forwards KMS's TLS connection as it is (TCP) or ends it (TLS); exportPlan
     * has already replaced any other protocol, and says so.
     */
    readonly protocol: 'TCP' | 'TLS';
    readonly port: number;
    readonly healthCheck?: NetworkHealthCheck;
  };
  /** The planned targets that have an address (the target type is always `ip`). */
  readonly targets: readonly NetworkTarget[];
  /** How many planned targets have no address, and are left out. */
  readonly targetsWithoutAddress: number;
  /** The zone of a target that states none: "all" when the proxy is outside the VPC. */
  readonly defaultTargetZone?: 'all';
  readonly listener: {
    readonly port: typeof kmsListenerPort;
    readonly protocol: 'TCP' | 'TLS';
    readonly certificateArn?: string;
  };
}

/** The VPC's private subnets, as the wizard derives the load balancer's from them. */
const subnetsDerivation = derivationOf('/loadBalancer/subnetIds')!;

function subnetsOf(plan: Plan): NetworkSubnet[] {
  const described = plan.vpc?.subnets ?? [];
  const listed = plan.loadBalancer?.subnetIds;
  const ids =
    listed !== undefined && listed.length > 0
      ? listed
      : ((subnetsDerivation.value(plan) as string[] | undefined) ?? []);
  return [...new Set(ids)].map((subnetId) => {
    const zone = described.find((subnet) => subnet.subnetId === subnetId)?.availabilityZone;
    return zone === undefined ? { subnetId } : { subnetId, availabilityZone: zone };
  });
}

function healthCheckOf(plan: Plan): NetworkHealthCheck | undefined {
  const stated = plan.loadBalancer?.targetGroup?.healthCheck;
  if (stated === undefined) return undefined;
  const { protocol, port, path } = stated;
  return {
    ...(protocol === undefined ? {} : { protocol }),
    ...(port === undefined ? {} : { port }),
    ...(path === undefined || (protocol !== 'HTTP' && protocol !== 'HTTPS') ? {} : { path }),
  };
}

/** The network every export builds for a plan with VPC endpoint service connectivity. */
export function networkModel(plan: Plan): NetworkModel {
  const balancer = plan.loadBalancer;
  const group = balancer?.targetGroup;
  const groupPort = group?.port ?? kmsListenerPort;
  const location = plan.proxy?.location;
  const defaultTargetZone = location === undefined || location === 'this-vpc' ? undefined : 'all';
  const planned = group?.targets ?? [];
  const targets = planned.flatMap((target): NetworkTarget[] => {
    if (target.ipAddress === undefined) return [];
    const zone =
      target.availabilityZone === undefined
        ? defaultTargetZone
        : target.availabilityZone === 'all'
          ? 'all'
          : undefined;
    return [
      {
        ipAddress: target.ipAddress,
        port: target.port ?? groupPort,
        ...(zone === undefined ? {} : { availabilityZone: zone }),
      },
    ];
  });
  const healthCheck = healthCheckOf(plan);
  const vpcId = group?.vpcId ?? plan.vpc?.vpcId;
  const certificateArn = balancer?.listener?.certificateArn;
  return {
    ...(vpcId === undefined ? {} : { vpcId }),
    subnets: subnetsOf(plan),
    ...(balancer?.name === undefined ? {} : { loadBalancerName: balancer.name }),
    targetGroup: {
      ...(group?.name === undefined ? {} : { name: group.name }),
      protocol: group?.protocol === 'TLS' ? 'TLS' : 'TCP',
      port: groupPort,
      ...(healthCheck === undefined ? {} : { healthCheck }),
    },
    targets,
    targetsWithoutAddress: planned.length - targets.length,
    ...(defaultTargetZone === undefined ? {} : { defaultTargetZone }),
    listener: {
      port: kmsListenerPort,
      protocol: balancer?.listener?.protocol === 'TLS' ? 'TLS' : 'TCP',
      ...(certificateArn === undefined ? {} : { certificateArn }),
    },
  };
}
