import { FieldGroup } from '@/components/ui/form/field-group';
import { NumberField, TextField } from '@/components/ui/form/fields';
import { AlarmSettings } from './alarm-settings';
import { ExistingKeyStores } from './existing-key-stores';
import { LatencyAssessment } from './latency-assessment';
import './operations-step.css';

/** Expected traffic and latency, the go-live date, monitoring, and the Region's other key stores. */
export function OperationsStep() {
  return (
    <div className="operations-step">
      <FieldGroup
        name="traffic"
        legend="Traffic and latency"
        hint="KMS waits at most 250 ms for each proxy request, and the keys of one external key store share a quota of 1800 requests per second."
      >
        <NumberField
          name="traffic.peakRequestsPerSecond"
          hint="Encrypt, decrypt and data key requests on the store's keys at the busiest time, summed over every account that uses them."
          unit="requests/s"
        />
        <NumberField
          name="traffic.roundTripMs"
          hint="Measured from the Region. AWS asks for a round trip of 35 ms or less between the Region and the key manager."
          unit="ms"
        />
        <NumberField
          name="traffic.proxyToKeyManagerMs"
          hint="Measured. Keep the proxy close to the key manager: both legs together must fit in the 250 ms."
          unit="ms"
        />
        <NumberField
          name="traffic.proxyProcessingMs"
          hint="From the proxy vendor or your own measurement; it counts toward the 250 ms."
          unit="ms"
        />
        <NumberField
          name="traffic.keyManagerOperationMs"
          hint="From the key manager vendor or your own measurement, under load; it counts toward the 250 ms."
          unit="ms"
        />
        <p className="field-hint">
          Without measured round trips, the planner estimates them from where the proxy and key
          manager are (set on the “Key manager and proxy” step).
        </p>
        <LatencyAssessment />
      </FieldGroup>

      <FieldGroup name="operations" legend="Go-live and monitoring">
        <TextField
          name="operations.goLiveDate"
          hint="As YYYY-MM-DD. The TLS certificate must stay valid well past it."
          placeholder="YYYY-MM-DD"
          autoComplete="off"
        />
        <TextField
          name="operations.snsTopicName"
          hint="The Amazon SNS topic that notifies the people on call, e.g. xks-alarms."
          autoComplete="off"
        />
        <AlarmSettings />
      </FieldGroup>

      <ExistingKeyStores />
    </div>
  );
}
