import { FieldGroup } from '@/components/ui/form/field-group';
import { NumberField, TextField } from '@/components/ui/form/fields';
import { AlarmSettings, ExistingKeyStores, LatencyAssessment } from './operations-step-parts';
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
          label="Expected peak requests per second"
          hint="Encrypt, decrypt and data key requests on the store's keys at the busiest time, summed over every account that uses them."
          unit="requests/s"
        />
        <NumberField
          name="traffic.roundTripMs"
          label="Round trip between the AWS Region and the proxy"
          hint="Measured from the Region. AWS asks for a round trip of 35 ms or less between the Region and the key manager."
          unit="ms"
        />
        <NumberField
          name="traffic.proxyToKeyManagerMs"
          label="Round trip between the proxy and the key manager"
          hint="Measured. Keep the proxy close to the key manager: both legs together must fit in the 250 ms."
          unit="ms"
        />
        <NumberField
          name="traffic.proxyProcessingMs"
          label="Time the proxy itself adds to a request"
          hint="From the proxy vendor or your own measurement; it counts toward the 250 ms."
          unit="ms"
        />
        <NumberField
          name="traffic.keyManagerOperationMs"
          label="Time the key manager takes for one encrypt or decrypt"
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
          label="Go-live date"
          hint="As YYYY-MM-DD. The TLS certificate must stay valid well past it."
          placeholder="YYYY-MM-DD"
          autoComplete="off"
        />
        <TextField
          name="operations.snsTopicName"
          label="SNS topic for the alarms"
          hint="The Amazon SNS topic that notifies the people on call, e.g. xks-alarms."
          autoComplete="off"
        />
        <AlarmSettings />
      </FieldGroup>

      <ExistingKeyStores />
    </div>
  );
}
