import type { $ZodIssue } from 'zod/v4/core';
import type { DocumentFacts, SchemaIssue } from '../engine/types';
import type { PathSegment } from '../engine/json-pointer';
import { planSchema, type Plan } from './plan-schema';
import { copyWithoutSecrets, secretKeyName } from './plan-secrets';
import { parseWellFormedPlan } from './well-formed-plan';
import { compareCodeUnits } from '../text/compare-names';

export interface ParsedPlan {
  /** The plan with secrets and structurally wrong values left out: safe for every rule. */
  readonly plan: Plan;
  readonly facts: DocumentFacts;
}

type Json = unknown;

/** Where `value` holds a `RawSecretAccessKey`; `path` is a stack, copied only on a find. */
function findSecrets(value: Json, path: PathSegment[], found: PathSegment[][]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      findSecrets(value[index], path, found);
      path.pop();
    }
    return;
  }
  for (const key in value) {
    path.push(key);
    if (key === secretKeyName) found.push([...path]);
    else findSecrets((value as Record<string, Json>)[key], path, found);
    path.pop();
  }
}

function container(root: Json, path: readonly PathSegment[]): Json {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, Json>)[segment as string];
  }
  return current;
}

/**
 * Removes the value at `path`; when nothing is there (a required member is missing), removes the
 * object that lacks it instead, so that the next parse no longer sees the problem.
 */
function removeAt(root: Json, path: readonly PathSegment[]): void {
  if (path.length === 0) return;
  const parent = container(root, path.slice(0, -1));
  const last = path[path.length - 1] as PathSegment;
  if (parent === null || typeof parent !== 'object') return;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (last < parent.length) parent.splice(last, 1);
    return;
  }
  const record = parent as Record<string, Json>;
  if (record[last as string] === undefined) {
    removeAt(root, path.slice(0, -1));
    return;
  }
  delete record[last as string];
}

/** A problem the schema found: where, and what is wrong there. */
interface Problem extends SchemaIssue {
  readonly path: PathSegment[];
}

function issuePath(issue: $ZodIssue): PathSegment[] {
  return issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
}

/** Path segments sorted deepest and last first, so removing one never shifts another. */
function compareForRemoval(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const x = a[index] as PathSegment;
    const y = b[index] as PathSegment;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return compareCodeUnits(String(y), String(x));
  }
  return b.length - a.length;
}

const maxPasses = 10;

/**
 * Problems listed one by one; the rest are only counted. The work stays bounded too: a 5 MB file
 * can hold half a million unknown fields, and nobody reads half a million findings.
 */
export const maxListedSchemaIssues = 50;

/**
 * Parses a plan document (an object whose `version` is the current one) without ever failing:
 * structural problems become `schemaIssues` and their values are left out, so the rules can still
 * judge the rest of the plan.
 */
export function parsePlan(document: Record<string, Json>): ParsedPlan {
  // A well-formed plan holds no secret (no object of the schema takes unknown members).
  const wellFormed = parseWellFormedPlan(document);
  if (wellFormed !== undefined)
    return { plan: wellFormed, facts: { schemaIssues: [], secretPaths: [] } };
  const secretPaths: PathSegment[][] = [];
  findSecrets(document, [], secretPaths);
  // The caller's document is never changed: a copy is made only when something must be left out.
  let working: Record<string, Json> = document;
  if (secretPaths.length > 0) working = copyWithoutSecrets(document) as Record<string, Json>;
  const schemaIssues: Problem[] = [];
  let unlistedSchemaIssues = 0;
  const reported = new Set<string>();
  const record = (problem: Problem) => {
    const key = JSON.stringify(problem.path);
    if (reported.has(key)) return;
    reported.add(key);
    if (schemaIssues.length < maxListedSchemaIssues) schemaIssues.push(problem);
    else unlistedSchemaIssues++;
  };
  const facts = () => ({
    schemaIssues,
    secretPaths,
    ...(unlistedSchemaIssues > 0 ? { unlistedSchemaIssues } : {}),
  });
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = planSchema.safeParse(working);
    if (result.success) return { plan: result.data, facts: facts() };
    if (working === document) working = copyWithoutSecrets(document) as Record<string, Json>;
    const removals: Problem[] = [];
    for (const issue of result.error.issues) {
      const path = issuePath(issue);
      if (issue.code !== 'unrecognized_keys') {
        record({ path, message: issue.message });
        removals.push({ path, message: issue.message });
        continue;
      }
      // Unknown fields go straight away: deleting a key shifts nothing, so they need no sorting.
      const owner = container(working, path) as Record<string, Json>;
      for (const key of issue.keys) {
        record({ path: [...path, key], message: `unknown field "${key}"`, unknownField: key });
        delete owner[key];
      }
    }
    for (const problem of removals.sort((a, b) => compareForRemoval(a.path, b.path))) {
      removeAt(working, problem.path);
    }
  }
  return { plan: { version: 1 }, facts: facts() };
}
