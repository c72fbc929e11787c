/**
 * The one place where every infrastructure export (Terraform, CDK, AWS CLI) turns a plan into what
 * it builds. Values AWS KMS accepts only one way, and the certificate name the pasted chain gives,
 * are used whatever the plan says, the same way in every format, and each value the plan states
 * differently is listed as an override: each export's README and the export step show that list.
 * Unstated values are filled in silently (they are not a disagreement). The fixed values come from
 * the plan's own derivations table, so the wizard, the rules and the exports agree on them.
 */
import { parsePointer, valueAt } from '../../engine/json-pointer';
import { derivations } from '../../plan/derivations';
import { fieldLabel } from '../../plan/plan-fields';
import type { Plan } from '../../plan/plan-schema';
import type { ChainAnalysis } from '../../tls/chain-types';
import { markdownInline } from './markdown';
import { connectivityOf, existingEndpointServiceOf } from './topology';

export interface ExportOverride {
  /** The plan field, as a JSON Pointer. */
  readonly pointer: string;
  readonly planned: unknown;
  readonly exported: unknown;
  /** Why AWS KMS needs the exported value, as a sentence. */
  readonly why: string;
}

export interface ExportPlan {
  /** The plan as the exports build it. */
  readonly plan: Plan;
  /** Every place where that differs from a value the plan states, in plan order. */
  readonly overrides: readonly ExportOverride[];
}

interface FixedValue {
  readonly pointer: string;
  readonly value: unknown;
  readonly why: string;
}

/** What an export is given besides the plan. */
export interface ExportContext {
  /**
   * The analysis of the plan's pasted certificate chain: its server certificate's name is the one
   * the certificate alarm watches, whatever the typed certificate fields still say.
   */
  readonly certificateChain?: ChainAnalysis;
}

const certificateNamePointer = '/tls/certificate/subjectCommonName';

/** The common name of the chain's server certificate, which the plan's typed copy must match. */
function chainCertificateName(context: ExportContext): FixedValue | undefined {
  const name = context.certificateChain?.certificates[0]?.subjectCommonName;
  return name === undefined
    ? undefined
    : {
        pointer: certificateNamePointer,
        value: name,
        why: 'It is the common name of the server certificate in the pasted chain, and the certificate expiry alarm watches that certificate.',
      };
}

/** What every KMS key in an external key store is (CreateKey with origin EXTERNAL_KEY_STORE). */
const keyFixedValues: readonly (readonly [field: string, value: unknown, why: string])[] = [
  ['KeySpec', 'SYMMETRIC_DEFAULT', 'An external key store holds only symmetric encryption keys.'],
  ['KeyUsage', 'ENCRYPT_DECRYPT', 'An external key store holds only symmetric encryption keys.'],
  ['Origin', 'EXTERNAL_KEY_STORE', 'A KMS key in an external key store has this origin.'],
  ['MultiRegion', false, 'Keys in an external key store are single-Region.'],
  ['automaticRotation', false, 'KMS cannot rotate keys in an external key store automatically.'],
];

/** The protocols a listener or target group may forward to the proxy: KMS speaks TLS over TCP. */
const forwardedProtocols = new Set(['TCP', 'TLS']);

function fixedValues(plan: Plan, context: ExportContext): FixedValue[] {
  const values: FixedValue[] = derivations
    .filter((derivation) => derivation.applies(plan))
    .flatMap((derivation) => {
      // A derived value (not fixed) overrides only where it is known: the URI endpoint of a VPC
      // endpoint service store is https:// and its private DNS name.
      if (derivation.fixed !== true && derivation.target !== '/keyStore/XksProxyUriEndpoint') {
        return [];
      }
      const value = derivation.value(plan);
      return value === undefined
        ? []
        : [{ pointer: derivation.target, value, why: derivation.why }];
    });
  if (plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE') {
    for (const place of ['listener', 'targetGroup'] as const) {
      const protocol = plan.loadBalancer?.[place]?.protocol;
      if (protocol !== undefined && !forwardedProtocols.has(protocol)) {
        values.push({
          pointer: `/loadBalancer/${place}/protocol`,
          value: 'TCP',
          why: 'KMS connects over TLS, which the load balancer forwards as TCP (or terminates as TLS).',
        });
      }
    }
  }
  const fromChain = chainCertificateName(context);
  if (fromChain !== undefined) values.push(fromChain);
  (plan.keys ?? []).forEach((_, index) => {
    for (const [field, value, why] of keyFixedValues) {
      values.push({ pointer: `/keys/${index}/${field}`, value, why });
    }
  });
  // An existing endpoint service is used as it is: the exports build none of its network, so
  // nothing of it is overridden (the rules report what AWS would refuse in it).
  return existingEndpointServiceOf(plan) === undefined
    ? values
    : values.filter((fixed) => !networkPointer.test(fixed.pointer));
}

const networkPointer = /^\/(loadBalancer|endpointService|vpc)\//;

/** Writes `value` at `pointer` in a plain JSON document, creating objects on the way. */
function writeAt(document: Record<string, unknown>, pointer: string, value: unknown): void {
  const segments = parsePointer(pointer);
  let node = document;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    if (typeof next !== 'object' || next === null) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[segments[segments.length - 1]!] = value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The plan every infrastructure export builds, and the overrides. Key-level values are written
 * only where the plan states them: an unstated key spec is already the default AWS uses.
 */
export function exportPlan(planned: Plan, context: ExportContext = {}): ExportPlan {
  // A plan is plain JSON: a JSON copy is a deep copy (the domain has no structuredClone).
  const plan = JSON.parse(JSON.stringify(planned)) as Plan & Record<string, unknown>;
  const keyStore = { ...plan.keyStore, XksProxyConnectivity: connectivityOf(planned) };
  plan.keyStore = keyStore;
  const overrides: ExportOverride[] = [];
  for (const fixed of fixedValues(plan, context)) {
    const stated = valueAt(plan, fixed.pointer);
    if (same(stated, fixed.value)) continue;
    const keyField = fixed.pointer.startsWith('/keys/');
    if (stated === undefined && keyField) continue;
    if (stated !== undefined) {
      overrides.push({
        pointer: fixed.pointer,
        planned: stated,
        exported: fixed.value,
        why: fixed.why,
      });
    }
    writeAt(plan, fixed.pointer, fixed.value);
  }
  return { plan, overrides };
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** One override as a sentence of plain text (the caller escapes it for its medium). */
export function overrideSentence(override: ExportOverride): string {
  return `${fieldLabel(override.pointer)} (${override.pointer}): the plan says ${shown(override.planned)}, the export uses ${shown(override.exported)}. ${override.why}`;
}

/** The README section that lists the overrides; none when the export builds the plan as stated. */
export function overridesMarkdown(overrides: readonly ExportOverride[]): string[] {
  if (overrides.length === 0) return [];
  return [
    '## Where this export differs from the plan',
    '',
    'AWS KMS accepts these values only one way (or the pasted certificate chain decides them), so',
    'every export (Terraform, CDK, AWS CLI) uses them instead of what the plan says; fix the plan',
    'to make the two agree:',
    '',
    ...overrides.map((override) => `- ${markdownInline(overrideSentence(override))}`),
    '',
  ];
}
