/** Placeholder until this step is built. */
export function KeysStep() {
  return <p>This step is being built.</p>;
}
