import {
  isUnusable,
  maxDocumentBytes,
  parseDocumentText,
  type CheckOptions,
  type CheckOutcome,
} from '../domain/check/check-document';
import { checkDocumentWithCertificates } from '../domain/check/check-with-certificates';
import type { Finding, Unknown } from '../domain/engine/types';
import type { ExistingKeyStore, Observed, Plan } from '../domain/plan/plan-schema';
import type { ChainAnalysis } from '../domain/tls/chain-types';
import type { CliIo } from './cli-io';

/** One file named on the command line and what checking it gave. */
export interface CheckedFile {
  /** The path as given on the command line. */
  readonly file: string;
  /** The file's text when it could be read: SARIF locates each finding's JSON Pointer in it. */
  readonly text?: string;
  readonly outcome: CheckOutcome & { readonly certificateChain?: ChainAnalysis };
}

const bytesPerMegabyte = 1024 * 1024;
const limitInMegabytes = maxDocumentBytes / bytesPerMegabyte;
const tooLarge = (size: string) => `too large (${size}; the limit is ${limitInMegabytes} MB)`;

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EFBIG':
      return tooLarge(`more than ${limitInMegabytes} MB`);
    default:
      return typeof code === 'string' ? `cannot read the file (${code})` : 'cannot read the file';
  }
}

/** Reads a JSON file of at most the document size limit; every problem becomes a reason. */
export async function readJsonFile(
  file: string,
  io: Pick<CliIo, 'stat' | 'readFile'>,
): Promise<{ readonly value: unknown; readonly text: string } | { readonly unusable: string }> {
  let text: string;
  try {
    // The size is checked before reading so that a huge file is never loaded.
    const { size } = await io.stat(file);
    if (size > maxDocumentBytes) {
      // Rounded up, so that a file just over the limit does not read as being at it.
      const megabytes = Math.ceil((size / bytesPerMegabyte) * 10) / 10;
      return { unusable: tooLarge(`${megabytes} MB`) };
    }
    // Pipes and devices report a size of 0: the read itself stops at the limit.
    text = await io.readFile(file, maxDocumentBytes);
  } catch (error) {
    return { unusable: describeReadError(error) };
  }
  const parsed = parseDocumentText(text);
  return 'unusable' in parsed ? parsed : { value: parsed.value, text };
}

/** What `check` adds to every plan it reads: the account's key stores, a probe's observations. */
export interface PlanAdditions {
  readonly existingKeyStores?: readonly ExistingKeyStore[];
  readonly existingAliases?: readonly string[];
  readonly observed?: Observed;
  /** `report` names places as the wizard labels them; every other command keeps JSON Pointers. */
  readonly fieldNames?: CheckOptions['fieldNames'];
}

/** Reads and checks one file; every problem becomes an unusable outcome, never an exception. */
export async function checkFile(
  file: string,
  io: Pick<CliIo, 'stat' | 'readFile' | 'now'>,
  additions: PlanAdditions = {},
): Promise<CheckedFile> {
  const read = await readJsonFile(file, io);
  if ('unusable' in read) return { file, outcome: read };
  const { existingKeyStores, existingAliases, observed, fieldNames } = additions;
  // Observations join a plan (a document with a version), never a proxy configuration file.
  const value =
    observed && read.value !== null && typeof read.value === 'object' && 'version' in read.value
      ? { ...read.value, observed }
      : read.value;
  const outcome = await checkDocumentWithCertificates(value, {
    now: io.now(),
    ...(existingKeyStores && { existingKeyStores }),
    ...(existingAliases && { existingAliases }),
    ...(fieldNames && { fieldNames }),
  });
  return { file, text: read.text, outcome };
}

/** A plan file checked for a command that needs a plan, or the one line saying why it cannot. */
export type PlanFileOutcome =
  | {
      readonly plan: Plan;
      readonly findings: readonly Finding[];
      readonly unknowns: readonly Unknown[];
      /** The analysis of the chain the rules judged: the one a probe saw served, else the pasted one. */
      readonly certificateChain: ChainAnalysis | undefined;
    }
  | { readonly problem: string };

/**
 * Reads and checks the plan a command works on (`export`, `report`, `explain --plan`). A proxy
 * configuration file is a usable document, but not a plan: the problem names the command.
 */
export async function checkPlanFile(
  file: string,
  needs: string,
  io: Pick<CliIo, 'stat' | 'readFile' | 'now'>,
  fieldNames?: CheckOptions['fieldNames'],
): Promise<PlanFileOutcome> {
  const { outcome } = await checkFile(file, io, fieldNames ? { fieldNames } : {});
  if (isUnusable(outcome)) return { problem: `${file}: ${outcome.unusable}` };
  if (outcome.kind !== 'plan' || !outcome.plan) {
    return { problem: `${file}: is a KMS proxy configuration file; ${needs} needs a plan` };
  }
  const { plan, findings, unknowns, certificateChain } = outcome;
  return { plan, findings, unknowns, certificateChain };
}
