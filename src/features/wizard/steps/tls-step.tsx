import { useRef, useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { displayValue } from '@/components/ui/form/derived-field';
import { FieldGroup } from '@/components/ui/form/field-group';
import {
  LinesField,
  NumberField,
  SelectField,
  TextField,
  YesNoField,
  type Option,
} from '@/components/ui/form/fields';
import { fieldLabel } from '@/domain/plan/plan-fields';
import { kmsHost } from '@/domain/rules/support/tls-certificate';
import { ProbeObservations } from './probe-observations';
import { TlsChainField, useChainGivesCertificate } from './tls-chain-field';
import './tls-step.css';

const terminationOptions: readonly Option[] = [
  { value: 'proxy', label: 'On the proxy (TCP pass-through)' },
  { value: 'load-balancer', label: "On the load balancer's TLS listener" },
];

const keyAlgorithmOptions: readonly Option[] = [
  { value: 'RSA', label: 'RSA' },
  { value: 'ECDSA', label: 'ECDSA' },
  { value: 'Ed25519', label: 'Ed25519' },
];

/** Where the host KMS connects to was read from (see kmsHost), in this step's words. */
const hostSource = {
  XksProxyUriEndpoint: 'the host of the proxy URI endpoint',
  "the endpoint service's private DNS name": 'the endpoint service’s private DNS name',
} as const;

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

const dateHint = (what: string) =>
  `${what}, as YYYY-MM-DD (a UTC date-time such as 2027-03-01T12:00:00Z also works).`;

type TypedCertificate = NonNullable<NonNullable<Plan['tls']>['certificate']>;

/** The certificate fields a pasted chain gives (servesFullChain is not among them). */
const chainGivenFields = [
  'subjectCommonName',
  'subjectAlternativeNames',
  'notBefore',
  'notAfter',
  'rootCa',
  'keyAlgorithm',
  'keySize',
] as const satisfies readonly (keyof TypedCertificate)[];

const holdsValue = (value: unknown) =>
  value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * In place of the typed certificate fields while the pasted chain gives the certificate. The
 * chain decides, so those fields are not asked; values the plan still holds for them (typed
 * before the chain was pasted, or imported) are shown as ignored, with a way to remove them.
 */
function CertificateFromChain() {
  const { setValue } = useFormContext<Plan>();
  const typed = useWatch<Plan, 'tls.certificate'>({ name: 'tls.certificate' });
  const ignored = chainGivenFields.filter((field) => holdsValue(typed?.[field]));
  const [removed, setRemoved] = useState(false);
  const said = useRef<HTMLParagraphElement>(null);
  const remove = () => {
    for (const field of ignored)
      setValue(`tls.certificate.${field}`, undefined, { shouldDirty: true, shouldValidate: true });
    setRemoved(true);
    // The button goes with the values: keyboard focus stays here rather than on the page's start.
    said.current?.focus();
  };
  return (
    <div className="tls-from-chain">
      <p ref={said} tabIndex={-1}>
        The certificate’s names, dates, root and key come from the first certificate of the pasted
        chain, summarised above: the checks and the exports read them there. To type them instead,
        clear the chain.
      </p>
      {ignored.length > 0 && (
        <>
          <p>The plan also holds typed values for them, which the chain overrides:</p>
          <ul>
            {ignored.map((field) => (
              <li key={field}>
                {fieldLabel(`/tls/certificate/${field}`)}:{' '}
                <code>{displayValue(typed?.[field])}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={remove}>
            Remove the typed values
          </button>
        </>
      )}
      <p role="status">
        {removed && ignored.length === 0 && 'The typed values were removed from the plan.'}
      </p>
    </div>
  );
}

/**
 * The typed certificate fields, or what replaces them while a pasted chain gives the certificate.
 * It follows the pasted chain, which changes on every keystroke in it: the fields come as
 * `children`, made by the step, so that such a keystroke renders only this wrapper again.
 */
function CertificateFields({ children }: { readonly children: ReactNode }) {
  return useChainGivesCertificate() ? <CertificateFromChain /> : children;
}

/** The TLS server certificate KMS sees when it connects to the proxy endpoint. */
export function TlsStep() {
  const { control } = useFormContext<Plan>();
  const [endpoint, connectivity, privateDnsName] = useWatch({
    control,
    name: [
      'keyStore.XksProxyUriEndpoint',
      'keyStore.XksProxyConnectivity',
      'endpointService.privateDnsName',
    ],
  });
  // The host the TLS rules match the certificate against, read as they read it. The form may
  // hold what an imported file gave, of any type, where the plan has text.
  const connectsTo = kmsHost({
    version: 1,
    keyStore: { XksProxyUriEndpoint: textOf(endpoint), XksProxyConnectivity: connectivity },
    endpointService: { privateDnsName: textOf(privateDnsName) },
  });
  const host = connectsTo?.host;
  return (
    <>
      <div className="tls-intro">
        <p>
          KMS connects to{' '}
          {connectsTo ? (
            <>
              <code>{connectsTo.host}</code> ({hostSource[connectsTo.field]})
            </>
          ) : (
            <>the host name of the proxy URI endpoint (not usable yet: see “Key store basics”)</>
          )}{' '}
          on port 443 and checks the TLS server certificate it is shown. The certificate’s subject
          common name (CN) must be that host name, or a wildcard for one label (
          <code>*.xks.example.com</code> covers <code>myproxy.xks.example.com</code>). It must chain
          to a public certificate authority on AWS’s trusted list (private and self-signed CAs
          fail), and it must not be expired: an expired certificate stops every request to the keys
          in the store.
        </p>
        <p>
          Paste the certificate chain to have it read and checked: names, validity, key, order,
          signatures and the trusted root. Without it, enter what the certificate says below.
        </p>
      </div>

      <TlsChainField />

      <ProbeObservations />

      <SelectField
        name="tls.terminatesAt"
        hint="Whoever ends the TLS connection presents the certificate below: the proxy itself, or a TLS listener of the load balancer in front of it."
        options={terminationOptions}
      />

      <FieldGroup name="tls.certificate" legend="Server certificate">
        <CertificateFields>
          <TextField
            name="tls.certificate.subjectCommonName"
            hint={
              host ? (
                <>
                  For example <code>{host}</code>, or a one-label wildcard that covers it.
                </>
              ) : (
                'For example myproxy.xks.example.com or *.xks.example.com.'
              )
            }
            autoComplete="off"
          />
          <LinesField
            name="tls.certificate.subjectAlternativeNames"
            hint="The DNS names in the certificate's SAN extension, one per line. AWS documents only the CN, so the host must also be the CN."
          />
          <div className="tls-dates">
            <TextField
              name="tls.certificate.notBefore"
              label="Valid from"
              hint={dateHint('The certificate’s notBefore')}
              placeholder="YYYY-MM-DD"
              autoComplete="off"
            />
            <TextField
              name="tls.certificate.notAfter"
              label="Valid until"
              hint={dateHint('The certificate’s notAfter; keep it well past the go-live date')}
              placeholder="YYYY-MM-DD"
              autoComplete="off"
            />
          </div>
          <TextField
            name="tls.certificate.rootCa"
            hint="The root CA the certificate chains to, by its name on AWS's trusted list (for example Amazon Root CA 1, ISRG Root X1 or DigiCert Global Root G2) or its SHA-256 fingerprint."
            autoComplete="off"
          />
          <SelectField
            name="tls.certificate.keyAlgorithm"
            hint="RSA or ECDSA."
            options={keyAlgorithmOptions}
          />
          <NumberField
            name="tls.certificate.keySize"
            hint="RSA: 2048 bits or more. ECDSA: 256 (P-256) or 384 (P-384)."
            unit="bits"
          />
        </CertificateFields>
        <YesNoField
          name="tls.certificate.servesFullChain"
          hint="The server sends the intermediate CA certificates with its own; a certificate sent alone is a common cause of failed TLS connections."
        />
      </FieldGroup>
    </>
  );
}
