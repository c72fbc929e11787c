/** Placeholder until this step is built. */
export function OperationsStep() {
  return <p>This step is being built.</p>;
}
