import { useMemo } from 'react';
import { describeLatency } from '@/domain/latency/describe-latency';
import { assessLatencyAndCapacity } from '@/domain/latency/latency-and-capacity';
import { parseWellFormedPlan } from '@/domain/plan/well-formed-plan';
import { useWizard } from '../wizard-context';

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
