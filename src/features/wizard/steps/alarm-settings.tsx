import type { ReactNode } from 'react';
import { FieldGroup } from '@/components/ui/form/field-group';
import { NumberField, YesNoField } from '@/components/ui/form/fields';
import type { Plan } from '@/domain/plan/plan-schema';

interface AlarmChoice {
  readonly field: keyof NonNullable<NonNullable<Plan['operations']>['alarms']>;
  readonly legend: string;
  readonly hint: ReactNode;
  readonly unit: string;
}

/** AWS's four recommended alarms, with the thresholds of DG/xks-alarms.html. */
const recommendedAlarms: readonly AlarmChoice[] = [
  {
    field: 'certificateDaysToExpire',
    legend: 'Certificate expiry',
    hint: (
      <>
        <code>XksProxyCertificateDaysToExpire</code>, minimum over 5 minutes. AWS recommends an
        alarm when it is below 10 days.
      </>
    ),
    unit: 'days',
  },
  {
    field: 'proxyLatency',
    legend: 'Proxy latency',
    hint: (
      <>
        <code>XksProxyLatency</code>, average over 5 minutes. AWS recommends an alarm when it is
        above 200 ms (KMS waits at most 250 ms).
      </>
    ),
    unit: 'ms',
  },
  {
    field: 'retryableErrors',
    legend: 'Retryable proxy errors',
    hint: (
      <>
        <code>XksProxyErrors</code> of type Retryable, sum over 1 minute. AWS recommends an alarm
        when there are more than 5 per minute.
      </>
    ),
    unit: 'per minute',
  },
  {
    field: 'nonRetryableErrors',
    legend: 'Non-retryable proxy errors',
    hint: (
      <>
        <code>XksProxyErrors</code> of type Non-retryable, sum over 1 minute. AWS recommends an
        alarm when there are more than 5 per minute.
      </>
    ),
    unit: 'per minute',
  },
];

/** Alarms AWS suggests without a threshold: the plan must choose one. */
const otherAlarms: readonly AlarmChoice[] = [
  {
    field: 'credentialAge',
    legend: 'Proxy credential age',
    hint: (
      <>
        <code>XksProxyCredentialAge</code>. AWS gives no threshold: choose the age at which your
        policy says the credential must be rotated.
      </>
    ),
    unit: 'days',
  },
  {
    field: 'keyManagerStates',
    legend: 'Key manager states',
    hint: (
      <>
        <code>XksExternalKeyManagerStates</code> Degraded or Unavailable. AWS gives no threshold:
        choose how many such instances you can tolerate.
      </>
    ),
    unit: 'instances',
  },
  {
    field: 'keyStoreThrottle',
    legend: 'Key store throttling',
    hint: (
      <>
        <code>ExternalKeyStoreThrottle</code>. AWS gives no threshold: choose how many throttled
        requests per period need someone to act.
      </>
    ),
    unit: 'requests',
  },
];

function AlarmSetting({ alarm }: { readonly alarm: AlarmChoice }) {
  const name = `operations.alarms.${alarm.field}` as const;
  return (
    <FieldGroup name={name} legend={alarm.legend} hint={alarm.hint}>
      <div className="operations-grid">
        <YesNoField
          name={`${name}.enabled`}
          label={`Create the ${alarm.legend.toLowerCase()} alarm`}
        />
        <NumberField
          name={`${name}.threshold`}
          label={`${alarm.legend} threshold`}
          unit={alarm.unit}
        />
      </div>
    </FieldGroup>
  );
}

/** The CloudWatch alarms of the "Operations" step: AWS's recommended ones, then the others. */
export function AlarmSettings() {
  return (
    <FieldGroup
      name="operations.alarms"
      legend="CloudWatch alarms"
      hint="Without alarms, an expiring certificate or a failing proxy is noticed only when the keys stop working."
    >
      <h3 className="operations-subheading">Recommended by AWS for every external key store</h3>
      {recommendedAlarms.map((alarm) => (
        <AlarmSetting key={alarm.field} alarm={alarm} />
      ))}
      <h3 className="operations-subheading">Suggested by AWS, threshold yours to choose</h3>
      {otherAlarms.map((alarm) => (
        <AlarmSetting key={alarm.field} alarm={alarm} />
      ))}
    </FieldGroup>
  );
}
