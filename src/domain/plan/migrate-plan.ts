/**
 * Brings a plan document of any version this planner knows up to the current version, before it
 * is validated. Every reader (file import, share links, the CLI) goes through here, via
 * checkDocument or directly, so an older plan opens everywhere and a newer one is refused
 * everywhere with the same message.
 *
 * To change the plan format: bump `planVersion`, and add a step from the previous version here
 * with a test that an old document still opens.
 */
import { secretKeyName } from './plan-secrets';
import { planVersion } from './plan-version';
import { keyStoreParametersNotInFile } from './proxy-config-file';

type JsonObject = Record<string, unknown>;

export type Migration =
  | {
      readonly kind: 'plan';
      /** The document in the current version; the caller's own object when it already was. */
      readonly document: JsonObject;
      readonly fromVersion: number;
      /** A secret access key an older form held: never part of the plan, for the session only. */
      readonly secret?: string;
    }
  | { readonly kind: 'problem'; readonly problem: string }
  | { readonly kind: 'not-a-plan' };

/** "a string", "an object", …: for messages that must not echo a value (it may be a secret). */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Copies an object without the empty strings a CLI skeleton leaves as "fill me in". */
function withoutBlanks(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== ''));
}

interface StepResult {
  readonly document: JsonObject;
  readonly secret?: string;
}

/**
 * Version 0: a bare CreateCustomKeyStore request, as `aws kms create-custom-key-store
 * --generate-cli-skeleton` writes it and `--cli-input-json` reads it (no `version`). The plan's
 * `keyStore` is that request, so it becomes `{ version: 1, keyStore }`; the secret access key it
 * may hold is taken out, because a plan never holds it.
 */
function fromCreateCustomKeyStoreRequest(request: JsonObject): StepResult {
  const keyStore = withoutBlanks(request);
  const credential = keyStore.XksProxyAuthenticationCredential;
  let secret: string | undefined;
  if (isJsonObject(credential)) {
    const { [secretKeyName]: raw, ...rest } = withoutBlanks(credential);
    if (typeof raw === 'string') secret = raw;
    if (Object.keys(rest).length > 0) keyStore.XksProxyAuthenticationCredential = rest;
    else delete keyStore.XksProxyAuthenticationCredential;
  }
  return { document: { version: 1, keyStore }, ...(secret === undefined ? {} : { secret }) };
}

/** Step `n` turns a version-n document into a version-(n + 1) one. */
const steps: readonly ((document: JsonObject) => StepResult)[] = [fromCreateCustomKeyStoreRequest];

function versionOf(document: JsonObject): number | { problem: string } | undefined {
  if (!('version' in document)) {
    return keyStoreParametersNotInFile.some((key) => key in document) ? 0 : undefined;
  }
  const version = document.version;
  if (version === planVersion) return version;
  if (typeof version === 'number' && Number.isInteger(version) && version > planVersion) {
    return {
      problem: `plan version ${version} is newer than this planner understands (version ${planVersion}): it was made by a newer XKS Planner; update XKS Planner`,
    };
  }
  // Version 0 has no `version` field, so an explicit 0 is as unknown as any other value. Only a
  // number is echoed: any other value could be anything, a secret included.
  const shown = typeof version === 'number' ? String(version) : `(${describeJsonType(version)})`;
  return { problem: `unknown plan version ${shown}; this planner reads version ${planVersion}` };
}

/** The document in the current plan version, or why it cannot be, or that it is no plan at all. */
export function migratePlan(document: JsonObject): Migration {
  const version = versionOf(document);
  if (version === undefined) return { kind: 'not-a-plan' };
  if (typeof version !== 'number') return { kind: 'problem', problem: version.problem };
  let current = document;
  let secret: string | undefined;
  for (let from = version; from < planVersion; from++) {
    const result = steps[from]!(current);
    current = result.document;
    secret = result.secret ?? secret;
  }
  return {
    kind: 'plan',
    document: current,
    fromVersion: version,
    ...(secret === undefined ? {} : { secret }),
  };
}
