/** A page of the AWS KMS Developer Guide, e.g. `create-xks-keystore.html#require-endpoint`. */
export function guide(page: string): string {
  return `https://docs.aws.amazon.com/kms/latest/developerguide/${page}`;
}
