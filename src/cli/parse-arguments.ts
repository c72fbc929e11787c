import { exportFormats, type ExportFormat } from '../domain/generators';

export const outputFormats = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export type Invocation =
  | { readonly action: 'help' }
  | { readonly action: 'version' }
  | { readonly action: 'check'; readonly files: readonly string[]; readonly format: OutputFormat }
  | {
      readonly action: 'export';
      readonly file: string;
      readonly format: ExportFormat;
      readonly out: string;
      readonly includeSecret: boolean;
    }
  | { readonly action: 'link'; readonly file: string; readonly base: string | undefined }
  | { readonly action: 'open'; readonly link: string }
  | { readonly action: 'usage-error'; readonly problem: string };

export const secretEnvironmentVariable = 'XKS_PROXY_SECRET_ACCESS_KEY';

export const usage = `Usage: xks-planner check <file>... [--format text|json|sarif]
       xks-planner export <plan> --format ${exportFormats.join('|')} --out <dir>
       xks-planner link <plan> [--base <planner-url>]
       xks-planner open <link>

check   Checks XKS plans and KMS proxy configuration files (the JSON a proxy vendor hands out
        for the KMS console) against the documented AWS requirements, before anything is
        created in AWS. The kind of each file is detected automatically.
export  Writes the plan as ready-to-apply code into <dir>. A plan with error findings is
        still exported, with a warning that lists them.
link    Prints a share link that carries the plan in its fragment (never the secret).
open    Prints the plan a share link carries, as JSON.

Options:
  -f, --format <format>  check: text (default), json, or sarif (SARIF 2.1.0, for code scanning)
                         export: ${exportFormats.join(', ')}
  -o, --out <dir>        export: the folder to write (created when missing)
      --base <url>       link: the planner's address (default: $XKS_PLANNER_URL, else
                         http://localhost:5173)
      --include-secret   export proxy-config: write the secret access key from the environment
                         variable ${secretEnvironmentVariable} into the file (otherwise a placeholder)
  -h, --help             show this help
  -v, --version          show the version

Exit codes:
  0  no error finding in any file
  1  at least one error finding (export still writes the files)
  2  a file could not be used (unreadable, not JSON, too large, not a plan or proxy
     configuration file, newer plan version), or the command line is wrong
`;

const isOutputFormat = (value: string): value is OutputFormat =>
  (outputFormats as readonly string[]).includes(value);

const usageError = (problem: string): Invocation => ({ action: 'usage-error', problem });

/** Reads the command line (without the node and script paths); never throws. */
export function parseArguments(argv: readonly string[]): Invocation {
  const positionals: string[] = [];
  let format: string | undefined;
  let out: string | undefined;
  let includeSecret = false;
  let base: string | undefined;
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
  if (command === 'export') return exportInvocation(files, format, out, includeSecret);
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
  return { action: 'check', files, format };
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
