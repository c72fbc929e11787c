/**
 * The architecture diagram of a plan as a model with its layout: boxes from KMS to the external
 * key manager, the arrows between them, where TLS from KMS terminates, and the account boundary
 * when the VPC endpoint service belongs to another account. The SVG string printer (files) and
 * the React component (page) both draw this model, so they cannot disagree.
 */
import type { Plan } from '../plan/plan-schema';

export type DiagramBoxId = 'kms' | 'endpoint-service' | 'load-balancer' | 'proxy' | 'key-manager';

export interface DiagramBox {
  readonly id: DiagramBoxId;
  readonly title: string;
  readonly lines: readonly string[];
  /** TLS from KMS terminates on this component. */
  readonly tlsTerminatesHere: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A downward arrow from the bottom of one box to the top of the next. */
export interface DiagramArrow {
  readonly label: string;
  readonly x: number;
  readonly fromY: number;
  readonly toY: number;
  /** Baseline of the label, beside the arrow. */
  readonly labelY: number;
}

export interface DiagramBoundary {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ArchitectureDiagram {
  readonly width: number;
  readonly height: number;
  /** The whole diagram in one sentence, for screen readers and text-only formats. */
  readonly description: string;
  readonly boxes: readonly DiagramBox[];
  readonly arrows: readonly DiagramArrow[];
  readonly boundaries: readonly DiagramBoundary[];
}

export const diagramText = {
  titleSize: 15,
  lineSize: 13,
  lineHeight: 19,
  /** Longer texts are cut with an ellipsis so that they stay inside their box. */
  maxCharacters: 60,
} as const;

const boxWidth = 480;
const margin = 24;
const gap = 64;
const boundaryPadding = 12;
const boundaryLabelRoom = 24;
const tlsLine = 'TLS from KMS terminates here';

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > diagramText.maxCharacters
    ? `${flat.slice(0, diagramText.maxCharacters - 1)}…`
    : flat;
}

/** "a, b and 2 more": as many names of a list as fit on one line of a box. */
function someOf(names: readonly string[]): string {
  for (let shown = names.length; shown > 1; shown--) {
    const rest = names.length - shown;
    const text = `${names.slice(0, shown).join(', ')}${rest ? ` and ${rest} more` : ''}`;
    if (text.length <= diagramText.maxCharacters) return text;
  }
  return names.length > 1 ? `${names[0]} and ${names.length - 1} more` : (names[0] ?? '');
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** How the load balancer's VPC reaches the proxy, as the arrow into the proxy names it. */
const linkNames = {
  'same-vpc': 'inside the VPC',
  'direct-connect': 'over AWS Direct Connect',
  'site-to-site-vpn': 'over Site-to-Site VPN',
  'transit-gateway': 'over a transit gateway',
  'vpc-peering': 'over VPC peering',
  none: 'with no link yet',
} as const;

/** Which network the proxy is in: AWS's side or the customer's. */
const proxyNetworks = {
  'this-vpc': "AWS: the load balancer's VPC",
  'other-aws-network': 'Customer network in AWS: another VPC',
  'on-premises': 'Customer network: on premises',
  'other-cloud': 'Customer network: another cloud',
} as const;

interface BoxContent {
  readonly id: DiagramBoxId;
  readonly title: string;
  readonly lines: readonly string[];
  readonly tlsTerminatesHere?: boolean;
  /** The label of the arrow into the next box. */
  readonly arrowOut?: string;
}

function contents(plan: Plan, vpc: boolean): BoxContent[] {
  const keyStore = plan.keyStore ?? {};
  const endpoint = keyStore.XksProxyUriEndpoint;
  const host = endpoint?.startsWith('https://') ? endpoint.slice('https://'.length) : endpoint;
  const tlsOnLoadBalancer = vpc && plan.tls?.terminatesAt === 'load-balancer';
  const kms: BoxContent = {
    id: 'kms',
    title: `AWS KMS in ${plan.region ?? 'a Region not yet chosen'}`,
    lines: [
      `External key store ${keyStore.CustomKeyStoreName ?? '(not named yet)'}`,
      ...(plan.accountId ? [`Account ${plan.accountId}`] : []),
    ],
    arrowOut: vpc
      ? 'PrivateLink (interface VPC endpoint)'
      : `Internet: HTTPS to ${host ?? 'the proxy'}, TCP 443`,
  };
  const proxies = plan.proxy?.instances ?? [];
  const proxyNames = proxies.map((instance) => instance.id ?? instance.ipAddress ?? '?');
  const proxy: BoxContent = {
    id: 'proxy',
    title: `XKS proxy: ${proxies.length ? count(proxies.length, 'instance') : 'instances not listed'}`,
    lines: [
      ...([plan.proxy?.vendor, plan.proxy?.product].some(Boolean)
        ? [[plan.proxy?.vendor, plan.proxy?.product].filter(Boolean).join(' ')]
        : []),
      ...(proxyNames.length ? [someOf(proxyNames)] : []),
      ...(plan.proxy?.location ? [proxyNetworks[plan.proxy.location]] : []),
      `${host ?? '(host not set)'}${keyStore.XksProxyUriPath ?? plan.proxy?.uriPath ?? ''}`,
    ],
    tlsTerminatesHere: !tlsOnLoadBalancer,
    arrowOut: 'Key manager protocol',
  };
  const managers = plan.externalKeyManager?.instances ?? [];
  const keyManager: BoxContent = {
    id: 'key-manager',
    title: `External key manager: ${managers.length ? count(managers.length, 'instance') : 'instances not listed'}`,
    lines: [
      ...([plan.externalKeyManager?.vendor, plan.externalKeyManager?.model].some(Boolean)
        ? [
            [plan.externalKeyManager?.vendor, plan.externalKeyManager?.model]
              .filter(Boolean)
              .join(' '),
          ]
        : []),
      ...(managers.length ? [someOf(managers.map((instance) => instance.id ?? '?'))] : []),
    ],
  };
  if (!vpc) return [kms, proxy, keyManager];
  const listener = plan.loadBalancer?.listener;
  const link = plan.vpc?.connectionToProxy;
  return [
    kms,
    {
      id: 'endpoint-service',
      title: 'VPC endpoint service',
      lines: [
        keyStore.XksProxyVpcEndpointServiceName ?? '(service name not set)',
        `Private DNS name ${plan.endpointService?.privateDnsName ?? '(not set)'}`,
      ],
      arrowOut: 'PrivateLink',
    },
    {
      id: 'load-balancer',
      title: `Load balancer ${plan.loadBalancer?.name ?? '(not named yet)'}`,
      lines: [
        `${plan.loadBalancer?.type ?? 'network'}, ${plan.loadBalancer?.scheme ?? 'internal'}, listener ${listener?.protocol ?? 'TCP'} ${listener?.port ?? 443}`,
        ...(plan.vpc?.vpcId ? [`In ${plan.vpc.vpcId}`] : []),
      ],
      tlsTerminatesHere: tlsOnLoadBalancer,
      arrowOut: `${tlsOnLoadBalancer ? 'TLS to the targets' : 'TCP pass-through (TLS to the proxy)'}${link ? ` ${linkNames[link]}` : ''}`,
    },
    proxy,
    keyManager,
  ];
}

/** The diagram of a plan, laid out top to bottom. */
export function buildArchitecture(plan: Plan): ArchitectureDiagram {
  const vpc = plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE';
  const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
  const crossAccount = vpc && owner !== undefined && owner !== plan.accountId;
  const x = margin + boundaryPadding;
  let y = margin + (crossAccount ? boundaryLabelRoom + boundaryPadding : 0);
  const boxes: DiagramBox[] = [];
  const arrows: DiagramArrow[] = [];
  const items = contents(plan, vpc);
  items.forEach((item, index) => {
    const lines = [...item.lines, ...(item.tlsTerminatesHere ? [tlsLine] : [])].map(clip);
    const height = 22 + diagramText.lineHeight * (lines.length + 1);
    boxes.push({
      id: item.id,
      title: clip(item.title),
      lines,
      tlsTerminatesHere: item.tlsTerminatesHere === true,
      x,
      y,
      width: boxWidth,
      height,
    });
    y += height;
    if (index < items.length - 1) {
      // The arrow out of KMS crosses into the other account: room for that boundary's label.
      const crossing = crossAccount && index === 0;
      const length = crossing ? gap + boundaryLabelRoom + 2 * boundaryPadding : gap;
      arrows.push({
        label: clip(item.arrowOut ?? ''),
        x: x + 40,
        fromY: y,
        toY: y + length,
        labelY: y + (crossing ? 44 : gap / 2 + 5),
      });
      y += length;
    }
  });
  const boundaries: DiagramBoundary[] = [];
  if (crossAccount) {
    const around = (label: string, first: DiagramBox, last: DiagramBox) => ({
      label,
      x: margin,
      y: first.y - boundaryPadding - boundaryLabelRoom,
      width: boxWidth + 2 * boundaryPadding,
      height:
        last.y + last.height + boundaryPadding - (first.y - boundaryPadding - boundaryLabelRoom),
    });
    const [kms, service, , proxy] = boxes;
    boundaries.push(
      around(`Key store account ${plan.accountId ?? ''}`.trim(), kms!, kms!),
      around(`Endpoint service account ${owner}`, service!, proxy!),
    );
  }
  const description = `${items
    .map((item) => item.title)
    .join(
      ' → ',
    )}${crossAccount ? `; the endpoint service, load balancer and proxy are in account ${owner}, the key store in account ${plan.accountId ?? '(not set)'}` : ''}; TLS from KMS terminates on the ${vpc && plan.tls?.terminatesAt === 'load-balancer' ? 'load balancer' : 'proxy'}.`;
  return {
    width: boxWidth + 2 * (margin + boundaryPadding),
    height: y + margin + (crossAccount ? boundaryPadding : 0),
    description,
    boxes,
    arrows,
    boundaries,
  };
}
