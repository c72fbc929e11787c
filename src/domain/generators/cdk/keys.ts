/**
 * The KMS keys in the store (custom resources, retained on removal) and their aliases, with
 * construct IDs that stay unique after conversion to PascalCase.
 */
import type { PlannedKey } from '../../plan/plan-schema';
import { keyResourceNames } from '../terraform/key-store';
import {
  tsArray,
  tsBlank,
  tsCall,
  tsComment,
  tsExpr,
  tsNew,
  tsObject,
  tsRef,
  tsStr,
  type TsExpression,
} from '../typescript/syntax';
import type { StackBuilder } from './stack-builder';
import { customResource, dependsOn, id, pascal, scope, type CdkContext } from './context';
import { plannedKeyTags } from '../iac-model/resource-tags';

/**
 * Construct IDs of the planned keys: `Key` and the PascalCase resource name, unique after that
 * conversion (the key names `orders_1` and `orders1` would both become `KeyOrders1`).
 */
export function keyConstructIds(keys: readonly PlannedKey[]): string[] {
  const used = new Set<string>();
  return keyResourceNames(keys).map((name) => {
    const base = `Key${pascal(name)}`;
    let candidate = base;
    for (let suffix = 2; used.has(candidate); suffix++) candidate = `${base}N${suffix}`;
    used.add(candidate);
    return candidate;
  });
}

function keyTags(key: PlannedKey): TsExpression | undefined {
  const entries = plannedKeyTags(key);
  if (entries.length === 0) return undefined;
  return tsArray(
    entries.map(([tagKey, value]) =>
      tsObject([
        ['TagKey', tsStr(tagKey)],
        ['TagValue', tsStr(value)],
      ]),
    ),
  );
}

export function keyStatements(stack: StackBuilder, context: CdkContext): void {
  const keys = context.plan.keys ?? [];
  if (keys.length === 0) return;
  const constructIds = keyConstructIds(keys);
  stack.add(
    tsBlank,
    tsComment(
      'KMS keys in the store (symmetric, single-Region, not rotated: the only kind it holds).',
      'Retained when removed from the stack: deleting such a key is a scheduled, manual step.',
    ),
  );
  keys.forEach((key, index) => {
    const variable = `key${index + 1}`;
    const constructId = constructIds[index]!;
    const tags = keyTags(key);
    stack.add(
      customResource(
        variable,
        constructId,
        'Custom::XksKey',
        tsObject([
          ['CustomKeyStoreId', tsRef('keyStore.ref')],
          [
            'XksKeyId',
            stack.stringOr(
              key.XksKeyId,
              `${constructId}XksKeyId`,
              `ID of the external key behind KMS key ${index + 1} in the external key manager.`,
            ),
          ],
          key.Description === undefined ? undefined : ['Description', tsStr(key.Description)],
          tags === undefined ? undefined : ['Tags', tags],
        ]),
        true,
      ),
      dependsOn(variable, 'keyStoreConnection'),
    );
    if (key.AliasName !== undefined) {
      stack.add(
        tsExpr(
          tsNew(
            'kms.CfnAlias',
            scope,
            id(`${constructId}Alias`),
            tsObject([
              ['aliasName', tsStr(key.AliasName)],
              ['targetKeyId', tsCall(`${variable}.getAttString`, tsStr('KeyId'))],
            ]),
          ),
        ),
      );
    }
  });
}
