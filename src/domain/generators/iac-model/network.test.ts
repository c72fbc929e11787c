import { parse } from '@cdktn/hcl2json';
import { describe, expect, it } from 'vitest';
import { findExample } from '../../plan/examples';
import { parsePlan } from '../../plan/parse-plan';
import type { Plan } from '../../plan/plan-schema';
import { generateAwsCli } from '../aws-cli/generate-aws-cli';
import { awsCliScriptName } from '../aws-cli/script-names';
import { generateCdk } from '../cdk/generate-cdk';
import { generateTerraform } from '../terraform/generate-terraform';
import type { GeneratedFile } from '../types';
import { networkModel, type NetworkTarget } from './network';

const ready = parsePlan(structuredClone(findExample('vpc-endpoint-service-ready')!.document)).plan;
const subnetA = 'subnet-0aa11bb22cc33dd44';
const subnetB = 'subnet-0ee55ff66aa77bb88';

type LoadBalancer = NonNullable<Plan['loadBalancer']>;
type TargetGroup = NonNullable<LoadBalancer['targetGroup']>;

/** The ready example with its load balancer (and target group) changed as given. */
function withLoadBalancer(balancer: Partial<LoadBalancer>, group: Partial<TargetGroup> = {}): Plan {
  return {
    ...ready,
    loadBalancer: {
      ...ready.loadBalancer,
      ...balancer,
      targetGroup: { ...ready.loadBalancer!.targetGroup, ...group },
    },
  };
}

describe('networkModel', () => {
  it('takes the load balancer’s subnets once each, with the zones the VPC gives them', () => {
    const plan = withLoadBalancer({ subnetIds: [subnetA, subnetB, subnetA] });
    expect(networkModel(plan).subnets).toEqual([
      { subnetId: subnetA, availabilityZone: 'eu-central-1a' },
      { subnetId: subnetB, availabilityZone: 'eu-central-1b' },
    ]);
  });

  it('takes the VPC’s private subnets when the load balancer lists none', () => {
    const plan: Plan = {
      ...withLoadBalancer({ subnetIds: [] }),
      vpc: {
        ...ready.vpc,
        subnets: [
          ...ready.vpc!.subnets!,
          { subnetId: 'subnet-0123456789abcdef0', availabilityZone: 'eu-central-1c', public: true },
        ],
      },
    };
    expect(networkModel(plan).subnets.map((subnet) => subnet.subnetId)).toEqual([subnetA, subnetB]);
  });

  it('registers targets outside the VPC in every zone, and leaves a zone inside it to AWS', () => {
    const outside = withLoadBalancer(
      {},
      { targets: [{ ipAddress: '172.16.10.21' }, { ipAddress: '172.16.10.22', port: 8443 }] },
    );
    expect(outside.proxy?.location).toBe('on-premises');
    expect(networkModel(outside).targets).toEqual<NetworkTarget[]>([
      { ipAddress: '172.16.10.21', port: 443, availabilityZone: 'all' },
      { ipAddress: '172.16.10.22', port: 8443, availabilityZone: 'all' },
    ]);
    const inside: Plan = {
      ...withLoadBalancer(
        {},
        {
          port: 8443,
          targets: [
            { ipAddress: '10.0.1.10', availabilityZone: 'eu-central-1a' },
            { ipAddress: '10.0.2.10' },
            { ipAddress: '192.168.0.10', availabilityZone: 'all' },
          ],
        },
      ),
      proxy: { ...ready.proxy, location: 'this-vpc' },
    };
    expect(networkModel(inside).targets).toEqual<NetworkTarget[]>([
      { ipAddress: '10.0.1.10', port: 8443 },
      { ipAddress: '10.0.2.10', port: 8443 },
      { ipAddress: '192.168.0.10', port: 8443, availabilityZone: 'all' },
    ]);
  });

  it('counts the targets without an address, which no export can register', () => {
    const plan = withLoadBalancer({}, { targets: [{ ipAddress: '172.16.10.21' }, { port: 443 }] });
    expect(networkModel(plan).targets).toHaveLength(1);
    expect(networkModel(plan).targetsWithoutAddress).toBe(1);
  });

  it('forwards TCP or TLS, and listens on 443 whatever the plan says', () => {
    const model = networkModel(
      withLoadBalancer({ listener: { protocol: 'UDP', port: 8443 } }, { protocol: 'TCP_UDP' }),
    );
    expect(model.targetGroup.protocol).toBe('TCP');
    expect(model.listener).toEqual({ port: 443, protocol: 'TCP' });
    const tls = networkModel(
      withLoadBalancer(
        {
          listener: { protocol: 'TLS', certificateArn: 'arn:aws:acm:eu-central-1:1:certificate/x' },
        },
        { protocol: 'TLS' },
      ),
    );
    expect(tls.targetGroup.protocol).toBe('TLS');
    expect(tls.listener).toEqual({
      port: 443,
      protocol: 'TLS',
      certificateArn: 'arn:aws:acm:eu-central-1:1:certificate/x',
    });
  });

  it('keeps a health check’s path only for HTTP or HTTPS', () => {
    const check = (healthCheck: TargetGroup['healthCheck']) =>
      networkModel(withLoadBalancer({}, { healthCheck })).targetGroup.healthCheck;
    expect(check({ protocol: 'HTTP', port: 80, path: '/ping' })).toEqual({
      protocol: 'HTTP',
      port: 80,
      path: '/ping',
    });
    expect(check({ protocol: 'TCP', path: '/ping' })).toEqual({ protocol: 'TCP' });
    // Unstated, the load balancer checks TCP on the target port.
    expect(check({ path: '/ping' })).toEqual({});
    expect(check(undefined)).toBeUndefined();
  });
});

/** A plan that builds its network, with every decision above in it. */
const decisive: Plan = (() => {
  const keyStore = { ...ready.keyStore };
  delete keyStore.XksProxyVpcEndpointServiceName;
  return {
    ...withLoadBalancer(
      { subnetIds: [subnetA, subnetA, subnetB], listener: { protocol: 'UDP', port: 8443 } },
      {
        protocol: 'TCP_UDP',
        healthCheck: { protocol: 'TCP', port: 443, path: '/ping' },
        targets: [
          { ipAddress: '172.16.10.21' },
          { ipAddress: '172.16.10.22', port: 8443 },
          { port: 443 },
        ],
      },
    ),
    keyStore,
  };
})();

const fileOf = (files: readonly GeneratedFile[], path: string) =>
  files.find((file) => file.path === path)!.content;

/** The targets as each export registers them, in the model's shape. */
async function terraformTargets(files: readonly GeneratedFile[]): Promise<NetworkTarget[]> {
  const tfvars = (await parse('terraform.tfvars', fileOf(files, 'terraform.tfvars'))) as {
    proxy_targets: Record<string, { ip_address: string; port: number; availability_zone?: 'all' }>;
  };
  return Object.values(tfvars.proxy_targets).map((target) => ({
    ipAddress: target.ip_address,
    port: target.port,
    ...(target.availability_zone === undefined
      ? {}
      : { availabilityZone: target.availability_zone }),
  }));
}

function cdkTargets(files: readonly GeneratedFile[]): NetworkTarget[] {
  const stack = fileOf(files, 'lib/xks-stack.ts');
  return [...stack.matchAll(/new elbv2Targets\.IpTarget\("([^"]+)", (\d+)(?:, "([^"]+)")?\)/g)].map(
    ([, ipAddress, port, zone]) => ({
      ipAddress: ipAddress!,
      port: Number(port),
      ...(zone === undefined ? {} : { availabilityZone: zone as 'all' }),
    }),
  );
}

function awsCliTargets(files: readonly GeneratedFile[]): NetworkTarget[] {
  const script = fileOf(files, awsCliScriptName);
  const groupPort = Number(/^TARGET_GROUP_PORT=(\d+)$/m.exec(script)![1]);
  const json = /^TARGETS_JSON='([^']*)'$/m.exec(script)![1]!;
  return (JSON.parse(json) as { Id: string; Port?: number; AvailabilityZone?: 'all' }[]).map(
    (target) => ({
      ipAddress: target.Id,
      port: target.Port ?? groupPort,
      ...(target.AvailabilityZone === undefined
        ? {}
        : { availabilityZone: target.AvailabilityZone }),
    }),
  );
}

describe('Terraform, CDK and the AWS CLI script build the same network', () => {
  const model = networkModel(decisive);
  const terraform = generateTerraform(decisive);
  const cdk = generateCdk(decisive);
  const awsCli = generateAwsCli(decisive);

  it('register the same targets', async () => {
    expect(model.targets).toEqual<NetworkTarget[]>([
      { ipAddress: '172.16.10.21', port: 443, availabilityZone: 'all' },
      { ipAddress: '172.16.10.22', port: 8443, availabilityZone: 'all' },
    ]);
    expect(await terraformTargets(terraform)).toEqual(model.targets);
    expect(cdkTargets(cdk)).toEqual(model.targets);
    expect(awsCliTargets(awsCli)).toEqual(model.targets);
  });

  it('attach the load balancer to each subnet once', async () => {
    const tfvars = (await parse('terraform.tfvars', fileOf(terraform, 'terraform.tfvars'))) as {
      subnet_ids: string[];
    };
    expect(tfvars.subnet_ids).toEqual([subnetA, subnetB]);
    expect(fileOf(cdk, 'lib/xks-stack.ts').match(/subnetId: "subnet-[0-9a-f]+"/g)).toEqual([
      `subnetId: "${subnetA}"`,
      `subnetId: "${subnetB}"`,
    ]);
    expect(fileOf(awsCli, awsCliScriptName)).toContain(`SUBNET_IDS=(${subnetA} ${subnetB})`);
  });

  it('give a TCP health check no path, forward TCP and listen on 443', () => {
    const main = fileOf(terraform, 'main.tf');
    const stack = fileOf(cdk, 'lib/xks-stack.ts');
    const script = fileOf(awsCli, awsCliScriptName);
    for (const text of [main, stack, script]) expect(text).not.toContain('/ping');
    expect(main).not.toMatch(/"(UDP|TCP_UDP)"|= 8443$/m);
    expect(stack).not.toMatch(/Protocol\.(UDP|TCP_UDP)|port: 8443/);
    expect(script).toMatch(/^LISTENER_PORT=443$/m);
    expect(script).toMatch(/^LISTENER_PROTOCOL=TCP$/m);
    expect(script).toMatch(/^TARGET_GROUP_PROTOCOL=TCP$/m);
  });
});
