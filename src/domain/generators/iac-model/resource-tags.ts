/**
 * The tags every resource of an export carries: who manages it and which key store it belongs
 * to. KMS accepts any tag value, but most services (Lambda, ELB, SNS, IAM) only accept letters,
 * digits, spaces and `_.:/=+-@`, so the store name is made fit for all of them.
 * Source: https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html
 */
export const managedByTag = ['managed-by', 'xks-planner'] as const;
export const keyStoreTagKey = 'xks-key-store';

/** The characters no tag value may hold, as an RE2 and ECMAScript pattern (Terraform's too). */
export const unfitTagCharacters = '[^\\p{L}\\p{Z}\\p{N}_.:/=+@-]';

/** The value with every character a tag may not hold replaced by `_`, at most 256 long. */
export function tagValue(text: string): string {
  return [...text.replace(new RegExp(unfitTagCharacters, 'gu'), '_')].slice(0, 256).join('');
}
