import type { ReactNode } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { ExternalLink } from '@/components/ui/external-link';
import { FieldShell } from '@/components/ui/form/field-shell';
import { SelectField, type Option } from '@/components/ui/form/fields';
import type { Connectivity, Plan } from '@/domain/plan/plan-schema';
import { guide } from '@/domain/rules/support/developer-guide';
import './connectivity-step.css';

interface ConnectivityChoice {
  readonly value: Connectivity;
  readonly title: string;
  readonly summary: string;
  readonly needs: readonly ReactNode[];
  readonly security: readonly ReactNode[];
  readonly operations: readonly ReactNode[];
}

const choices: readonly ConnectivityChoice[] = [
  {
    value: 'PUBLIC_ENDPOINT',
    title: 'Public endpoint',
    summary: 'KMS reaches the proxy over the internet.',
    needs: [
      'A DNS name for the proxy that resolves to publicly routable IPv4 addresses.',
      'Every firewall on the way lets TCP port 443 in to the proxy and back out.',
      'A TLS certificate for that name from a certificate authority AWS trusts.',
    ],
    security: [
      'Requests cross the public internet, protected by TLS and signed with the proxy credential (SigV4).',
      'Anyone who learns the secret access key and can reach the proxy can call it: authorize requests on the proxy by their metadata and allow-list the networks that may reach it (mutual TLS is deprecated since March 2026).',
      'May not meet security requirements that rule out an internet path.',
    ],
    operations: [
      'Simplest to set up: no VPC, load balancer or endpoint service.',
      'Latency varies more over the internet, and KMS gives each call only 250 ms.',
      'AWS suggests it for evaluation and testing, and a VPC endpoint service for production.',
    ],
  },
  {
    value: 'VPC_ENDPOINT_SERVICE',
    title: 'VPC endpoint service',
    summary: 'KMS reaches the proxy privately, through AWS PrivateLink.',
    needs: [
      'A VPC in the key store’s Region with private subnets in at least two Availability Zones.',
      'An internal Network Load Balancer with a TCP 443 listener and a target group of the proxy’s IP addresses.',
      'An endpoint service that does not require acceptance and allows the KMS service principal.',
      'A private DNS name for the endpoint service, with its domain ownership verified.',
    ],
    security: [
      'Traffic stays on a private path: KMS connects to an interface endpoint of your endpoint service, not to the internet.',
      'The proxy needs no public address; TLS and SigV4 still protect every request.',
    ],
    operations: [
      'More parts to build and run: VPC, subnets, load balancer, endpoint service, DNS verification.',
      'The proxy may stay on premises or elsewhere, reached from the VPC over AWS Direct Connect, a Site-to-Site VPN, a transit gateway or VPC peering.',
      'Recommended by AWS for production.',
    ],
  },
];

const locationOptions: readonly Option[] = [
  { value: 'this-vpc', label: 'In AWS, in the VPC of this plan' },
  { value: 'other-aws-network', label: 'In AWS, in another VPC or account' },
  { value: 'on-premises', label: 'In your own data centre (on premises)' },
  { value: 'other-cloud', label: 'With another cloud provider' },
];

function Facts({ title, items }: { readonly title: string; readonly items: readonly ReactNode[] }) {
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** The connectivity choice as two cards side by side; the value stays in keyStore. */
function ConnectivityField() {
  const { control: formControl } = useFormContext<Plan>();
  const name = 'keyStore.XksProxyConnectivity';
  // Read through useWatch: a Controller's field.value falls back to the value it mounted with
  // when the plan is replaced and the choice becomes undefined.
  const value = useWatch<Plan, typeof name>({ name });
  return (
    <Controller
      name={name}
      control={formControl}
      render={({ field }) => (
        <FieldShell
          name={name}
          label="How KMS reaches the proxy"
          hint="You can change this later: nothing you type on other steps is lost."
          as="fieldset"
        >
          {(control) => (
            <div className="connectivity-options">
              {choices.map((choice) => {
                const inputId = `${control.id}-${choice.value}`;
                const summaryId = `${inputId}-summary`;
                const checked = value === choice.value;
                return (
                  <div
                    key={choice.value}
                    className={`connectivity-option${checked ? ' connectivity-option-chosen' : ''}`}
                  >
                    <div className="connectivity-option-choice">
                      <input
                        type="radio"
                        id={inputId}
                        name={control.id}
                        value={choice.value}
                        checked={checked}
                        aria-describedby={[summaryId, control['aria-describedby']]
                          .filter(Boolean)
                          .join(' ')}
                        onChange={() => field.onChange(choice.value)}
                        onBlur={field.onBlur}
                      />
                      <label htmlFor={inputId}>{choice.title}</label>
                      {checked && <span className="connectivity-chosen">Chosen</span>}
                    </div>
                    <p className="connectivity-summary" id={summaryId}>
                      {choice.summary}
                    </p>
                    <Facts title="What it needs" items={choice.needs} />
                    <Facts title="Security" items={choice.security} />
                    <Facts title="Operations" items={choice.operations} />
                  </div>
                );
              })}
            </div>
          )}
        </FieldShell>
      )}
    />
  );
}

/** Public endpoint or VPC endpoint service, and where the proxy runs. */
export function ConnectivityStep() {
  return (
    <>
      <p className="intro">
        KMS sends every request for your keys to your external key store proxy. Choose how it
        reaches the proxy; the next steps ask only for what your choice needs.{' '}
        <ExternalLink href={guide('choose-xks-connectivity.html')}>
          Choosing a proxy connectivity option (AWS)
        </ExternalLink>
      </p>
      <ConnectivityField />
      <SelectField
        name="proxy.location"
        hint="With a VPC endpoint service, a proxy outside the VPC is reached from the VPC over Direct Connect, a VPN, a transit gateway or peering: you say which on the Network step."
        options={locationOptions}
      />
    </>
  );
}
