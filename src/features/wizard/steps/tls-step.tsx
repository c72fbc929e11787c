/** Placeholder until this step is built. */
export function TlsStep() {
  return <p>This step is being built.</p>;
}
