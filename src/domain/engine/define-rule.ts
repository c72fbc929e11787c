import type { RuleDefinition } from './types';

/**
 * Declares a rule. Only typing happens here: `messageId` in `report()` is checked against the
 * keys of `messages` by the compiler, as typescript-eslint's `createRule` does for ESLint rules.
 */
export function defineRule<Input, MessageId extends string>(
  rule: RuleDefinition<Input, MessageId>,
): RuleDefinition<Input, MessageId> {
  return rule;
}
