/**
 * A proxy secret access key read from an imported file (the console's proxy configuration file, or
 * an old CreateCustomKeyStore request), for the export step's proxy configuration file. It lives
 * in this module's memory only: never in the plan, so never autosaved, put in a link or exported
 * unless the user includes it; a reload forgets it.
 */
let secret: string | undefined;

export function keepSessionSecret(value: string | undefined): void {
  secret = value;
}

export function sessionSecret(): string | undefined {
  return secret;
}
