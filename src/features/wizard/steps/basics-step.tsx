/** Placeholder until this step is built. */
export function BasicsStep() {
  return <p>This step is being built.</p>;
}
