/**
 * Reads the requirement catalogue (`../shared/xks-requirements.md`) into structured facts.
 * Used by `npm run derive` to write `src/domain/catalogue/facts.json`, and by
 * `scripts/derived-data.test.ts` to prove that file still matches the catalogue.
 */
import type { Fact, FactSeverity } from '../../src/domain/catalogue/fact';

const guideBase = 'https://docs.aws.amazon.com/kms/latest/developerguide/';
const apiBase = 'https://docs.aws.amazon.com/kms/latest/APIReference/';

/** The catalogue's evidence tags that stand for a document rather than a page family. */
const tagDocuments: Record<string, string> = {
  S: 'https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/xks_proxy_api_spec.md',
  T: 'https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/TrustedCertificateAuthorities',
  R: 'https://github.com/aws-samples/aws-kms-xks-proxy',
  C: 'https://github.com/aws-samples/aws-kms-xksproxy-test-client',
};

const factLine = /^(\d+)\. \*\*([A-Za-z0-9+_-]+)\*\* — ([^—]+?) — (.*)$/;

/** Facts whose only source is the API model tag [M], pointed at the operation they describe. */
const modelPages: Record<string, string> = {
  'API-DISCONNECT-STATES': 'API_DisconnectCustomKeyStore.html',
};
const defaultModelPage = 'API_CreateCustomKeyStore.html';

function sourceUrls(text: string): string[] {
  const urls: string[] = [];
  const add = (url: string) => {
    const clean = url.replace(/[.,;:)]+$/, '');
    if (!urls.includes(clean)) urls.push(clean);
  };
  for (const match of text.matchAll(/\bDG\/([A-Za-z0-9_.#-]+\.html(?:#[A-Za-z0-9_-]+)?)/g)) {
    add(guideBase + match[1]);
  }
  for (const match of text.matchAll(/\bAPI\/([A-Za-z0-9_.#-]+\.html(?:#[A-Za-z0-9_-]+)?)/g)) {
    add(apiBase + match[1]);
  }
  for (const match of text.matchAll(/https:\/\/[^\s)`]+/g)) add(match[0]);
  for (const match of text.matchAll(/\[([A-Z])\]/g)) {
    const tag = match[1];
    if (tag && tagDocuments[tag]) add(tagDocuments[tag]);
  }
  return urls;
}

function normaliseSeverity(raw: string): FactSeverity {
  const first = raw.trim().split(/\s+/)[0];
  if (first === 'error' || first === 'warning' || first === 'info') return first;
  throw new Error(`unknown severity "${raw}"`);
}

export function parseCatalogue(markdown: string): Fact[] {
  const facts: Fact[] = [];
  let section = '';
  let sectionSources: string[] = [];
  const lines = markdown.split('\n');
  for (const [index, line] of lines.entries()) {
    const heading = /^#{2,3} (\d+(?:\.\d+)?\.?) (.*)$/.exec(line);
    if (heading) {
      section = `${heading[1]?.replace(/\.$/, '')} ${heading[2]}`;
      sectionSources = /unless noted/.test(line) ? [tagDocuments.S as string] : [];
      continue;
    }
    if (/^All from /.test(line)) {
      sectionSources = sourceUrls(line);
      continue;
    }
    const match = factLine.exec(line);
    if (!match) continue;
    const [, number, id, severity, firstLine] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    // A fact may continue on indented lines (a code block, then its sources).
    let rest = firstLine;
    for (const next of lines.slice(index + 1)) {
      if (!/^ {3}/.test(next)) break;
      if (/^ {3}Values /.test(next)) rest += ` ${next.trim()}`;
    }
    const sourceAt = rest.lastIndexOf(' Source:');
    const text = (sourceAt >= 0 ? rest.slice(0, sourceAt) : rest).trim();
    const ownSources = sourceAt >= 0 ? sourceUrls(rest.slice(sourceAt)) : sourceUrls(rest);
    facts.push({
      number: Number(number),
      id,
      severity: normaliseSeverity(severity),
      severityNote: severity.trim(),
      section,
      text,
      sources:
        ownSources.length > 0
          ? ownSources
          : sectionSources.length > 0
            ? sectionSources
            : [apiBase + (modelPages[id] ?? defaultModelPage)],
    });
  }
  return facts;
}
