/**
 * The syntax of a fully qualified DNS host name (RFC 1123 §2.1, RFC 1035 §2.3.4), as every host
 * name a plan enters is judged. A trailing dot (the root label) is part of the name as written:
 * callers decide whether it is allowed where the name is used (see host-names-well-formed).
 */
export const maxHostNameLength = 253;
export const maxLabelLength = 63;
const hostLabel = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i;

export type HostNameProblem =
  | { readonly kind: 'empty-label' }
  | { readonly kind: 'label-too-long'; readonly label: string; readonly length: number }
  | { readonly kind: 'invalid-label'; readonly label: string }
  | { readonly kind: 'too-long'; readonly length: number }
  | { readonly kind: 'single-label' };

/** What is wrong with `name` (without a trailing dot) as a fully qualified host name, if anything. */
export function hostNameProblem(name: string): HostNameProblem | undefined {
  const labels = name.split('.');
  if (labels.some((label) => label === '')) return { kind: 'empty-label' };
  const long = labels.find((label) => label.length > maxLabelLength);
  if (long !== undefined) return { kind: 'label-too-long', label: long, length: long.length };
  const invalid = labels.find((label) => !hostLabel.test(label));
  if (invalid !== undefined) return { kind: 'invalid-label', label: invalid };
  if (name.length > maxHostNameLength) return { kind: 'too-long', length: name.length };
  if (labels.length < 2) return { kind: 'single-label' };
  return undefined;
}

/** The problem in words, for a message that names the field first. */
export function describeHostNameProblem(problem: HostNameProblem): string {
  switch (problem.kind) {
    case 'empty-label':
      return 'has an empty label (two dots in a row, or a leading dot)';
    case 'label-too-long':
      return `has the label "${problem.label}" of ${problem.length} characters; DNS allows at most ${maxLabelLength}`;
    case 'invalid-label':
      return `has the label "${problem.label}", which is not a host label (letters, digits and inner hyphens only; no underscore, wildcard or space)`;
    case 'too-long':
      return `has ${problem.length} characters; a DNS name has at most ${maxHostNameLength}`;
    case 'single-label':
      return 'is a single label; it must be a fully qualified name with at least two labels (e.g. proxy.example.com)';
  }
}
