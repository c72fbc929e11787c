/**
 * The plan values the infrastructure exports replace because AWS KMS accepts them only one way (or
 * the pasted certificate chain decides them): the same list every export's README ends with.
 */
export function ExportOverrides({ sentences }: { readonly sentences: readonly string[] }) {
  return (
    <section className="export-overrides" aria-labelledby="export-overrides-heading">
      <h4 id="export-overrides-heading">Where these files differ from the plan</h4>
      <p>
        AWS KMS accepts these values only one way (or the pasted certificate chain decides them), so
        the Terraform, CDK and AWS CLI files all use them instead of what the plan says (their
        README lists them too):
      </p>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
