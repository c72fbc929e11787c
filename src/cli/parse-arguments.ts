import type { ReportDetail } from '../domain/report/build-report';
import { exportFormats, type ExportFormat } from '../domain/generators/types';
import { parseProbeArguments, type ProbeCommandLine } from './probe/parse-probe-arguments';

export const outputFormats = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export type Invocation =
  | { readonly action: 'help' }
  | { readonly action: 'version' }
  | {
      readonly action: 'check';
      readonly files: readonly string[];
      readonly format: OutputFormat;
      /** Exit 0 for plans that are only incomplete (drafts), not only for ready ones. */
      readonly allowIncomplete: boolean;
      /** Outputs of `aws kms describe-custom-key-stores` or `list-aliases`, for every plan. */
      readonly existing: readonly string[];
      /** `--observed`: a probe result to judge the plans with. */
      readonly observed?: string;
    }
  | {
      readonly action: 'export';
      readonly file: string;
      readonly format: ExportFormat;
      readonly out: string;
      readonly includeSecret: boolean;
    }
  | { readonly action: 'link'; readonly file: string; readonly base: string | undefined }
  | { readonly action: 'open'; readonly link: string }
  | {
      readonly action: 'report';
      readonly file: string;
      readonly format: ReportFormat;
      readonly out: string | undefined;
      readonly base: string | undefined;
      readonly detail: ReportDetail;
    }
  | {
      readonly action: 'explain';
      /** The code to explain; undefined with `list`. */
      readonly code: string | undefined;
      readonly list: boolean;
      readonly plan: string | undefined;
      readonly format: ExplainFormat;
    }
  | ProbeCommandLine
  | { readonly action: 'usage-error'; readonly problem: string };

export const explainFormats = ['text', 'json'] as const;
export type ExplainFormat = (typeof explainFormats)[number];

export const reportFormats = ['md', 'html'] as const;
export const reportDetails = ['summary', 'full'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const secretEnvironmentVariable = 'XKS_PROXY_SECRET_ACCESS_KEY';

export const usage = `Usage: xks-planner check <file>... [--format text|json|sarif] [--allow-incomplete]
                         [--existing <describe-output.json>] [--observed <probe.json>]
       xks-planner export <plan> --format ${exportFormats.join('|')} --out <dir>
       xks-planner link <plan> [--base <planner-url>]
       xks-planner open <link>
       xks-planner report <plan> [--format md|html] [--output <file>] [--base <planner-url>]
                          [--detail summary|full]
       xks-planner explain <CODE> [--plan <plan>] [--format text|json]
       xks-planner explain --list [--format text|json]
       xks-planner probe <plan> --secret-env <VAR> [--resolve <HOST:PORT:ADDRESS>] [...]

check   Checks XKS plans and KMS proxy configuration files (the JSON a proxy vendor hands out
        for the KMS console) against the documented AWS requirements, before anything is
        created in AWS. The kind of each file is detected automatically. The verdict is
        Ready (every deciding requirement stated and passing), Incomplete (no error, but
        the plan does not state everything KMS needs) or Blocked (at least one error).
export  Writes the plan as ready-to-apply code into <dir>. A plan with error findings is
        still exported, with a warning that lists them.
link    Prints a share link that carries the plan in its fragment (never the secret).
open    Prints the plan a share link carries, as JSON.
report  Writes the readiness report of a plan (verdict, every rule, checklist, alarms, runbook,
        troubleshooting) as Markdown (default) or a self-contained HTML file, to standard
        output or --output; with --base (or $XKS_PLANNER_URL) it includes the share link.
explain Explains an external key store ConnectionErrorCode or exception (e.g.
        XKS_PROXY_TIMED_OUT): what it means and what causes it; with --plan, which of the
        plan's findings and checklist items would cause it. --list lists every code.
probe   Tests the plan's running proxy the way AWS KMS calls it (xks-planner probe --help).

Options:
  -f, --format <format>  check: text (default), json, or sarif (SARIF 2.1.0, for code scanning)
                         export: ${exportFormats.join(', ')}
                         report: ${reportFormats.join(', ')}
                         explain: ${explainFormats.join(', ')}
      --allow-incomplete check: exit 0 for Incomplete plans too (drafts); Blocked still exits 1
      --existing <file>  check: the output of \`aws kms describe-custom-key-stores --output json\`
                         or of \`aws kms list-aliases --output json\` (give both with two
                         --existing): what the account already has in the plan's Region
                         (replaces each plan's existingKeyStores or existingAliases)
  -o, --out <dir>        export: the folder to write (created when missing)
      --output <file>    report: the file to write (default: standard output)
      --detail <level>   report: summary (default: the decision pages, then detail only where
                         it helps) or full (every rule and every error code)
      --base <url>       link, report: the planner's address (default: $XKS_PLANNER_URL, else
                         http://localhost:5173)
          --plan <plan>      explain: the plan whose findings to match to the causes
      --list             explain: list every code
      --observed <file>  check: judge the plans with this probe result (xks-planner probe --out)
      --include-secret   export proxy-config: write the secret access key from the environment
                         variable ${secretEnvironmentVariable} into the file (otherwise a placeholder)
  -h, --help             show this help
  -v, --version          show the version

Exit codes:
  0  check: every file is Ready (or Incomplete, with --allow-incomplete); other commands:
     no error finding
  1  check: a file is Blocked or Incomplete; other commands: at least one error finding
     (export still writes the files)
  2  a file could not be used (unreadable, not JSON, too large, not a plan or proxy
     configuration file, newer plan version), or the command line is wrong
`;

const isOutputFormat = (value: string): value is OutputFormat =>
  (outputFormats as readonly string[]).includes(value);

const usageError = (problem: string): Invocation => ({ action: 'usage-error', problem });

/** Reads the command line (without the node and script paths); never throws. */
export function parseArguments(argv: readonly string[]): Invocation {
  // probe has options of its own (and its own --help).
  if (argv[0] === 'probe') return parseProbeArguments(argv.slice(1));
  const positionals: string[] = [];
  let format: string | undefined;
  let out: string | undefined;
  let includeSecret = false;
  let base: string | undefined;
  let plan: string | undefined;
  let list = false;
  let allowIncomplete = false;
  const existing: string[] = [];
  let detail: string | undefined;
  let observed: string | undefined;
  let help = false;
  let version = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--') {
      // Everything after `--` is a file, even when it starts with a dash.
      positionals.push(...argv.slice(index + 1));
      break;
    } else if (argument === '-h' || argument === '--help') {
      help = true;
    } else if (argument === '-v' || argument === '--version') {
      version = true;
    } else if (argument === '-f' || argument === '--format') {
      format = argv[++index];
      if (format === undefined) return usageError(`${argument} needs a value`);
    } else if (argument.startsWith('--format=')) {
      format = argument.slice('--format='.length);
    } else if (argument === '-o' || argument === '--out') {
      out = argv[++index];
      if (out === undefined) return usageError(`${argument} needs a value`);
    } else if (argument.startsWith('--out=')) {
      out = argument.slice('--out='.length);
    } else if (argument === '--output') {
      out = argv[++index];
      if (out === undefined) return usageError(`${argument} needs a value`);
    } else if (argument.startsWith('--output=')) {
      out = argument.slice('--output='.length);
    } else if (argument === '--plan') {
      plan = argv[++index];
      if (plan === undefined) return usageError(`${argument} needs a value`);
    } else if (argument === '--observed') {
      observed = argv[++index];
      if (observed === undefined) return usageError(`${argument} needs a value`);
    } else if (argument === '--list') {
      list = true;
    } else if (argument === '--detail') {
      detail = argv[++index];
      if (detail === undefined) return usageError(`${argument} needs a value`);
    } else if (argument.startsWith('--detail=')) {
      detail = argument.slice('--detail='.length);
    } else if (argument === '--allow-incomplete') {
      allowIncomplete = true;
    } else if (argument === '--existing') {
      const file = argv[++index];
      if (file === undefined) return usageError(`${argument} needs a value`);
      existing.push(file);
    } else if (argument.startsWith('--existing=')) {
      existing.push(argument.slice('--existing='.length));
    } else if (argument === '--include-secret') {
      includeSecret = true;
    } else if (argument === '--base') {
      base = argv[++index];
      if (base === undefined) return usageError(`${argument} needs a value`);
    } else if (argument.startsWith('-')) {
      return usageError(`unknown option "${argument}"`);
    } else {
      positionals.push(argument);
    }
  }
  if (help) return { action: 'help' };
  if (version) return { action: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) return usageError('no command given');
  if (command !== 'check' && (allowIncomplete || existing.length > 0))
    return usageError('--allow-incomplete and --existing are for check');
  if (observed !== undefined && command !== 'check') return usageError('--observed is for check');
  if (command === 'export') return exportInvocation(files, format, out, includeSecret);
  if (command === 'report') {
    return reportInvocation(files, format, out, base, includeSecret, detail);
  }
  if (detail !== undefined) return usageError('--detail is for report');
  if (command === 'explain') {
    if (out !== undefined || includeSecret || base !== undefined)
      return usageError('--out, --output, --base and --include-secret are not for explain');
    return explainInvocation(files, format, plan, list);
  }
  if (plan !== undefined || list) return usageError('--plan and --list are for explain');
  if (command === 'link' || command === 'open') {
    const [argument, ...extra] = files;
    if (argument === undefined)
      return usageError(`${command} needs a ${command === 'link' ? 'plan' : 'link'}`);
    if (extra.length > 0) return usageError(`${command} takes one argument`);
    if (command === 'open') return { action: 'open', link: argument };
    return { action: 'link', file: argument, base };
  }
  if (base !== undefined) return usageError('--base is for link');
  if (command !== 'check') return usageError(`unknown command "${command}"`);
  if (files.length === 0) return usageError('no file to check');
  if (out !== undefined || includeSecret)
    return usageError('--out and --include-secret are for export');
  format ??= 'text';
  if (!isOutputFormat(format)) {
    return usageError(`unknown format "${format}": use ${outputFormats.join(', ')}`);
  }
  return {
    action: 'check',
    files,
    format,
    allowIncomplete,
    existing,
    ...(observed !== undefined && { observed }),
  };
}

const isExportFormat = (value: string): value is ExportFormat =>
  (exportFormats as readonly string[]).includes(value);

function exportInvocation(
  files: readonly string[],
  format: string | undefined,
  out: string | undefined,
  includeSecret: boolean,
): Invocation {
  const [file, ...extra] = files;
  if (file === undefined) return usageError('no plan to export');
  if (extra.length > 0) return usageError('export takes one plan');
  if (format === undefined) return usageError(`export needs --format ${exportFormats.join('|')}`);
  if (!isExportFormat(format)) {
    return usageError(`unknown export format "${format}": use ${exportFormats.join(', ')}`);
  }
  if (out === undefined) return usageError('export needs --out <dir>');
  if (includeSecret && format !== 'proxy-config') {
    return usageError('--include-secret is only for --format proxy-config');
  }
  return { action: 'export', file, format, out, includeSecret };
}

const isReportFormat = (value: string): value is ReportFormat =>
  (reportFormats as readonly string[]).includes(value);

function reportInvocation(
  files: readonly string[],
  format: string | undefined,
  out: string | undefined,
  base: string | undefined,
  includeSecret: boolean,
  detail = 'summary',
): Invocation {
  const [file, ...extra] = files;
  if (file === undefined) return usageError('no plan to report on');
  if (!(reportDetails as readonly string[]).includes(detail)) {
    return usageError(`unknown detail "${detail}": use ${reportDetails.join(', ')}`);
  }
  if (extra.length > 0) return usageError('report takes one plan');
  if (includeSecret) return usageError('--include-secret is only for export');
  format ??= 'md';
  if (!isReportFormat(format)) {
    return usageError(`unknown report format "${format}": use ${reportFormats.join(', ')}`);
  }
  return { action: 'report', file, format, out, base, detail: detail as ReportDetail };
}

const isExplainFormat = (value: string): value is ExplainFormat =>
  (explainFormats as readonly string[]).includes(value);

function explainInvocation(
  codes: readonly string[],
  format: string | undefined,
  plan: string | undefined,
  list: boolean,
): Invocation {
  const [code, ...extra] = codes;
  if (extra.length > 0) return usageError('explain takes one code');
  if (list && code !== undefined) return usageError('explain takes a code or --list, not both');
  if (list && plan !== undefined) return usageError('--plan needs a code to explain');
  if (!list && code === undefined) return usageError('explain needs a code (or --list)');
  format ??= 'text';
  if (!isExplainFormat(format)) {
    return usageError(`unknown explain format "${format}": use ${explainFormats.join(', ')}`);
  }
  return { action: 'explain', code, list, plan, format };
}
