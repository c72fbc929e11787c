import { describe, expect, it } from 'vitest';
import { examplePlans } from '../plan/examples';
import type { Plan } from '../plan/plan-schema';
import {
  boundaryStyles,
  buildArchitecture,
  diagramText,
  type ArchitectureDiagram,
  type DiagramBoundary,
  type DiagramBoundaryKind,
} from './architecture';
import { printArchitectureSvg } from './architecture-svg';
import { buildRunbook } from './runbook';

const exampleOf = (id: string) => examplePlans.find((example) => example.id === id)!.document;
const diagramOf = (id: string) => buildArchitecture(exampleOf(id));

/** The boxes a boundary's rectangle holds, by id. */
const inside = (diagram: ArchitectureDiagram, boundary: DiagramBoundary) =>
  diagram.boxes
    .filter(
      (box) =>
        box.x > boundary.x &&
        box.y > boundary.y &&
        box.x + box.width < boundary.x + boundary.width &&
        box.y + box.height < boundary.y + boundary.height,
    )
    .map((box) => box.id);

/** Each boundary as its kind, label and the boxes it holds. */
const boundariesOf = (diagram: ArchitectureDiagram) =>
  diagram.boundaries.map((boundary) => [boundary.kind, boundary.label, inside(diagram, boundary)]);

const publicEndpoint = exampleOf('public-endpoint-ready');
const vpcReady = exampleOf('vpc-endpoint-service-ready');

/** Variants that reach every boundary layout: each proxy place, links, unstated facts. */
const variants: [string, Plan][] = [
  ...examplePlans.map((example): [string, Plan] => [example.id, example.document]),
  ...(['this-vpc', 'other-aws-network', 'on-premises', 'other-cloud'] as const).flatMap(
    (location): [string, Plan][] => [
      [`vpc, proxy ${location}`, { ...vpcReady, proxy: { ...vpcReady.proxy, location } }],
      [
        `cross-account, proxy ${location}`,
        {
          ...exampleOf('vpc-cross-account'),
          proxy: { ...exampleOf('vpc-cross-account').proxy, location },
        },
      ],
    ],
  ),
  ['vpc, nothing about the proxy', { ...vpcReady, proxy: {}, vpc: {} }],
  ['public, nothing about the proxy', { ...publicEndpoint, proxy: {} }],
  ['almost empty', { version: 1 } as Plan],
];

describe('the architecture', () => {
  it('goes from KMS over the internet to the proxy in the customer network for a public endpoint', () => {
    const diagram = diagramOf('public-endpoint-ready');
    expect(diagram.boxes.map((box) => box.id)).toEqual(['kms', 'proxy', 'key-manager']);
    expect(boundariesOf(diagram)).toEqual([
      ['aws', 'AWS cloud', ['kms']],
      ['customer-network', 'Customer network: on premises', ['proxy', 'key-manager']],
    ]);
    expect(diagram.arrows[0]!.label).toMatch(/^Internet: HTTPS to /);
    expect(diagram.boxes.find((box) => box.tlsTerminatesHere)?.id).toBe('proxy');
  });

  it('passes the endpoint service and load balancer in AWS, then the link to the customer network', () => {
    const diagram = diagramOf('vpc-endpoint-service-ready');
    expect(diagram.boxes.map((box) => box.id)).toEqual([
      'kms',
      'endpoint-service',
      'load-balancer',
      'proxy',
      'key-manager',
    ]);
    expect(boundariesOf(diagram)).toEqual([
      ['aws', 'AWS cloud', ['kms', 'endpoint-service', 'load-balancer']],
      ['customer-network', 'Customer network: on premises', ['proxy', 'key-manager']],
    ]);
    expect(diagram.arrows).toHaveLength(4);
    // The arrow that leaves AWS names the link.
    const [aws, customer] = diagram.boundaries;
    const leaving = diagram.arrows[2]!;
    expect(leaving.fromY).toBeLessThan(aws!.y + aws!.height);
    expect(leaving.toY).toBeGreaterThan(customer!.y);
    expect(leaving.label).toContain('over AWS Direct Connect');
  });

  it('draws each account of a cross-account plan inside AWS, with the proxy in its VPC', () => {
    const diagram = diagramOf('vpc-cross-account');
    expect(boundariesOf(diagram)).toEqual([
      ['aws', 'AWS cloud', ['kms', 'endpoint-service', 'load-balancer', 'proxy']],
      ['account', 'Key store account 111122223333', ['kms']],
      [
        'account',
        'Endpoint service account 444455556666',
        ['endpoint-service', 'load-balancer', 'proxy'],
      ],
      ['customer-network', 'Customer network: where the key manager runs', ['key-manager']],
    ]);
    const [kms, service] = diagram.boxes;
    const [, , other] = diagram.boundaries;
    expect(other!.y).toBeGreaterThan(kms!.y + kms!.height);
    expect(other!.y).toBeLessThan(service!.y);
  });

  it('draws a proxy in another VPC inside AWS, in a customer network of its own', () => {
    const diagram = buildArchitecture({
      ...vpcReady,
      vpc: { ...vpcReady.vpc, connectionToProxy: 'transit-gateway' },
      proxy: { ...vpcReady.proxy, location: 'other-aws-network' },
    });
    expect(boundariesOf(diagram)).toEqual([
      ['aws', 'AWS cloud', ['kms', 'endpoint-service', 'load-balancer', 'proxy']],
      ['customer-network', 'Customer network in AWS: another VPC', ['proxy']],
      ['customer-network', 'Customer network: where the key manager runs', ['key-manager']],
    ]);
  });

  it("infers the proxy's side from the VPC's link when its place is not stated, else says so", () => {
    const unplaced = { ...vpcReady, proxy: { ...vpcReady.proxy, location: undefined } };
    expect(boundariesOf(buildArchitecture(unplaced)).at(-1)?.[1]).toBe(
      'Customer network: on premises or another cloud',
    );
    const unlinked = buildArchitecture({ ...unplaced, vpc: { vpcId: 'vpc-1' } });
    expect(boundariesOf(unlinked).at(-1)?.[1]).toBe(
      'Customer network (where the proxy runs is not stated)',
    );
    expect(unlinked.arrows[2]!.label).toContain(', link not stated');
    const sameVpc = buildArchitecture({ ...unplaced, vpc: { connectionToProxy: 'same-vpc' } });
    expect(inside(sameVpc, sameVpc.boundaries[0]!)).toContain('proxy');
  });

  it.each([
    ['direct-connect', 'over AWS Direct Connect'],
    ['site-to-site-vpn', 'over Site-to-Site VPN'],
    ['transit-gateway', 'over a transit gateway'],
    ['vpc-peering', 'over VPC peering'],
  ] as const)('names the link %s on the arrow into the proxy', (connectionToProxy, words) => {
    const diagram = buildArchitecture({ ...vpcReady, vpc: { ...vpcReady.vpc, connectionToProxy } });
    expect(diagram.arrows[2]!.label).toContain(words);
  });

  it('says which network the proxy is in', () => {
    const inVpc = buildArchitecture({
      ...publicEndpoint,
      proxy: { ...publicEndpoint.proxy, location: 'this-vpc' },
    });
    expect(inVpc.boxes[1]!.lines).toContain("AWS: the load balancer's VPC");
    expect(diagramOf('public-endpoint-ready').boxes[1]!.lines).toContain(
      'Customer network: on premises',
    );
  });

  it('describes the boundaries and where TLS terminates in words', () => {
    expect(diagramOf('vpc-cross-account').description).toContain(
      'Endpoint service account 444455556666 (dashed line): the endpoint service, the load balancer, the proxy',
    );
    expect(diagramOf('public-endpoint-ready').description).toContain(
      'TLS from KMS terminates on the proxy.',
    );
  });

  it('marks where TLS terminates only where the plan says, and draws no path before connectivity', () => {
    const empty = buildArchitecture({ version: 1 } as Plan);
    expect(empty.boxes.some((box) => box.tlsTerminatesHere)).toBe(false);
    expect(empty.description).toContain('Where TLS from KMS terminates is not stated yet.');
    expect(empty.arrows[0]!.label).toBe('Connectivity not chosen yet');

    const unstated = buildArchitecture({
      ...vpcReady,
      tls: { ...vpcReady.tls, terminatesAt: undefined },
      loadBalancer: {
        ...vpcReady.loadBalancer,
        listener: { ...vpcReady.loadBalancer!.listener, protocol: undefined },
      },
    });
    expect(unstated.boxes.some((box) => box.tlsTerminatesHere)).toBe(false);
    const loadBalancer = unstated.boxes.find((box) => box.id === 'load-balancer')!;
    expect(loadBalancer.lines[0]).toMatch(/listener \(protocol not stated\) 443$/);
    expect(unstated.arrows[2]!.label).toMatch(/^To the proxy \(TLS end not stated\) over /);
    expect(
      diagramOf('vpc-endpoint-service-ready').boxes.filter((box) => box.tlsTerminatesHere),
    ).toHaveLength(1);
  });

  describe.each(variants)('laid out (%s)', (_name, plan) => {
    const diagram = buildArchitecture(plan);

    it('keeps every box below the previous one and inside the drawing', () => {
      diagram.boxes.forEach((box, index) => {
        const previous = diagram.boxes[index - 1];
        if (previous) expect(box.y).toBeGreaterThan(previous.y + previous.height);
        expect(box.y + box.height).toBeLessThanOrEqual(diagram.height);
        expect(box.x + box.width).toBeLessThanOrEqual(diagram.width);
      });
    });

    it('draws AWS and the customer network, and nests boundaries without crossing', () => {
      const kinds = new Set(diagram.boundaries.map((boundary) => boundary.kind));
      expect(kinds).toContain('aws');
      expect(kinds).toContain('customer-network');
      for (const boundary of diagram.boundaries) {
        expect(boundary.x + boundary.width).toBeLessThanOrEqual(diagram.width);
        expect(boundary.y + boundary.height).toBeLessThanOrEqual(diagram.height);
        // Every box is wholly inside or wholly outside.
        for (const box of diagram.boxes) {
          const overlaps = box.y < boundary.y + boundary.height && box.y + box.height > boundary.y;
          if (overlaps) expect(inside(diagram, boundary)).toContain(box.id);
        }
      }
      // Every key manager is outside AWS; KMS is inside.
      const aws = diagram.boundaries.find((boundary) => boundary.kind === 'aws')!;
      expect(inside(diagram, aws)).toContain('kms');
      expect(inside(diagram, aws)).not.toContain('key-manager');
    });

    it("puts each arrow's label clear of every boundary's label", () => {
      for (const arrow of diagram.arrows) {
        for (const boundary of diagram.boundaries) {
          expect(Math.abs(arrow.labelY - boundary.labelY)).toBeGreaterThanOrEqual(
            diagramText.lineHeight,
          );
        }
      }
    });
  });
});

describe('the architecture in black and white', () => {
  it('gives each kind of boundary its own line style', () => {
    const kinds = Object.keys(boundaryStyles) as DiagramBoundaryKind[];
    const dashes = kinds.map((kind) => boundaryStyles[kind].dashArray ?? 'solid');
    expect(new Set(dashes).size).toBe(kinds.length);
    expect(new Set(kinds.map((kind) => boundaryStyles[kind].line)).size).toBe(kinds.length);
  });

  it.each(variants)(
    'labels every boundary and draws it in its kind’s line style (%s)',
    (_, plan) => {
      const diagram = buildArchitecture(plan);
      const svg = printArchitectureSvg(diagram);
      for (const boundary of diagram.boundaries) {
        expect(boundary.label.trim()).not.toBe('');
        expect(svg).toContain(`>${boundary.label}</text>`);
      }
      const drawn = [...svg.matchAll(/<rect [^>]*data-boundary="([^"]+)"[^>]*>/g)];
      expect(drawn).toHaveLength(diagram.boundaries.length);
      for (const [rect, kind] of drawn) {
        const dash = boundaryStyles[kind as DiagramBoundaryKind].dashArray;
        if (dash) expect(rect).toContain(`stroke-dasharray="${dash}"`);
        else expect(rect).not.toContain('stroke-dasharray');
      }
    },
  );
});

describe('the runbook of a plan that does not say where TLS ends', () => {
  it('leaves the listener and target group protocols as placeholders, not TCP', () => {
    const { listener, targetGroup } = vpcReady.loadBalancer!;
    const network = buildRunbook({
      ...vpcReady,
      loadBalancer: {
        ...vpcReady.loadBalancer,
        listener: { ...listener, protocol: undefined },
        targetGroup: { ...targetGroup, protocol: undefined },
      },
    }).find((step) => step.title === 'Build the network')!;
    expect(network.commands).toContain("--protocol='<TCP or TLS>'");
    expect(network.commands).not.toContain('--protocol=TCP');
    const ready = buildRunbook(vpcReady).find((step) => step.title === 'Build the network')!;
    expect(ready.commands).toContain('--protocol=TCP');
  });
});

describe('the runbook step that creates the keys', () => {
  const step = (plan: Plan) =>
    buildRunbook(plan).find((each) => each.title === 'Create the KMS keys')!;

  it('says the plan lists no keys yet when it lists none, and counts them otherwise', () => {
    expect(step({ ...vpcReady, keys: [] }).text).toMatch(/^The plan lists no keys yet: /);
    expect(step({ ...vpcReady, keys: [] }).commands).toContain("--xks-key-id='<XksKeyId>'");
    expect(step(vpcReady).text).toMatch(/^Create the (KMS key|\d+ KMS keys) of the plan/);
  });
});
