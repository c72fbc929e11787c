export const outputFormats = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export type Invocation =
  | { readonly action: 'help' }
  | { readonly action: 'version' }
  | { readonly action: 'check'; readonly files: readonly string[]; readonly format: OutputFormat }
  | { readonly action: 'usage-error'; readonly problem: string };

export const usage = `Usage: xks-planner check <file>... [--format text|json|sarif]

Checks XKS plans and KMS proxy configuration files (the JSON a proxy vendor hands out for the
KMS console) against the documented AWS requirements, before anything is created in AWS. The
kind of each file is detected automatically.

Options:
  -f, --format <format>  text (default), json, or sarif (SARIF 2.1.0, for code scanning)
  -h, --help             show this help
  -v, --version          show the version

Exit codes:
  0  no error finding in any file
  1  at least one error finding
  2  a file could not be checked (unreadable, not JSON, too large, not a plan or proxy
     configuration file, newer plan version), or the command line is wrong
`;

const isOutputFormat = (value: string): value is OutputFormat =>
  (outputFormats as readonly string[]).includes(value);

const usageError = (problem: string): Invocation => ({ action: 'usage-error', problem });

/** Reads the command line (without the node and script paths); never throws. */
export function parseArguments(argv: readonly string[]): Invocation {
  const positionals: string[] = [];
  let format: string | undefined;
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
  if (command !== 'check') return usageError(`unknown command "${command}"`);
  if (files.length === 0) return usageError('no file to check');
  format ??= 'text';
  if (!isOutputFormat(format)) {
    return usageError(`unknown format "${format}": use ${outputFormats.join(', ')}`);
  }
  return { action: 'check', files, format };
}
