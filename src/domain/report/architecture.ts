/**
 * The architecture diagram of a plan as a model with its layout: boxes from KMS to the external
 * key manager, the arrows between them (the one that leaves AWS names the link: internet, Direct
 * Connect, VPN…), where TLS from KMS terminates, and the boundaries around them: AWS, the
 * customer's network (on premises, another cloud or another VPC) and, when the VPC endpoint
 * service belongs to another account, each account. Boundaries differ by line style and label,
 * never by colour alone, so the diagram reads in black and white. The SVG string printer (files)
 * and the React component (page) both draw this model, so they cannot disagree.
 */
import type { Plan } from '../plan/plan-schema';
import { tlsTerminatesAt } from '../rules/support/vpc-tls-termination';

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

export type DiagramBoundaryKind = 'aws' | 'account' | 'customer-network';

/** How each kind of boundary is drawn: a line style of its own (SVG stroke-dasharray). */
export const boundaryStyles: Readonly<
  Record<DiagramBoundaryKind, { readonly dashArray: string | undefined; readonly line: string }>
> = {
  aws: { dashArray: undefined, line: 'solid line' },
  account: { dashArray: '8 4', line: 'dashed line' },
  'customer-network': { dashArray: '2 3', line: 'dotted line' },
};

export interface DiagramBoundary {
  readonly kind: DiagramBoundaryKind;
  readonly label: string;
  /**
   * Where the label ends (it is drawn right-aligned at the top): clear of the arrows, which run
   * down the left side of the boxes.
   */
  readonly labelX: number;
  readonly labelY: number;
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

/** Where the proxy runs: as stated, else as the VPC's link to it implies. */
type ProxyPlace = NonNullable<NonNullable<Plan['proxy']>['location']> | 'outside-aws';

function proxyPlace(plan: Plan, vpc: boolean): ProxyPlace | undefined {
  if (plan.proxy?.location) return plan.proxy.location;
  if (!vpc) return undefined;
  switch (plan.vpc?.connectionToProxy) {
    case 'same-vpc':
      return 'this-vpc';
    case 'transit-gateway':
    case 'vpc-peering':
      return 'other-aws-network';
    case 'direct-connect':
    case 'site-to-site-vpn':
      return 'outside-aws';
    default:
      return undefined;
  }
}

/** The label of the customer's network the proxy is in, when it is not AWS's side. */
const customerNetworkOfProxy = {
  'other-aws-network': 'Customer network in AWS: another VPC',
  'on-premises': 'Customer network: on premises',
  'other-cloud': 'Customer network: another cloud',
  'outside-aws': 'Customer network: on premises or another cloud',
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

const tlsSentence: Readonly<Record<'proxy' | 'load-balancer' | 'not-stated', string>> = {
  proxy: 'TLS from KMS terminates on the proxy.',
  'load-balancer': 'TLS from KMS terminates on the load balancer.',
  'not-stated': 'Where TLS from KMS terminates is not stated yet.',
};

const tlsArrows: Readonly<Record<'proxy' | 'load-balancer' | 'not-stated', string>> = {
  proxy: 'TCP pass-through (TLS to the proxy)',
  'load-balancer': 'TLS to the targets',
  'not-stated': 'To the proxy (TLS end not stated)',
};

function contents(plan: Plan, vpc: boolean): BoxContent[] {
  const keyStore = plan.keyStore ?? {};
  const endpoint = keyStore.XksProxyUriEndpoint;
  const host = endpoint?.startsWith('https://') ? endpoint.slice('https://'.length) : endpoint;
  const tlsAt = tlsTerminatesAt(plan);
  const connectivity = keyStore.XksProxyConnectivity;
  const kms: BoxContent = {
    id: 'kms',
    title: `AWS KMS in ${plan.region ?? 'a Region not yet chosen'}`,
    lines: [
      `External key store ${keyStore.CustomKeyStoreName ?? '(not named yet)'}`,
      ...(plan.accountId ? [`Account ${plan.accountId}`] : []),
    ],
    arrowOut:
      connectivity === undefined
        ? 'Connectivity not chosen yet'
        : vpc
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
    tlsTerminatesHere: tlsAt === 'proxy',
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
        `${plan.loadBalancer?.type ?? 'network'}, ${plan.loadBalancer?.scheme ?? 'internal'}, listener ${listener?.protocol ?? '(protocol not stated)'} ${listener?.port ?? 443}`,
        ...(plan.vpc?.vpcId ? [`In ${plan.vpc.vpcId}`] : []),
      ],
      tlsTerminatesHere: tlsAt === 'load-balancer',
      arrowOut: `${tlsArrows[tlsAt ?? 'not-stated']}${link ? ` ${linkNames[link]}` : proxyPlace(plan, vpc) === 'this-vpc' ? '' : ', link not stated'}`,
    },
    proxy,
    keyManager,
  ];
}

/** A boundary before layout: a kind, a label and the run of boxes it encloses. */
interface BoundarySpan {
  readonly kind: DiagramBoundaryKind;
  readonly label: string;
  readonly first: DiagramBoxId;
  readonly last: DiagramBoxId;
}

/** What the description calls each box. */
const shortNames: Record<DiagramBoxId, string> = {
  kms: 'KMS',
  'endpoint-service': 'the endpoint service',
  'load-balancer': 'the load balancer',
  proxy: 'the proxy',
  'key-manager': 'the key manager',
};

/**
 * The boundaries around the boxes, outermost first; each encloses a run of boxes and any two are
 * nested or apart. AWS holds KMS and whatever runs in AWS; the customer's network holds the key
 * manager (external to AWS by definition) and the proxy when it runs outside AWS.
 */
function boundarySpans(plan: Plan, vpc: boolean, crossAccount: boolean): BoundarySpan[] {
  const place = proxyPlace(plan, vpc);
  const proxyInAws = place === 'this-vpc' || place === 'other-aws-network';
  const spans: BoundarySpan[] = [
    {
      kind: 'aws',
      label: 'AWS cloud',
      first: 'kms',
      last: proxyInAws ? 'proxy' : vpc ? 'load-balancer' : 'kms',
    },
  ];
  if (crossAccount) {
    spans.push(
      {
        kind: 'account',
        label: `Key store account ${plan.accountId ?? '(not set)'}`,
        first: 'kms',
        last: 'kms',
      },
      {
        kind: 'account',
        label: `Endpoint service account ${plan.keyStore?.XksProxyVpcEndpointServiceOwner ?? ''}`,
        first: 'endpoint-service',
        last: place === 'this-vpc' ? 'proxy' : 'load-balancer',
      },
    );
  }
  if (place === 'other-aws-network') {
    spans.push({
      kind: 'customer-network',
      label: customerNetworkOfProxy[place],
      first: 'proxy',
      last: 'proxy',
    });
  }
  spans.push(
    proxyInAws
      ? {
          kind: 'customer-network',
          label: 'Customer network: where the key manager runs',
          first: 'key-manager',
          last: 'key-manager',
        }
      : {
          kind: 'customer-network',
          label:
            place === undefined
              ? 'Customer network (where the proxy runs is not stated)'
              : customerNetworkOfProxy[place],
          first: 'proxy',
          last: 'key-manager',
        },
  );
  return spans;
}

/** The diagram of a plan, laid out top to bottom, boundaries nested around runs of boxes. */
export function buildArchitecture(plan: Plan): ArchitectureDiagram {
  const vpc = plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE';
  const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
  const crossAccount = vpc && owner !== undefined && owner !== plan.accountId;
  const items = contents(plan, vpc);
  const indexOf = (id: DiagramBoxId) => items.findIndex((item) => item.id === id);
  const spans = boundarySpans(plan, vpc, crossAccount).map((span) => ({
    ...span,
    from: indexOf(span.first),
    to: indexOf(span.last),
  }));
  // A boundary's depth is how many earlier (outer) ones enclose it; each level takes a padding.
  const depths = spans.map(
    (span, index) =>
      spans.slice(0, index).filter((outer) => outer.from <= span.from && span.to <= outer.to)
        .length,
  );
  const levels = spans.length ? Math.max(...depths) + 1 : 0;
  const x = margin + levels * boundaryPadding;
  const tops = new Map<number, number>();
  const bottoms = new Map<number, number>();
  const boxes: DiagramBox[] = [];
  const arrows: DiagramArrow[] = [];
  let y = margin;
  items.forEach((item, index) => {
    // Boundaries opening here, outermost first: each takes a label row and a padding.
    spans.forEach((span, spanIndex) => {
      if (span.from !== index) return;
      tops.set(spanIndex, y);
      y += boundaryLabelRoom + boundaryPadding;
    });
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
    const fromY = y + height;
    y = fromY;
    // Boundaries closing here, innermost first.
    spans
      .map((span, spanIndex) => ({ span, spanIndex }))
      .filter(({ span }) => span.to === index)
      .reverse()
      .forEach(({ spanIndex }) => {
        y += boundaryPadding;
        bottoms.set(spanIndex, y);
      });
    if (index < items.length - 1) {
      const opening = spans.filter((span) => span.from === index + 1).length;
      // The label sits in the free gap, clear of every boundary's edge and label.
      const labelY = y + gap / 2 + 5;
      y += gap;
      arrows.push({
        label: clip(item.arrowOut ?? ''),
        x: x + 40,
        fromY,
        toY: y + opening * (boundaryLabelRoom + boundaryPadding),
        labelY,
      });
    }
  });
  const boundaries: DiagramBoundary[] = spans.map((span, index) => {
    const inset = margin + depths[index]! * boundaryPadding;
    const width = boxWidth + 2 * (x - inset);
    return {
      kind: span.kind,
      label: clip(span.label),
      labelX: inset + width - 10,
      labelY: tops.get(index)! + 17,
      x: inset,
      y: tops.get(index)!,
      width,
      height: bottoms.get(index)! - tops.get(index)!,
    };
  });
  const where = spans.map(
    (span) =>
      `${span.label} (${boundaryStyles[span.kind].line}): ${items
        .slice(span.from, span.to + 1)
        .map((item) => shortNames[item.id])
        .join(', ')}`,
  );
  const description = `${items.map((item) => item.title).join(' → ')}. ${where.join('; ')}. ${tlsSentence[tlsTerminatesAt(plan) ?? 'not-stated']}`;
  return {
    width: boxWidth + 2 * x,
    height: y + margin,
    description,
    boxes,
    arrows,
    boundaries,
  };
}
