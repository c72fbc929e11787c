/** Placeholder until this step is built. */
export function ConnectivityStep() {
  return <p>This step is being built.</p>;
}
