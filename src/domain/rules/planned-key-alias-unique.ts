import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

export default defineRule<Plan, 'shared-by-planned-keys' | 'exists-in-account'>({
  id: 'planned-key-alias-unique',
  target: 'plan',
  // A clash fails CreateAlias for that key, not the creation or connection of the store, so it
  // does not decide the verdict.
  severity: 'warning',
  title: 'Each planned alias is new in the account and Region',
  description:
    'An alias names exactly one KMS key and is unique in the account and Region: CreateAlias refuses an alias that already exists (AlreadyExistsException), so two planned keys cannot share one, nor can a planned key take an alias the account already has. Alias names are compared exactly, as AWS does.',
  messages: {
    'shared-by-planned-keys': {
      message:
        'Key {{keyNumber}} plans the alias "{{alias}}", which key {{firstKeyNumber}} already plans; CreateAlias refuses the second (AlreadyExistsException).',
      fix: 'Give each planned key its own alias.',
    },
    'exists-in-account': {
      message:
        'Key {{keyNumber}} plans the alias "{{alias}}", which already exists in the account and Region ({{/existingAliases}}); CreateAlias refuses it (AlreadyExistsException).',
      fix: 'Choose another alias, or point the existing alias at the new key later with UpdateAlias once you mean to move it.',
    },
  },
  reads: ['/keys/*/AliasName', '/existingAliases'],
  appliesTo: 'all',
  sources: [apiReference('API_CreateAlias.html'), apiReference('API_UpdateAlias.html')],
  facts: ['API-TAG-RULES'],
  check(plan, { report, unknown }) {
    const existing = new Set(plan.existingAliases ?? []);
    // Whether the account already has a planned alias needs the account's aliases.
    if (plan.existingAliases === undefined && plan.keys?.some((key) => key.AliasName)) {
      unknown([['existingAliases']]);
    }
    const firstPlannedBy = new Map<string, number>();
    plan.keys?.forEach((key, index) => {
      const alias = key.AliasName;
      if (alias === undefined || alias === '') return;
      const path = ['keys', index, 'AliasName'];
      const data = { alias, keyNumber: index + 1 };
      const first = firstPlannedBy.get(alias);
      if (first !== undefined) {
        report({
          messageId: 'shared-by-planned-keys',
          path,
          data: { ...data, firstKeyNumber: first + 1 },
        });
      } else {
        firstPlannedBy.set(alias, index);
        if (existing.has(alias)) report({ messageId: 'exists-in-account', path, data });
      }
    });
  },
});
