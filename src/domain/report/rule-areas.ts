import type { AnyRule } from '../engine/types';

/** The parts of a plan the report groups rules by, in the order a plan is built. */
export const reportAreas = [
  { id: 'key-store', title: 'Key store' },
  { id: 'public-endpoint', title: 'Network: public endpoint' },
  { id: 'vpc-endpoint-service', title: 'Network: VPC endpoint service' },
  { id: 'tls', title: 'TLS certificate' },
  { id: 'proxy', title: 'Key manager and proxy' },
  { id: 'keys', title: 'Keys' },
  { id: 'operations', title: 'Traffic, capacity and monitoring' },
  { id: 'document', title: 'The plan document' },
  { id: 'proxy-config', title: 'Proxy configuration file' },
] as const;

export type ReportAreaId = (typeof reportAreas)[number]['id'];

const areaOfSection: Readonly<Record<string, ReportAreaId>> = {
  keyStore: 'key-store',
  tls: 'tls',
  proxy: 'proxy',
  externalKeyManager: 'proxy',
  keys: 'keys',
  traffic: 'operations',
  operations: 'operations',
};

/**
 * The area of a rule: its connectivity when it has one, else the plan section most of the fields
 * it reads belong to (Region, account and existing stores are context to many rules, so they do
 * not count); the key store when nothing else decides.
 */
export function areaOfRule(rule: AnyRule): ReportAreaId {
  if (rule.target === 'proxy-config') return 'proxy-config';
  if (rule.appliesTo === 'PUBLIC_ENDPOINT') return 'public-endpoint';
  if (rule.appliesTo === 'VPC_ENDPOINT_SERVICE') return 'vpc-endpoint-service';
  // The document-level rules read the whole document (the empty pointer).
  if (rule.reads.every((pointer) => pointer === '')) return 'document';
  const votes = new Map<ReportAreaId, number>();
  for (const pointer of rule.reads) {
    const area = areaOfSection[pointer.split('/')[1] ?? ''];
    if (area !== undefined) votes.set(area, (votes.get(area) ?? 0) + 1);
  }
  let best: ReportAreaId = 'key-store';
  let bestVotes = 0;
  for (const [area, count] of votes) {
    if (count > bestVotes) [best, bestVotes] = [area, count];
  }
  return best;
}
