import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import { isUnusable } from '../domain/check/check-document';
import type { AnyRule, Finding, Severity } from '../domain/engine/types';
import { allRules } from '../domain/rules';
import type { CheckedFile } from './check-file';

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

function result(finding: Finding, uri: string, ruleIndexes: ReadonlyMap<string, number>) {
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndexes.get(finding.ruleId),
    level: sarifLevels[finding.severity],
    message: { text: `${finding.message} Fix: ${finding.fix}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri } },
        // The finding's place inside the JSON document, as a JSON Pointer (no line numbers).
        logicalLocations: [{ fullyQualifiedName: finding.path }],
      },
    ],
    properties: { jsonPointer: finding.path },
  };
}

/** One SARIF run over all files; files that could not be checked become notifications. */
export function formatSarif(files: readonly CheckedFile[]): string {
  const ruleIndexes = new Map(allRules.map((rule, index) => [rule.id, index]));
  const results = [];
  const notifications = [];
  for (const { file, outcome } of files) {
    const uri = artifactUri(file);
    if (isUnusable(outcome)) {
      notifications.push({
        level: 'error',
        message: { text: `${file}: ${outcome.unusable}` },
        locations: [{ physicalLocation: { artifactLocation: { uri } } }],
      });
    } else {
      // One by one: spreading a long array into push() overflows the call stack.
      for (const finding of outcome.findings) results.push(result(finding, uri, ruleIndexes));
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
