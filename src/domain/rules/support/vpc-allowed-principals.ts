/** Readings of the endpoint service's allowed principals, shared by the two principal rules. */

/** `*` lets every AWS principal create an endpoint, so it also lets in whoever a rule looks for. */
export function allowsEveryone(principals: readonly string[]): boolean {
  return principals.some((principal) => principal.trim() === '*');
}

/** The account of an IAM ARN (`arn:aws:iam::111122223333:root`, `...:role/name`), if it is one. */
export function accountOfIamArn(principal: string): string | undefined {
  return /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(principal.trim())?.[1];
}
