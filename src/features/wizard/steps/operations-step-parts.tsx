/** The latency assessment, the alarms and the existing key stores of the "Operations" step. */
import { useMemo, type ReactNode } from 'react';
import { describeLatency } from '@/domain/latency/describe-latency';
import { assessLatencyAndCapacity } from '@/domain/latency/latency-and-capacity';
import { parseWellFormedPlan } from '@/domain/plan/well-formed-plan';
import { ListField } from '@/components/ui/form/list-field';
import { FieldGroup } from '@/components/ui/form/field-group';
import { NumberField, SelectField, TextField, YesNoField } from '@/components/ui/form/fields';
import { useWizard } from '../wizard-context';

interface AlarmChoice {
  /** Property of operations.alarms. */
  readonly field: string;
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
  const name = `operations.alarms.${alarm.field}`;
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

const storeTypeOptions = [
  { value: 'EXTERNAL_KEY_STORE', label: 'External key store' },
  { value: 'AWS_CLOUDHSM', label: 'AWS CloudHSM key store' },
] as const;

const connectivityOptions = [
  { value: 'PUBLIC_ENDPOINT', label: 'Public endpoint' },
  { value: 'VPC_ENDPOINT_SERVICE', label: 'VPC endpoint service' },
] as const;

export function ExistingKeyStores() {
  return (
    <ListField
      name="existingKeyStores"
      legend="Custom key stores that already exist in this Region"
      hint={
        <>
          KMS refuses a key store whose name, proxy endpoint and path, or VPC endpoint service is
          already used by another store, and allows at most 10 custom key stores (AWS CloudHSM and
          external together) per account and Region. List the stores{' '}
          <code>aws kms describe-custom-key-stores</code> returns, so the plan can be checked
          against them; connectivity, endpoint, path and VPC endpoint service apply to external key
          stores only. A store of another account counts for the Region-wide checks (endpoints, VPC
          endpoint services), not for the name or the quota.
        </>
      }
      emptyText="No existing key stores listed."
      itemLegend={(index) => `Existing key store ${index + 1}`}
      addLabel="Add existing key store"
      removeLabel={(index) => `Remove existing key store ${index + 1}`}
    >
      {(store) => (
        <div className="operations-grid">
          <TextField name={`${store}.CustomKeyStoreName`} label="Name" autoComplete="off" />
          <SelectField
            name={`${store}.CustomKeyStoreType`}
            label="Type"
            options={storeTypeOptions}
          />
          <SelectField
            name={`${store}.XksProxyConnectivity`}
            label="Connectivity"
            options={connectivityOptions}
          />
          <TextField
            name={`${store}.XksProxyUriEndpoint`}
            label="Proxy URI endpoint"
            placeholder="https://"
            autoComplete="off"
          />
          <TextField name={`${store}.XksProxyUriPath`} label="Proxy URI path" autoComplete="off" />
          <TextField
            name={`${store}.XksProxyVpcEndpointServiceName`}
            label="VPC endpoint service name"
            autoComplete="off"
          />
          <TextField
            name={`${store}.accountId`}
            label="Account ID, if another account owns it"
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
      )}
    </ListField>
  );
}

/**
 * The latency and capacity picture of the plan as it stands: measured or estimated round trips,
 * the 250 ms budget, the closest Regions and what the fleets carry, in words.
 */
export function LatencyAssessment() {
  // The plan as last checked, as the rules read it: it follows typing a frame later, as the
  // findings do. Parsed here only while the rule engine loads; a plan holding values the schema
  // rejects (e.g. text in a number field) then counts as stating nothing yet.
  const { plan, checkedPlan } = useWizard();
  const lines = useMemo(
    () =>
      describeLatency(
        assessLatencyAndCapacity(checkedPlan ?? parseWellFormedPlan(plan) ?? { version: 1 }),
      ),
    [plan, checkedPlan],
  );
  return (
    <section className="latency-assessment" aria-labelledby="latency-assessment-heading">
      <h3 id="latency-assessment-heading" className="operations-subheading">
        Latency and capacity, as planned
      </h3>
      <dl>
        {lines.map((line) => (
          <div key={line.label} className="latency-line">
            <dt>{line.label}</dt>
            <dd>{line.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
