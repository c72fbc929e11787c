import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { DerivedField } from '@/components/ui/form/derived-field';
import { pointerOfField } from '@/components/ui/form/field-findings-context';
import type { PlanFieldName } from '@/components/ui/form/field-shell';
import { ExternalLink } from '@/components/ui/external-link';
import { sourceLabel } from '@/components/ui/source-label';
import { derivationOf, derivationSources } from '@/domain/plan/derivations';
import { fieldLabel } from '@/domain/plan/plan-fields';
import type { Plan } from '@/domain/plan/plan-schema';

/**
 * The parts of the plan derivations read (`vpc`, `proxy`, …, never `keys`): a derived place can
 * change only when one of them does. Whole parts, as the form looks each watched name up on every
 * change, and a handful of short names costs less there than every source field.
 */
const sourceParts = [...new Set(derivationSources.map((pointer) => pointer.split('/')[1]!))];

/**
 * A place of the plan that is derived (or fixed by AWS) where the derivation applies, and the
 * ordinary field `otherwise` (e.g. for the other connectivity).
 */
export function Derived({
  name,
  label,
  otherwise,
}: {
  readonly name: PlanFieldName;
  readonly label: string;
  readonly otherwise?: ReactNode;
}) {
  const derivation = derivationOf(pointerOfField(name));
  if (!derivation) throw new Error(`${name} is not a derived place`);
  const { getValues, setValue } = useFormContext<Plan>();
  // Only what the derivation gives is watched: this renders again when that changes, not on
  // every keystroke elsewhere in the plan, and it is worked out again only when a field the
  // derivations read changes (a keystroke in a key's ID does not ask the step's 15 derived places).
  const { applies, value } = useWatch({
    name: sourceParts as never,
    compute: () => {
      const plan = getValues();
      return derivation.applies(plan)
        ? { applies: true, value: derivation.value(plan) }
        : { applies: false, value: undefined };
    },
  }) as { applies: boolean; value: unknown };
  if (!applies) return otherwise ?? null;
  const from = derivation.from.filter((pointer) => pointer !== '/keyStore/XksProxyConnectivity');
  const reason = (
    <>
      {derivation.why}{' '}
      {from.length > 0 && (
        <>From {from.map((pointer) => `“${fieldLabel(pointer)}”`).join(', ')}. </>
      )}
      {derivation.source && (
        <>
          {derivation.fixed ? 'AWS accepts only this value' : 'As AWS documents it'}:{' '}
          <ExternalLink href={derivation.source}>{sourceLabel(derivation.source)}</ExternalLink>.
        </>
      )}
    </>
  );
  return (
    <DerivedField
      name={name}
      label={label}
      reason={reason}
      derived={value}
      onUse={() => setValue(name, value as never, { shouldDirty: true, shouldValidate: true })}
    />
  );
}
