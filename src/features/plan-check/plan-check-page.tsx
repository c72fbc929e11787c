import { useEffect, useMemo, useState } from 'react';
import { isUnusable } from '@/domain/check/check-document';
import { examplePlans, findExample, type ExamplePlan } from '@/domain/plan/examples';
import { CheckResult } from './check-result';
import { DocumentEditor } from './document-editor';
import { ExamplePicker } from './example-picker';
import { exampleText } from './example-text';
import { useDocumentCheck } from './use-document-check';

/** Opens on a ready plan, so the first thing a visitor sees is what a good result looks like. */
const firstExample = findExample('public-endpoint-ready')!;
const problemId = 'document-problem';

/** Check a plan: choose an example or paste a document, and see the engine's findings. */
export function PlanCheckPage() {
  const [text, setText] = useState(() => exampleText(firstExample));
  const { outcome, pending } = useDocumentCheck(text);
  // An example stays chosen only while the editor holds its text: typing makes it your own.
  const selectedId = useMemo(
    () => examplePlans.find((example) => exampleText(example) === text)?.id ?? '',
    [text],
  );

  useEffect(() => {
    document.title = 'Check a plan file · XKS Planner';
  }, []);

  function selectExample(example: ExamplePlan) {
    setText(exampleText(example));
  }

  return (
    <>
      <p className="intro">
        Choose an example plan or paste your own. Each finding says what is wrong, how to fix it,
        and which AWS page states the requirement.
      </p>
      <div className="plan-check">
        <section className="plan-input" aria-labelledby="plan-input-heading">
          <h2 id="plan-input-heading">Plan</h2>
          <ExamplePicker examples={examplePlans} selectedId={selectedId} onSelect={selectExample} />
          <DocumentEditor
            text={text}
            onChange={setText}
            problemId={outcome !== undefined && isUnusable(outcome) ? problemId : undefined}
          />
        </section>
        <CheckResult outcome={outcome} pending={pending} problemId={problemId} />
      </div>
    </>
  );
}
