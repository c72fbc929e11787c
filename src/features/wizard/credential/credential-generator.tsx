import { useId, useLayoutEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { generateCredential } from './generate-credential';
import './credential-generator.css';

const accessKeyIdField = 'keyStore.XksProxyAuthenticationCredential.AccessKeyId' as const;

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Makes a fresh proxy credential in the browser. The access key ID goes into the plan; the secret
 * access key is shown here once and lives only in this component's state: never in the form, so
 * never autosaved, shared or exported. Leaving the step forgets the secret.
 */
export function CredentialGenerator() {
  const { setValue } = useFormContext<Plan>();
  const [secret, setSecret] = useState<string | undefined>(undefined);
  const [copy, setCopy] = useState<CopyState>('idle');
  const id = useId();
  const secretId = `${id}-secret`;
  const explanationId = `${id}-explanation`;
  // While the next step loads, React may keep this step mounted but hidden (and show it again,
  // state and all, if the user comes straight back); hiding runs layout-effect clean-ups, so the
  // secret is dropped there rather than only on unmount.
  useLayoutEffect(() => () => setSecret(undefined), []);

  const generate = () => {
    const credential = generateCredential();
    setValue(accessKeyIdField, credential.accessKeyId, {
      shouldDirty: true,
      shouldTouch: true,
      shouldValidate: true,
    });
    setSecret(credential.secretAccessKey);
    setCopy('idle');
  };

  const copySecret = async () => {
    if (secret === undefined) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="credential-generator">
      <p className="field-hint">
        KMS signs every request to the proxy with this credential (AWS SigV4). It is not an IAM
        access key: you make it up and configure it on the proxy. The button makes a random one in
        this browser and replaces the access key ID above.
      </p>
      <button type="button" className="button" onClick={generate}>
        Generate a new credential
      </button>
      {secret !== undefined && (
        <div className="credential-secret">
          <label className="field-label" htmlFor={secretId}>
            Secret access key (shown once)
          </label>
          <p className="field-hint" id={explanationId}>
            Give this secret to the proxy together with the access key ID above, then keep it where
            you keep other secrets. XKS Planner never stores it: it is not saved with the plan, not
            put in a link and not in any export. When you leave this step it is gone; if you lose
            it, generate a new credential.
          </p>
          <div className="credential-secret-row">
            <input
              id={secretId}
              className="input credential-secret-value"
              type="text"
              readOnly
              value={secret}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={explanationId}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button" onClick={() => void copySecret()}>
              Copy the secret
            </button>
          </div>
          <p className="credential-copy-status" role="status">
            {copy === 'copied' && 'Copied'}
            {copy === 'failed' &&
              'Could not copy automatically: select the secret and copy it yourself.'}
          </p>
          <button
            type="button"
            className="button button-link"
            onClick={() => {
              setSecret(undefined);
              setCopy('idle');
            }}
          >
            I have copied it: hide the secret
          </button>
        </div>
      )}
    </div>
  );
}
