import { CheckboxGroupField } from '@/components/ui/form/fields';

const tlsVersions = [
  { value: 'TLSv1.0', label: 'TLS 1.0' },
  { value: 'TLSv1.1', label: 'TLS 1.1' },
  { value: 'TLSv1.2', label: 'TLS 1.2' },
  { value: 'TLSv1.3', label: 'TLS 1.3' },
] as const;

/** The TLS versions the proxy accepts, as check boxes; none ticked is "not stated". */
export function TlsVersionsField() {
  return (
    <CheckboxGroupField
      name="proxy.tlsVersions"
      label="TLS versions the proxy accepts"
      hint="KMS connects with TLS 1.2 or 1.3. Older versions are not needed and weaken the connection."
      options={tlsVersions}
    />
  );
}
