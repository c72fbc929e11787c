import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { DerivedField } from '@/components/ui/form/derived-field';
import { pointerOfField } from '@/components/ui/form/field-findings-context';
import { ExternalLink } from '@/components/ui/external-link';
import { sourceLabel } from '@/components/ui/source-label';
import { derivationOf } from '@/domain/plan/derivations';
import { fieldLabel } from '@/domain/plan/plan-fields';
import type { Plan } from '@/domain/plan/plan-schema';

/**
 * A place of the plan that is derived (or fixed by AWS) where the derivation applies, and the
 * ordinary field `otherwise` (e.g. for the other connectivity).
 */
export function Derived({
  name,
  label,
  otherwise,
}: {
  readonly name: string;
  readonly label: string;
  readonly otherwise?: ReactNode;
}) {
  const derivation = derivationOf(pointerOfField(name));
  if (!derivation) throw new Error(`${name} is not a derived place`);
  // Only what the derivation gives is watched: this renders again when that changes, not on
  // every keystroke elsewhere in the plan.
  const { applies, value } = useWatch({
    compute: (plan: Plan) =>
      derivation.applies(plan)
        ? { applies: true, value: derivation.value(plan) }
        : { applies: false, value: undefined },
  });
  const { setValue } = useFormContext();
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
      onUse={() => setValue(name, value, { shouldDirty: true, shouldValidate: true })}
    />
  );
}
