import type { PlannedKey } from '../../plan/plan-schema';

/** How findings name a planned key: its external key ID, else its alias, else its position. */
export function plannedKeyLabel(key: PlannedKey, index: number): string {
  const name = key.XksKeyId ?? key.AliasName;
  return name === undefined ? `number ${index + 1}` : `"${name}"`;
}
