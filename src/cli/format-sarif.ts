import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json' with { type: 'json' };
import { isUnusable } from '../domain/check/check-document';
import type { AnyRule, Finding, Severity, Unknown } from '../domain/engine/types';
import { allRules } from '../domain/rules';
import type { CheckedFile } from './check-file';
import { jsonTextRegions, type TextRegion } from './json-text-region';

/** SARIF 2.1.0 (OASIS), the format code scanning services such as GitHub's read. */
const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

const sarifLevels: Readonly<Record<Severity, SarifLevel>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** `proxy-uri-endpoint-format` → `ProxyUriEndpointFormat`: SARIF wants names as identifiers. */
const pascalCase = (id: string) =>
  id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/** The file as a URI reference: relative paths stay relative (forward slashes, escaped). */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(sep).map(encodeURIComponent).join('/');
}

function describeRule(rule: AnyRule) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    ...(rule.sources[0] === undefined ? {} : { helpUri: rule.sources[0] }),
    defaultConfiguration: { level: sarifLevels[rule.severity] },
  };
}

function result(
  finding: Finding,
  uri: string,
  region: TextRegion | undefined,
  ruleIndexes: ReadonlyMap<string, number>,
) {
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndexes.get(finding.ruleId),
    level: sarifLevels[finding.severity],
    message: { text: `${finding.message} Fix: ${finding.fix}` },
    locations: [
      {
        // The line and column of the finding's JSON Pointer, so code review shows it in place.
        physicalLocation: { artifactLocation: { uri }, ...(region && { region }) },
        // The finding's place inside the JSON document, as a JSON Pointer.
        logicalLocations: [{ fullyQualifiedName: finding.path }],
      },
    ],
    properties: { jsonPointer: finding.path },
  };
}

/**
 * A rule the plan does not say enough to judge: a `note` at the first place to state, whatever the
 * rule's severity, so code review shows it without failing on it (the exit code does that).
 */
function unknownResult(
  unknown: Unknown,
  uri: string,
  regionOf: (pointer: string) => TextRegion | undefined,
  ruleIndexes: ReadonlyMap<string, number>,
) {
  return {
    ruleId: unknown.ruleId,
    ruleIndex: ruleIndexes.get(unknown.ruleId),
    level: 'note',
    kind: 'review',
    message: { text: unknown.message },
    locations: unknown.paths.map((path) => {
      // A missing place has no text: the region is that of the nearest enclosing part.
      const region = regionOf(path);
      return {
        physicalLocation: { artifactLocation: { uri }, ...(region && { region }) },
        logicalLocations: [{ fullyQualifiedName: path }],
      };
    }),
    properties: { outcome: 'unknown', severity: unknown.severity, jsonPointers: unknown.paths },
  };
}

/** One SARIF run over all files; files that could not be checked become notifications. */
export function formatSarif(files: readonly CheckedFile[]): string {
  const ruleIndexes = new Map(allRules.map((rule, index) => [rule.id, index]));
  const results: object[] = [];
  const notifications = [];
  for (const { file, text, outcome } of files) {
    const uri = artifactUri(file);
    if (isUnusable(outcome)) {
      notifications.push({
        level: 'error',
        message: { text: `${file}: ${outcome.unusable}` },
        locations: [{ physicalLocation: { artifactLocation: { uri } } }],
      });
    } else {
      // One by one: spreading a long array into push() overflows the call stack.
      const regionOf = jsonTextRegions(text ?? '');
      for (const finding of outcome.findings) {
        results.push(result(finding, uri, regionOf(finding.path), ruleIndexes));
      }
      for (const unknown of outcome.unknowns) {
        results.push(unknownResult(unknown, uri, regionOf, ruleIndexes));
      }
    }
  }
  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'xks-planner', version, rules: allRules.map(describeRule) } },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications,
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
