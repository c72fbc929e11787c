/** Placeholder until this step is built. */
export function ProxyStep() {
  return <p>This step is being built.</p>;
}
