/** Placeholder until this step is built. */
export function StartStep() {
  return <p>This step is being built.</p>;
}
