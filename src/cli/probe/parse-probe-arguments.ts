/** The command line of `xks-planner probe`, read apart from the other commands'. */

export const probeFormats = ['text', 'json'] as const;
export type ProbeFormat = (typeof probeFormats)[number];

export const defaultSamples = 20;
export const defaultTimeoutMs = 3000;

export interface ProbeInvocation {
  readonly action: 'probe';
  readonly file: string;
  /** The environment variable holding the secret access key. */
  readonly secretEnv: string | undefined;
  /** `--resolve HOST:PORT:ADDRESS`. */
  readonly resolve:
    { readonly host: string; readonly port: number; readonly address: string } | undefined;
  readonly caFile: string | undefined;
  readonly samples: number;
  readonly timeoutMs: number;
  readonly format: ProbeFormat;
  readonly out: string | undefined;
  /** Where the probe runs, for the observations (default: this machine's host name). */
  readonly from: string | undefined;
}

export type ProbeCommandLine =
  | ProbeInvocation
  | { readonly action: 'probe-help' }
  | { readonly action: 'usage-error'; readonly problem: string };

export const probeUsage = `Usage: xks-planner probe <plan> [--secret-env <VAR>] [--resolve <HOST:PORT:ADDRESS>]
                         [--ca-file <pem>] [--samples <n>] [--timeout <ms>]
                         [--format text|json] [--out <file>] [--from <where>]

probe   Tests the running proxy of a plan the way AWS KMS calls it: DNS (IPv4), TCP, TLS
        (version, KMS's cipher suites, the served chain judged by the certificate rules and
        AWS's trusted roots), the proxy API signed with SigV4 (GetHealthStatus, GetKeyMetadata
        for each planned key, Encrypt then Decrypt with additional authenticated data), the
        error answers the XKS proxy API specification requires, and the round trip of signed
        GetHealthStatus calls. Each failure names the ConnectionErrorCode or exception KMS
        would report. The secret is used only to sign; it is never printed or written.

Options:
      --secret-env <VAR>   the environment variable holding the secret access key (without it,
                           the secret is asked for when standard input is a terminal)
      --resolve <H:P:A>    connect to address A, port P whenever the plan's endpoint host is H
                           (SNI, the certificate check and Host stay H): a tunnel, a probe
                           inside a VPC, or a test proxy on a loopback port
      --ca-file <pem>      also accept this CA for the handshake of the API calls (whether KMS
                           trusts the chain is still judged by AWS's list only)
      --samples <n>        signed GetHealthStatus calls for the latency (default ${defaultSamples})
      --timeout <ms>       for each network step (default ${defaultTimeoutMs})
  -f, --format <format>    text (default) or json
  -o, --out <file>         also write the JSON result, to import as the plan's observations
                           (\`xks-planner check --observed <file>\`, or the wizard)
      --from <where>       where the probe runs, recorded with the result (default: host name)
  -h, --help               show this help

Exit codes:
  0  every check passed (or was skipped)
  1  at least one check failed
  2  the plan, the secret or the command line cannot be used
`;

const usageError = (problem: string): ProbeCommandLine => ({ action: 'usage-error', problem });

function readResolve(value: string): ProbeInvocation['resolve'] | string {
  const match = /^([^:]+):(\d{1,5}):(.+)$/.exec(value);
  const port = Number(match?.[2]);
  if (!match || port < 1 || port > 65535) {
    return `--resolve needs HOST:PORT:ADDRESS (e.g. myproxy.example.com:443:10.0.1.15), not "${value}"`;
  }
  return { host: match[1]!.toLowerCase(), port, address: match[3]!.replace(/^\[(.*)\]$/, '$1') };
}

function readCount(option: string, value: string, min: number, max: number): number | string {
  const count = Number(value);
  return /^\d+$/.test(value) && count >= min && count <= max
    ? count
    : `${option} needs a whole number from ${min} to ${max}, not "${value}"`;
}

/** Reads the arguments after `probe`; never throws. */
export function parseProbeArguments(argv: readonly string[]): ProbeCommandLine {
  const files: string[] = [];
  const values: Record<string, string> = {};
  const valued: Record<string, string> = {
    '--secret-env': 'secret-env',
    '--resolve': 'resolve',
    '--ca-file': 'ca-file',
    '--samples': 'samples',
    '--timeout': 'timeout',
    '-f': 'format',
    '--format': 'format',
    '-o': 'out',
    '--out': 'out',
    '--from': 'from',
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const [name, inline] = argument.startsWith('--') ? argument.split(/=(.*)/s, 2) : [argument];
    if (argument === '-h' || argument === '--help') return { action: 'probe-help' };
    if (argument === '--') {
      files.push(...argv.slice(index + 1));
      break;
    }
    const key = valued[name!];
    if (key !== undefined) {
      const value = inline ?? argv[++index];
      if (value === undefined) return usageError(`${name} needs a value`);
      values[key] = value;
    } else if (argument.startsWith('-')) {
      return usageError(`unknown option "${argument}" for probe`);
    } else {
      files.push(argument);
    }
  }
  const [file, ...extra] = files;
  if (file === undefined) return usageError('probe needs a plan');
  if (extra.length > 0) return usageError('probe takes one plan');
  const format = values.format ?? 'text';
  if (!(probeFormats as readonly string[]).includes(format)) {
    return usageError(`unknown probe format "${format}": use ${probeFormats.join(', ')}`);
  }
  const resolve = values.resolve === undefined ? undefined : readResolve(values.resolve);
  if (typeof resolve === 'string') return usageError(resolve);
  const samples =
    values.samples === undefined ? defaultSamples : readCount('--samples', values.samples, 0, 1000);
  if (typeof samples === 'string') return usageError(samples);
  const timeoutMs =
    values.timeout === undefined
      ? defaultTimeoutMs
      : readCount('--timeout', values.timeout, 50, 30_000);
  if (typeof timeoutMs === 'string') return usageError(timeoutMs);
  return {
    action: 'probe',
    file,
    secretEnv: values['secret-env'],
    resolve,
    caFile: values['ca-file'],
    samples,
    timeoutMs,
    format: format as ProbeFormat,
    out: values.out,
    from: values.from,
  };
}
