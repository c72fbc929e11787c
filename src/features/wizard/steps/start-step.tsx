import { useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ExternalLink } from '@/components/ui/external-link';
import { exampleCatalogue } from '@/domain/plan/example-catalogue';
import type { Plan } from '@/domain/plan/plan-schema';
import { planVersion } from '@/domain/plan/plan-version';
import { guide } from '@/domain/rules/support/developer-guide';
import { FileImport } from '@/features/share/file-import';
import { loadPlanParser } from '../plan-parser';
import { useWizard } from '../wizard-context';
import './start-step.css';

/** What "New plan" starts with: the one value every external key store plan has. */
const newPlan: Plan = {
  version: planVersion,
  keyStore: { CustomKeyStoreType: 'EXTERNAL_KEY_STORE' },
};

/** Whether a value holds anything the user could lose: a defined leaf or a non-empty list. */
function holdsSomething(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(holdsSomething);
  return true;
}

/** Whether the plan holds more than an empty or freshly started plan. */
function planHasContent(plan: Partial<Plan> | undefined): boolean {
  if (!plan) return false;
  return Object.entries(plan).some(([key, value]) => {
    if (key === 'version' || key === '$schema') return false;
    if (key !== 'keyStore' || typeof value !== 'object' || value === null) {
      return holdsSomething(value);
    }
    // The store type of a new plan is not work the user would lose.
    return Object.entries(value).some(([member, item]) =>
      member === 'CustomKeyStoreType'
        ? item !== 'EXTERNAL_KEY_STORE' && item !== undefined
        : holdsSomething(item),
    );
  });
}

interface PendingReplacement {
  readonly what: string;
  readonly plan: Plan;
  /** Runs once the plan has replaced the current one (not when the user keeps theirs). */
  readonly onReplaced?: () => void;
}

/** The first step: a new plan, an example, or an imported file; and whether XKS is needed. */
export function StartStep() {
  const { replacePlan } = useWizard();
  const values = useWatch() as Partial<Plan> | undefined;
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<PendingReplacement | undefined>(undefined);

  const start = (replacement: PendingReplacement) => {
    if (planHasContent(values)) {
      setPending(replacement);
      dialog.current?.showModal();
    } else {
      replacePlan(replacement.plan);
      replacement.onReplaced?.();
    }
  };

  /** The example documents load when one is chosen: the start page lists only their titles. */
  const startExample = async ({ id, title }: (typeof exampleCatalogue)[number]) => {
    const [{ exampleDocuments }, { parsePlan }] = await Promise.all([
      import('@/domain/plan/examples'),
      loadPlanParser(),
    ]);
    // Secrets and malformed values of the example are left out, as for any file.
    const document = exampleDocuments[id] as Record<string, unknown>;
    start({ what: `the example “${title}”`, plan: parsePlan(document).plan });
  };

  return (
    <div className="start-step">
      <p className="intro">
        Plan an AWS KMS external key store step by step. Every value is checked against what AWS
        documents as you type, and the plan is saved in this browser only.
      </p>

      <section aria-labelledby="start-ways-heading">
        <h3 id="start-ways-heading">How do you want to start?</h3>
        <div className="start-ways">
          <div className="start-way">
            <h4>New plan</h4>
            <p>Start from an empty plan for an external key store and fill it in step by step.</p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => start({ what: 'a new, empty plan', plan: newPlan })}
            >
              Start a new plan
            </button>
          </div>

          <div className="start-way">
            <h4 id="start-examples-heading">From an example</h4>
            <p id="start-examples-hint">
              Load a complete example and change it to fit. The draft full of mistakes shows what
              the checks find.
            </p>
            <ul className="start-examples" aria-labelledby="start-examples-heading">
              {exampleCatalogue.map((example) => (
                <li key={example.id}>
                  <button
                    type="button"
                    className="button"
                    aria-describedby="start-examples-hint"
                    onClick={() => void startExample(example)}
                  >
                    {example.title}
                  </button>
                </li>
              ))}
            </ul>
          </div>

          <div className="start-way">
            <h4>Import a file</h4>
            <FileImport
              onPlan={(plan, file, keep) =>
                start({ what: `the plan in “${file}”`, plan, onReplaced: keep })
              }
            />
            <p>
              To check a file without opening it,{' '}
              <a href="/check">paste a plan file and check it</a> on its own page.
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="start-need-heading" className="start-need">
        <h3 id="start-need-heading">Do you really need an external key store?</h3>
        <p>
          An external key store keeps the keys that protect your AWS data in a key manager outside
          AWS, which you run. AWS asks you to confirm that you need one, typically because a rule or
          a contract requires keys to stay outside AWS. In exchange you take on:
        </p>
        <ul>
          <li>
            <strong>Availability, latency and durability of the keys.</strong> AWS no longer
            guarantees them; your proxy, network and key manager do.
          </li>
          <li>
            <strong>Keys that stop working when your side is down.</strong> When the proxy, the
            network path or the key manager is unavailable, the KMS keys cannot encrypt or decrypt,
            and every AWS service that uses them fails. If an external key is lost, the data
            encrypted under it cannot be recovered.
          </li>
          <li>
            <strong>A tight time budget.</strong> KMS waits 250 milliseconds for each call to the
            proxy. AWS advises a round trip of 35 ms or less between the AWS Region and your key
            manager, so choose the Region closest to it.
          </li>
          <li>
            <strong>Double encryption.</strong> Data is encrypted first with key material inside KMS
            and then with your external key. Both are needed to decrypt, so you cannot decrypt
            outside AWS even with the external key.
          </li>
          <li>
            <strong>Only symmetric encryption keys.</strong> No asymmetric or HMAC keys, no imported
            key material, no automatic rotation and no multi-Region keys in an external key store.
          </li>
          <li>
            <strong>Cost and operations.</strong> You buy, run, scale, monitor and patch the proxy
            and the key manager, and you rotate their credentials and certificates.
          </li>
        </ul>
        <p>
          If keys held in AWS KMS, or in an AWS CloudHSM key store, meet your requirements, they are
          simpler and more available. Read AWS’s own words before you decide:
        </p>
        <ul className="start-links">
          <li>
            <ExternalLink href={guide('keystore-external.html')}>
              External key stores (AWS KMS Developer Guide)
            </ExternalLink>
          </li>
          <li>
            <ExternalLink href={guide('keystore-external.html#concept-double-encryption')}>
              Double encryption
            </ExternalLink>
          </li>
          <li>
            <ExternalLink href={guide('create-xks-keystore.html#xks-requirements')}>
              Requirements for the proxy and the key manager
            </ExternalLink>
          </li>
        </ul>
      </section>

      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="start-replace-heading"
        onClose={() => setPending(undefined)}
      >
        <h2 id="start-replace-heading">Replace the current plan?</h2>
        <p>
          Starting with {pending?.what ?? 'another plan'} replaces the plan in this browser.
          Download or share it first if you want to keep it.
        </p>
        {/* showModal focuses the first button, so keeping the plan is the default. */}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Keep my plan
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              const replacement = pending;
              dialog.current?.close();
              if (replacement) {
                replacePlan(replacement.plan);
                replacement.onReplaced?.();
              }
            }}
          >
            Replace my plan
          </button>
        </div>
      </dialog>
    </div>
  );
}
