/** Placeholder until this step is built. */
export function NetworkStep() {
  return <p>This step is being built.</p>;
}
