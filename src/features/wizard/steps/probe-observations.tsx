import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { describeObservations } from '@/domain/probe/plan-observations';
import './probe-observations.css';

/** Larger than any probe result: its chain is at most 64 KB of PEM. */
const maxProbeFileBytes = 512 * 1024;

/**
 * Imports the result of `xks-planner probe --out` as the plan's observations: the rules then judge
 * the chain the proxy served and the measured round trip. Shown on the TLS and proxy steps.
 */
export function ProbeObservations() {
  const { setValue } = useFormContext<Plan>();
  const observed = useWatch<Plan, 'observed'>({ name: 'observed' });
  const [problem, setProblem] = useState<string>();
  const inputId = useId();

  const load = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxProbeFileBytes) {
      setProblem(`${file.name} is too large to be a probe result.`);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch {
      setProblem(`${file.name} is not JSON.`);
      return;
    }
    // Checking a probe result needs zod (the plan schema): loaded with the first file.
    const reader = await import('@/domain/probe/observations').catch(() => undefined);
    if (!reader) {
      setProblem(`${file.name} could not be read: the page could not load its reader. Reload it.`);
      return;
    }
    const converted = reader.observationsFromProbeResult(value);
    if ('problem' in converted) {
      setProblem(`${file.name}: ${converted.problem}.`);
      return;
    }
    setProblem(undefined);
    setValue('observed', converted.observed, { shouldDirty: true, shouldValidate: true });
  };

  const described = observed ? describeObservations(observed) : undefined;
  return (
    <section className="probe-observations" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>Observations from the running proxy</h3>
      {described ? (
        <>
          <p>
            <strong>{described.headline}.</strong> {described.detail} The rules judge the
            certificate chain the proxy served and, where the plan gives none, the measured round
            trip.
          </p>
          <button
            type="button"
            onClick={() => setValue('observed', undefined, { shouldDirty: true })}
          >
            Remove the observations
          </button>
        </>
      ) : (
        <p>
          Run <code>npx xks-planner probe plan.json --secret-env VAR --out probe.json</code> and
          import its result to have the rules judge what the proxy really does.
        </p>
      )}
      <label htmlFor={inputId}>Import a probe result (JSON)</label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void load(event.target.files?.[0])}
      />
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
