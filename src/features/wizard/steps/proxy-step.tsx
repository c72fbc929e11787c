import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { FieldGroup } from '@/components/ui/form/field-group';
import { LinesField, NumberField, TextField, YesNoField } from '@/components/ui/form/fields';
import { Derived } from '../components/derived';
import { ProbeObservations } from './probe-observations';
import { InstanceList } from './instance-list';
import { SiteFields } from './site-fields';
import { TlsVersionsField } from './tls-versions-field';
import './proxy-step.css';

/**
 * The path the proxy serves is the key store's path; a proxy configured with another path is an
 * explicit, rare choice that reveals its own field (and the rule that compares the two).
 */
function ProxyUriPathField({ keyStorePath }: { readonly keyStorePath: unknown }) {
  const { setValue } = useFormContext<Plan>();
  const proxyPath = useWatch<Plan, 'proxy.uriPath'>({ name: 'proxy.uriPath' });
  const [different, setDifferent] = useState(proxyPath !== undefined && proxyPath !== keyStorePath);
  if (!different) {
    return (
      <div className="proxy-uri-path">
        <Derived name="proxy.uriPath" label="URI path the proxy serves" />
        <button type="button" className="button button-link" onClick={() => setDifferent(true)}>
          The proxy serves a different path
        </button>
      </div>
    );
  }
  return (
    <div className="proxy-uri-path">
      <TextField
        name="proxy.uriPath"
        label="URI path the proxy serves"
        hint="Only when the proxy is configured with another path than the key store’s: KMS sends every request under the key store’s path, so the two must match."
        placeholder="/kms/xks/v1"
        autoComplete="off"
      />
      {typeof keyStorePath === 'string' && (
        <button
          type="button"
          className="button button-link"
          onClick={() => {
            setValue('proxy.uriPath', keyStorePath, { shouldDirty: true, shouldValidate: true });
            setDifferent(false);
          }}
        >
          Use the key store’s path, {keyStorePath}
        </button>
      )}
    </div>
  );
}

/** The external key manager that holds the keys, and the XKS proxy in front of it. */
export function ProxyStep() {
  const keyStorePath = useWatch<Plan, 'keyStore.XksProxyUriPath'>({
    name: 'keyStore.XksProxyUriPath',
  });
  const region = useWatch<Plan, 'region'>({ name: 'region' });
  const regionCode = typeof region === 'string' && region !== '' ? region : undefined;
  const kmsClientName = `cks.kms.${regionCode ?? '<Region>'}.amazonaws.com`;
  return (
    <div className="proxy-step">
      <p className="proxy-intro">
        KMS never sees the key material: it sends every encrypt and decrypt request to the XKS
        proxy, which asks the external key manager to do the work. Both must be available whenever
        the keys are used, and both are yours to run.
      </p>

      <ProbeObservations />

      <FieldGroup name="externalKeyManager" legend="External key manager">
        <div className="proxy-item-grid">
          <TextField name="externalKeyManager.vendor" label="Vendor" autoComplete="off" />
          <TextField name="externalKeyManager.model" label="Product or model" autoComplete="off" />
        </div>
        <InstanceList
          name="externalKeyManager.instances"
          legend="Key manager instances"
          hint="AWS recommends at least two instances that share the same keys, such as the nodes of an HSM cluster."
          noun="Key manager instance"
          fields={[
            { key: 'id', label: 'Name or ID', hint: 'For example hsm-1.' },
            { key: 'location', label: 'Location', hint: 'Site, city or data centre.' },
          ]}
        />
        <SiteFields name="externalKeyManager.site" legend="Where the key manager is" />
        <YesNoField
          name="externalKeyManager.sharesKeyMaterial"
          label="The instances share the same keys"
          hint="As in a cluster: any instance can serve any key, so one can fail without the keys becoming unusable."
        />
        <YesNoField
          name="externalKeyManager.supportsAes256Gcm"
          label="Holds 256-bit AES keys and does AES-GCM"
          hint="The XKS proxy API asks for AES-256-GCM encryption and decryption and nothing else."
        />
        <YesNoField
          name="externalKeyManager.backups"
          label="The key material is backed up"
          hint="If an external key is lost, everything encrypted under its KMS key can never be decrypted again."
        />
        <LinesField
          name="externalKeyManager.networkCidrs"
          label="Networks of the key manager's data centre"
          hint="IPv4 CIDR blocks, one per line, e.g. 10.20.0.0/16. With a VPC endpoint service they must not overlap the VPC's address ranges."
        />
        <NumberField
          name="externalKeyManager.maxRequestsPerSecond"
          label="Requests per second it can serve for AWS"
          hint="On top of its other work. AWS asks for capacity of up to 1800 requests per second, the quota of one external key store."
          unit="requests/s"
        />
      </FieldGroup>

      <FieldGroup name="proxy" legend="XKS proxy">
        <div className="proxy-item-grid">
          <TextField name="proxy.vendor" label="Vendor" autoComplete="off" />
          <TextField name="proxy.product" label="Product" autoComplete="off" />
        </div>
        <InstanceList
          name="proxy.instances"
          legend="Proxy instances"
          hint="The servers the proxy runs on. Where the proxy runs was chosen on the Connectivity step."
          noun="Proxy instance"
          fields={[
            { key: 'id', label: 'Name or ID', hint: 'For example xks-proxy-1.' },
            {
              key: 'ipAddress',
              label: 'IPv4 address',
              hint: 'For example 10.0.12.5.',
              inputMode: 'decimal',
            },
            {
              key: 'availabilityZone',
              label: 'Availability Zone',
              hint: 'When it runs in AWS, e.g. eu-west-1a.',
            },
            { key: 'location', label: 'Location', hint: 'Site, city or data centre.' },
          ]}
        />
        <SiteFields name="proxy.site" legend="Where the proxy is" />
        <ProxyUriPathField keyStorePath={keyStorePath} />
        <TlsVersionsField />
        <LinesField
          name="proxy.cipherSuites"
          label="Cipher suites the proxy offers"
          hint={
            <>
              IANA names, one per line. KMS uses <code>TLS_AES_256_GCM_SHA384</code> and{' '}
              <code>TLS_CHACHA20_POLY1305_SHA256</code> (TLS 1.3),{' '}
              <code>TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384</code> and{' '}
              <code>TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384</code> (TLS 1.2); offer at least one. In
              AWS GovCloud (US), KMS does not use the ChaCha20 suite.
            </>
          }
        />
        <FieldGroup
          name="proxy.mtls"
          legend="Mutual TLS"
          hint="Deprecated by the XKS proxy API specification since March 2026: public CAs are ending client-authentication certificates. Leave it off; protect the proxy by authorizing the request metadata and by network allow-lists."
        >
          <YesNoField name="proxy.mtls.enabled" label="The proxy requires a client certificate" />
          <TextField
            name="proxy.mtls.allowedClientCommonName"
            label="Client certificate common name the proxy accepts"
            hint={
              <>
                KMS presents a certificate named <code>{kmsClientName}</code>, issued under an
                Amazon Trust Services root CA.
              </>
            }
            autoComplete="off"
          />
        </FieldGroup>
        <NumberField
          name="proxy.concurrentCredentials"
          label="Credentials the proxy accepts at once"
          hint="At least 2, so the proxy authentication credential can be rotated without downtime."
        />
        <YesNoField
          name="proxy.conformanceTested"
          label="Passed the AWS XKS proxy test client"
          hint="AWS publishes a test client (aws-kms-xksproxy-test-client) and recommends running it against the proxy before creating the key store."
        />
        <YesNoField
          name="proxy.clockSynchronized"
          label="The proxy clock is kept in sync (NTP)"
          hint="The proxy refuses signed requests more than 5 minutes off its clock."
        />
        <YesNoField
          name="proxy.dependsOnKeysInThisStore"
          label="The proxy depends on a KMS key in this key store"
          hint="For example its disks, secrets or logs are encrypted under one: then the proxy cannot start when the store is unavailable."
        />
        <YesNoField
          name="proxy.headerRewritingInPath"
          label="Something between KMS and the proxy rewrites HTTP headers"
          hint="A reverse proxy that changes Host, X-Amz-Date or Authorization breaks the SigV4 signature check."
        />
        <NumberField
          name="proxy.maxRequestsPerSecond"
          label="Requests per second the proxy fleet can serve"
          hint="AWS asks for capacity of up to 1800 requests per second."
          unit="requests/s"
        />
      </FieldGroup>
    </div>
  );
}
