import type { ExamplePlan } from '@/domain/plan/examples';

interface ExamplePickerProps {
  readonly examples: readonly ExamplePlan[];
  readonly selectedId: string;
  readonly onSelect: (example: ExamplePlan) => void;
}

/** A radio group of the example plans; choosing one loads it into the editor. */
export function ExamplePicker({ examples, selectedId, onSelect }: ExamplePickerProps) {
  return (
    <fieldset className="example-picker">
      <legend>Example plan</legend>
      <p className="hint" id="example-picker-hint">
        Choosing an example replaces the text in the editor.
      </p>
      <div className="example-options">
        {examples.map((example) => (
          <label key={example.id} className="example-option">
            <input
              type="radio"
              name="example"
              value={example.id}
              checked={example.id === selectedId}
              onChange={() => onSelect(example)}
              aria-describedby="example-picker-hint"
            />
            <span>{example.title}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
