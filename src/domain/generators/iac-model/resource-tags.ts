/**
 * The tags the exports write: those every resource carries (who manages it and which key store it
 * belongs to), and each planned key's own. KMS accepts any tag value, but most services (Lambda, ELB, SNS, IAM) only accept letters,
 * digits, spaces and `_.:/=+-@`, so the store name is made fit for all of them.
 * Source: https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html
 */
import type { PlannedKey } from '../../plan/plan-schema';
import { compareCodeUnits } from '../../text/compare-names';

export const managedByTag = ['managed-by', 'xks-planner'] as const;
export const keyStoreTagKey = 'xks-key-store';

/** The characters no tag value may hold, as an RE2 and ECMAScript pattern (Terraform's too). */
export const unfitTagCharacters = '[^\\p{L}\\p{Z}\\p{N}_.:/=+@-]';

/** The value with every character a tag may not hold replaced by `_`, at most 256 long. */
export function tagValue(text: string): string {
  return [...text.replace(new RegExp(unfitTagCharacters, 'gu'), '_')].slice(0, 256).join('');
}

/**
 * A planned key's tags as the Terraform and CDK exports write them: one value per tag key (KMS
 * refuses duplicates), the first planned value winning, sorted by key for a stable output.
 */
export function plannedKeyTags(key: PlannedKey): readonly (readonly [string, string])[] {
  const byKey = new Map<string, string>();
  for (const tag of key.Tags ?? []) if (!byKey.has(tag.TagKey)) byKey.set(tag.TagKey, tag.TagValue);
  return [...byKey].sort(([a], [b]) => compareCodeUnits(a, b));
}
