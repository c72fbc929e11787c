import type { ExamplePlan } from '@/domain/plan/examples';
import { secretKeyName } from '@/domain/plan/plan-secrets';

/**
 * Stands in for a secret an example holds on purpose (the mistakes example shows what happens when
 * a plan contains one): the key stays, so the check still reports it, but the value is never shown.
 */
export const hiddenSecretText = 'hidden by XKS Planner: a plan must never hold the secret';

/** The example as the editor shows it: pretty-printed JSON with every secret value hidden. */
export function exampleText(example: ExamplePlan): string {
  const json = JSON.stringify(
    example.document,
    (key, value: unknown) => (key === secretKeyName ? hiddenSecretText : value),
    2,
  );
  return `${json}\n`;
}
