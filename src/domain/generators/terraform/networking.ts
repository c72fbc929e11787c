/**
 * VPC endpoint service connectivity: the internal network load balancer in front of the proxy,
 * its target group, targets and listener, the endpoint service KMS connects to, the principals
 * allowed to use it, and the Route 53 record that proves the private DNS name.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/vpc-connectivity.html
 */
import {
  attr,
  block,
  bool,
  call,
  comment,
  forList,
  list,
  num,
  object,
  ref,
  str,
  template,
  type Attribute,
  type Block,
  type BodyItem,
  type Expression,
} from '../hcl/syntax';
import { kmsStringShapes } from '../../aws/kms-api-formats';
import { plannedNonKmsPrincipals } from '../iac-model/topology';
import { names, type TerraformContext } from './context';
import { patternValidation, shapeValidation, type Validation } from './variables';

function withProvider(context: TerraformContext, body: readonly BodyItem[]): BodyItem[] {
  return context.networkProvider ? [attr('provider', context.networkProvider), ...body] : [...body];
}

const networkRef = (type: string, attribute: string) => ref(type, names.network, attribute);

/** The KMS service principal of the plan's Region: `cks.kms.<region>.amazonaws.com`. */
export function kmsServicePrincipal(): Expression {
  return template('cks.kms.', ref('var', 'region'), '.amazonaws.com');
}

function subnetIds(context: TerraformContext): Expression {
  const { subnets } = context.network;
  return context.variables.input(
    {
      name: 'subnet_ids',
      type: 'list(string)',
      description:
        'Private subnets of the network load balancer, in at least two Availability Zones.',
      validation: everyItemMatches('subnet_ids', undefined, '^subnet-[0-9a-f]+$', 'subnet IDs'),
    },
    subnets.length > 0 ? list(subnets.map((subnet) => str(subnet.subnetId))) : undefined,
  );
}

/**
 * A validation that every item of `var.<name>` (or that attribute of every item) matches
 * `pattern`.
 */
function everyItemMatches(
  name: string,
  attribute: string | undefined,
  pattern: string,
  what: string,
): Validation {
  const item = attribute === undefined ? ref('item') : ref('item', attribute);
  return {
    condition: call(
      'alltrue',
      forList('item', ref('var', name), call('can', call('regex', str(pattern), item))),
    ),
    message: `${name} must hold only ${what} (matching ${pattern}).`,
  };
}

function vpcId(context: TerraformContext): Expression {
  return context.variables.stringInput(
    context.network.vpcId,
    'vpc_id',
    'VPC of the network load balancer and its target group.',
    patternValidation('vpc_id', '^vpc-[0-9a-f]+$', 'a VPC ID'),
  );
}

/**
 * The load balancer's security group, which AWS lets a load balancer have only from its
 * creation. Its inbound rules do not judge PrivateLink traffic (KMS comes from addresses nobody
 * can list); outbound it reaches the proxy targets, which may allow this group by its ID.
 */
function securityGroupItems(context: TerraformContext): Block[] {
  const group = ref('aws_security_group', names.network, 'id');
  return [
    block(
      'resource',
      ['aws_security_group', names.network],
      withProvider(context, [
        attr('name_prefix', str('xks-proxy-nlb-')),
        attr('description', str('Network load balancer of the XKS proxy')),
        attr('vpc_id', vpcId(context)),
      ]),
    ),
    block(
      'resource',
      ['aws_vpc_security_group_egress_rule', names.network],
      withProvider(context, [
        attr('security_group_id', group),
        attr('description', str('To the proxy targets and their health checks')),
        attr('ip_protocol', str('-1')),
        attr('cidr_ipv4', str('0.0.0.0/0')),
      ]),
    ),
  ];
}

function loadBalancer(context: TerraformContext): Block {
  const { loadBalancerName } = context.network;
  const body: BodyItem[] = [];
  if (loadBalancerName !== undefined) body.push(attr('name', str(loadBalancerName)));
  body.push(
    attr('load_balancer_type', str('network')),
    attr('internal', bool(true)),
    attr('ip_address_type', str('ipv4')),
    attr('subnets', subnetIds(context)),
    // The key store's endpoint service points at this load balancer: deleting it disconnects
    // the key store, so deleting it takes a deliberate change first (README.md says how).
    attr('enable_deletion_protection', bool(true)),
    attr('security_groups', list([ref('aws_security_group', names.network, 'id')])),
    attr('enforce_security_group_inbound_rules_on_private_link_traffic', str('off')),
  );
  return block('resource', ['aws_lb', names.network], withProvider(context, body));
}

function healthCheck(context: TerraformContext): Block | undefined {
  const planned = context.network.targetGroup.healthCheck;
  if (planned === undefined) return undefined;
  const body: Attribute[] = [attr('enabled', bool(true))];
  if (planned.protocol !== undefined) body.push(attr('protocol', str(planned.protocol)));
  if (planned.port !== undefined) body.push(attr('port', str(String(planned.port))));
  if (planned.path !== undefined) body.push(attr('path', str(planned.path)));
  return block('health_check', [], body);
}

function targetGroup(context: TerraformContext): Block {
  const planned = context.network.targetGroup;
  const body: BodyItem[] = [];
  if (planned.name !== undefined) body.push(attr('name', str(planned.name)));
  body.push(
    attr('target_type', str('ip')),
    attr('protocol', str(planned.protocol)),
    attr('port', num(planned.port)),
    attr('ip_address_type', str('ipv4')),
    attr('vpc_id', vpcId(context)),
  );
  const check = healthCheck(context);
  if (check) body.push(check);
  return block('resource', ['aws_lb_target_group', names.network], withProvider(context, body));
}

const ipv4Pattern = '^[0-9]{1,3}([.][0-9]{1,3}){3}$';

/**
 * The proxy instances as one variable, `"<address>:<port>" => { ip_address, port,
 * availability_zone }`, attached with `for_each`: terraform.tfvars lists the planned ones.
 */
function targetAttachments(context: TerraformContext): BodyItem[] {
  const { targets, targetsWithoutAddress, defaultTargetZone: zone } = context.network;
  const items: BodyItem[] = [];
  if (targetsWithoutAddress > 0) {
    items.push(
      comment(`${targetsWithoutAddress} planned target(s) have no IP address and are left out.`),
    );
  }
  const stated = new Map<string, Expression>();
  for (const target of targets) {
    stated.set(
      `${target.ipAddress}:${target.port}`,
      object([
        ['ip_address', str(target.ipAddress)],
        ['port', num(target.port)],
        ...(target.availabilityZone === undefined
          ? []
          : [['availability_zone', str(target.availabilityZone)] as const]),
      ]),
    );
  }
  const targetsVariable = context.variables.input(
    {
      name: 'proxy_targets',
      type: call(
        'map',
        call(
          'object',
          object([
            ['ip_address', ref('string')],
            ['port', ref('number')],
            [
              'availability_zone',
              zone === undefined
                ? call('optional', ref('string'))
                : call('optional', ref('string'), str(zone)),
            ],
          ]),
        ),
      ),
      description: `The XKS proxy instances behind the load balancer, as "<private IPv4 address>:<port>" => { ip_address, port, availability_zone }${zone === undefined ? '' : ' (availability_zone "all" for an address outside the VPC, the default)'}.`,
      validation: everyItemMatches(
        'proxy_targets',
        'ip_address',
        ipv4Pattern,
        'IPv4 addresses in ip_address',
      ),
    },
    stated.size > 0 ? object([...stated]) : undefined,
  );
  items.push(
    block(
      'resource',
      ['aws_lb_target_group_attachment', 'proxy'],
      withProvider(context, [
        attr('for_each', targetsVariable),
        attr('target_group_arn', networkRef('aws_lb_target_group', 'arn')),
        attr('target_id', ref('each', 'value', 'ip_address')),
        attr('port', ref('each', 'value', 'port')),
        attr('availability_zone', ref('each', 'value', 'availability_zone')),
      ]),
    ),
  );
  return items;
}

function listener(context: TerraformContext): Block {
  const planned = context.network.listener;
  const body: BodyItem[] = [
    attr('load_balancer_arn', networkRef('aws_lb', 'arn')),
    attr('port', num(planned.port)),
    attr('protocol', str(planned.protocol)),
  ];
  if (planned.protocol === 'TLS') {
    body.push(
      attr(
        'certificate_arn',
        context.variables.stringInput(
          planned.certificateArn,
          'listener_certificate_arn',
          'ACM certificate of the TLS listener; its name must match the private DNS name.',
          patternValidation(
            'listener_certificate_arn',
            '^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$',
            'the ARN of an ACM certificate',
          ),
        ),
      ),
      attr('ssl_policy', str('ELBSecurityPolicy-TLS13-1-2-2021-06')),
    );
  }
  body.push(
    block(
      'default_action',
      [],
      [
        attr('type', str('forward')),
        attr('target_group_arn', networkRef('aws_lb_target_group', 'arn')),
      ],
    ),
  );
  return block('resource', ['aws_lb_listener', names.network], withProvider(context, body));
}

export function privateDnsName(context: TerraformContext): Expression {
  return context.variables.stringInput(
    context.plan.endpointService?.privateDnsName,
    'private_dns_name',
    'Private DNS name of the endpoint service, e.g. myproxy-private.xks.example.com: the host name of the proxy URI endpoint.',
  );
}

function endpointService(context: TerraformContext): Block {
  const body: BodyItem[] = [
    comment('KMS creates the endpoint itself: connection requests cannot wait for acceptance.'),
    attr('acceptance_required', bool(false)),
    attr('network_load_balancer_arns', list([networkRef('aws_lb', 'arn')])),
    attr('private_dns_name', privateDnsName(context)),
    attr('supported_ip_address_types', list([str('ipv4')])),
  ];
  return block(
    'resource',
    ['aws_vpc_endpoint_service', names.network],
    withProvider(context, body),
  );
}

function allowedPrincipal(context: TerraformContext, name: string, principal: Expression): Block {
  return block(
    'resource',
    ['aws_vpc_endpoint_service_allowed_principal', name],
    withProvider(context, [
      attr('vpc_endpoint_service_id', networkRef('aws_vpc_endpoint_service', 'id')),
      attr('principal_arn', principal),
    ]),
  );
}

/**
 * Exactly the plan's principals (least privilege): nothing is added for a cross-account store. A
 * plan that allows no principal of the store account has the error finding of the rule
 * vpc-endpoint-service-allows-store-account; one that states no list, that of
 * vpc-endpoint-service-allows-kms.
 */
function allowedPrincipals(context: TerraformContext): BodyItem[] {
  // The KMS principal gets its own resource for the plan's Region; a planned one is not repeated.
  const stated = context.plan.endpointService?.allowedPrincipals;
  const principals = context.variables.input(
    {
      name: 'allowed_principal_arns',
      type: 'list(string)',
      description:
        'IAM principals (ARNs) allowed to use the VPC endpoint service besides KMS: exactly those the plan lists.',
      validation: everyItemMatches(
        'allowed_principal_arns',
        undefined,
        '^arn:aws[a-z-]*:iam::[0-9]{12}:.+$',
        'IAM principal ARNs',
      ),
    },
    stated === undefined ? undefined : list(plannedNonKmsPrincipals(context.plan).map(str)),
  );
  return [
    comment('KMS connects to the endpoint service as this service principal (not an ARN).'),
    allowedPrincipal(context, names.kmsPrincipal, kmsServicePrincipal()),
    block(
      'resource',
      ['aws_vpc_endpoint_service_allowed_principal', 'planned'],
      withProvider(context, [
        attr('for_each', call('toset', principals)),
        attr('vpc_endpoint_service_id', networkRef('aws_vpc_endpoint_service', 'id')),
        attr('principal_arn', ref('each', 'value')),
      ]),
    ),
  ];
}

function privateDnsVerification(context: TerraformContext): BodyItem[] {
  const configuration = (attribute: string) =>
    ref('aws_vpc_endpoint_service', names.network, 'private_dns_name_configuration', 0, attribute);
  const zoneName = context.variables.stringInput(
    context.plan.endpointService?.verificationDomain,
    'verification_domain',
    'Public Route 53 hosted zone (a parent domain of the private DNS name) that holds the TXT verification record.',
  );
  return [
    block(
      'data',
      ['aws_route53_zone', names.verificationZone],
      withProvider(context, [attr('name', zoneName), attr('private_zone', bool(false))]),
    ),
    comment('The TXT record that proves the private DNS name belongs to you.'),
    block(
      'resource',
      ['aws_route53_record', names.verificationRecord],
      withProvider(context, [
        attr('zone_id', ref('data', 'aws_route53_zone', names.verificationZone, 'zone_id')),
        attr('name', configuration('name')),
        attr('type', str('TXT')),
        attr('ttl', num(1800)),
        attr('records', list([configuration('value')])),
      ]),
    ),
    block(
      'resource',
      ['aws_vpc_endpoint_service_private_dns_verification', names.network],
      withProvider(context, [
        attr('service_id', networkRef('aws_vpc_endpoint_service', 'id')),
        attr('wait_for_verification', bool(true)),
        attr('depends_on', list([ref('aws_route53_record', names.verificationRecord)])),
      ]),
    ),
  ];
}

type EndpointServiceAttribute = 'id' | 'service_name' | 'private_dns_name';

/**
 * An attribute of the endpoint service: of the one this configuration creates, of the data source
 * that reads the existing one, or (existing in the other account, which this account cannot
 * describe) the plan's own value.
 */
export function endpointServiceAttribute(
  context: TerraformContext,
  attribute: EndpointServiceAttribute,
): Expression {
  const existing = context.existingService;
  if (existing === undefined) return networkRef('aws_vpc_endpoint_service', attribute);
  if (context.endpointServiceOwner !== undefined) {
    if (attribute === 'id') return existingServiceId(context);
    return attribute === 'service_name' ? existingServiceName(context) : privateDnsName(context);
  }
  return ref(
    'data',
    'aws_vpc_endpoint_service',
    names.network,
    attribute === 'id' ? 'service_id' : attribute,
  );
}

function existingServiceName(context: TerraformContext): Expression {
  return context.variables.stringInput(
    context.existingService?.serviceName,
    'vpc_endpoint_service_name',
    'Service name of the existing VPC endpoint service (XksProxyVpcEndpointServiceName).',
    shapeValidation(
      'vpc_endpoint_service_name',
      kmsStringShapes.XksProxyVpcEndpointServiceNameType,
    ),
  );
}

function existingServiceId(context: TerraformContext): Expression {
  return context.variables.stringInput(
    context.existingService?.serviceId,
    'vpc_endpoint_service_id',
    'ID of the existing VPC endpoint service (vpce-svc-...).',
    patternValidation('vpc_endpoint_service_id', '^vpce-svc-[0-9a-f]+$', 'an endpoint service ID'),
  );
}

function existingServiceItems(context: TerraformContext): BodyItem[] {
  if (context.endpointServiceOwner !== undefined) {
    return [
      comment(
        'The plan names an existing VPC endpoint service of the account in',
        'var.vpc_endpoint_service_owner: nothing is built for it here (see README.md).',
      ),
    ];
  }
  return [
    comment(
      'The plan names an existing VPC endpoint service: it is read, not created, with the load',
      'balancer, target group and listener behind it. Planning fails if it does not exist.',
    ),
    block(
      'data',
      ['aws_vpc_endpoint_service', names.network],
      [attr('service_name', existingServiceName(context))],
    ),
  ];
}

/** Every networking block, in the order they are created. */
export function networkingItems(context: TerraformContext): BodyItem[] {
  if (context.existingService !== undefined) return existingServiceItems(context);
  const items: BodyItem[] = [];
  items.push(
    comment('The internal network load balancer in front of the proxy instances.'),
    ...securityGroupItems(context),
    loadBalancer(context),
    targetGroup(context),
    ...targetAttachments(context),
    listener(context),
    endpointService(context),
    ...allowedPrincipals(context),
    ...privateDnsVerification(context),
  );
  return items;
}

/** The resources the key store must wait for: KMS checks them when the store is created. */
export const networkDependencies: Expression[] = [
  ref('aws_vpc_endpoint_service_allowed_principal', names.kmsPrincipal),
  ref('aws_vpc_endpoint_service_private_dns_verification', names.network),
];
