import { maxDocumentBytes, parseDocumentText } from '@/domain/check/check-document';
import { toPointer } from '@/domain/engine/json-pointer';
import { migratePlan } from '@/domain/plan/migrate-plan';
import { parsePlan } from '@/domain/plan/parse-plan';
import type { Plan } from '@/domain/plan/plan-schema';
import { proxyConfigFileKeys } from '@/domain/plan/proxy-config-file';

/** One reason a file cannot be imported; `path` is a JSON Pointer ('' for the whole file). */
export interface ImportProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * What a dropped or picked file gives. Secrets (from the console's proxy configuration file or an
 * old CreateCustomKeyStore request) are kept apart from the plan, for this session only.
 */
export type ImportedFile =
  | { readonly kind: 'plan'; readonly plan: Plan; readonly secret?: string }
  | {
      readonly kind: 'proxy-config';
      readonly uriPath?: string;
      readonly accessKeyId?: string;
      readonly secret?: string;
    }
  | { readonly kind: 'unusable'; readonly problems: readonly ImportProblem[] };

/** The same limit as the checker's. */
export const maxImportBytes = maxDocumentBytes;
export const tooLargeProblem = `the file is larger than ${maxImportBytes / 1024 / 1024} MB`;

const whole = (message: string): ImportedFile => ({
  kind: 'unusable',
  problems: [{ path: '', message }],
});

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The proxy configuration file's values, each a string or absent; anything else is a problem. */
function readProxyConfig(file: Record<string, unknown>): ImportedFile {
  const problems: ImportProblem[] = [];
  const text = (value: unknown, path: string): string | undefined => {
    if (value === undefined || typeof value === 'string') return value;
    problems.push({ path, message: 'must be text' });
    return undefined;
  };
  const uriPath = text(file.XksProxyUriPath, '/XksProxyUriPath');
  const credential = file.XksProxyAuthenticationCredential;
  let accessKeyId: string | undefined;
  let secret: string | undefined;
  if (isObject(credential)) {
    accessKeyId = text(credential.AccessKeyId, '/XksProxyAuthenticationCredential/AccessKeyId');
    secret = text(
      credential.RawSecretAccessKey,
      '/XksProxyAuthenticationCredential/RawSecretAccessKey',
    );
  } else if (credential !== undefined) {
    problems.push({
      path: '/XksProxyAuthenticationCredential',
      message: 'must be an object with AccessKeyId and RawSecretAccessKey',
    });
  }
  if (problems.length > 0) return { kind: 'unusable', problems };
  if (uriPath === undefined && accessKeyId === undefined && secret === undefined) {
    return whole('the proxy configuration file holds no URI path, access key ID or secret');
  }
  return {
    kind: 'proxy-config',
    ...(uriPath === undefined ? {} : { uriPath }),
    ...(accessKeyId === undefined ? {} : { accessKeyId }),
    ...(secret === undefined ? {} : { secret }),
  };
}

/**
 * Reads a file to import: a plan (of any version the planner knows), or the console's proxy
 * configuration file. A plan the schema objects to anywhere is refused whole, with every problem
 * by path, so an import never silently drops part of a file. Never throws, whatever the text.
 */
export function readImportedFile(text: string): ImportedFile {
  if (text.length > maxImportBytes) {
    return whole(tooLargeProblem);
  }
  const parsed = parseDocumentText(text);
  if ('unusable' in parsed) return whole(parsed.unusable);
  const value = parsed.value;
  if (!isObject(value)) return whole('the file holds JSON, but not an object');
  const migration = migratePlan(value);
  if (migration.kind === 'problem') return whole(migration.problem);
  if (migration.kind === 'not-a-plan') {
    if (proxyConfigFileKeys.some((key) => key in value)) return readProxyConfig(value);
    return whole(
      'this is neither an XKS plan (no "version" field) nor the KMS proxy configuration file (no "XksProxyUriPath" or "XksProxyAuthenticationCredential")',
    );
  }
  const { plan, facts } = parsePlan(migration.document);
  if (facts.schemaIssues.length > 0) {
    return {
      kind: 'unusable',
      problems: facts.schemaIssues.map(({ path, message, unknownField }) => ({
        path: toPointer(path),
        message:
          unknownField === undefined
            ? `this value does not fit the plan format. ${message}`
            : `the plan format has no field "${unknownField}"`,
      })),
    };
  }
  return {
    kind: 'plan',
    plan,
    ...(migration.secret === undefined ? {} : { secret: migration.secret }),
  };
}
