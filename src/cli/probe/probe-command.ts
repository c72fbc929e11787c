/**
 * `xks-planner probe`: reads the plan and the secret, runs the probe, prints and writes the result.
 * The secret comes only from the named environment variable or a prompt; it is passed to the
 * signer and to nothing else.
 */
import { hostname } from 'node:os';
import { maxDocumentBytes } from '../../domain/check/check-document';
import type { Plan } from '../../domain/plan/plan-schema';
import { proxyApiSuffix } from '../../domain/probe/proxy-api';
import { checkPlanFile } from '../check-file';
import type { CliIo } from '../cli-io';
import { exitCodes } from '../exit-codes';
import { printable } from '../printable';
import { formatProbeJson, formatProbeText } from './format-probe';
import type { ProbeInvocation } from './parse-probe-arguments';
import { nodeLookup } from './probe-network';
import { promptSecret } from './prompt-secret';
import { runProbe } from './run-probe';

/** KMS's XksProxyAuthenticationCredential RawSecretAccessKey: 43–64 of A–Z a–z 0–9 + / =. */
const secretPattern = /^[A-Za-z0-9+/=]{43,64}$/;

interface ProbeTarget {
  readonly host: string;
  readonly uriPath: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly keyIds: readonly string[];
}

/** What the probe needs from the plan, or the one line saying what is missing. */
function targetOf(plan: Plan): ProbeTarget | string {
  const keyStore = plan.keyStore;
  const endpoint = keyStore?.XksProxyUriEndpoint;
  if (!endpoint) return 'the plan has no keyStore.XksProxyUriEndpoint to probe';
  const host = /^https:\/\/([A-Za-z0-9.-]+)$/.exec(endpoint)?.[1];
  if (!host)
    return `keyStore.XksProxyUriEndpoint must be https:// and a host name, not "${endpoint}"`;
  const uriPath = keyStore.XksProxyUriPath;
  if (!uriPath?.endsWith(proxyApiSuffix) || !uriPath.startsWith('/')) {
    return `keyStore.XksProxyUriPath must start with / and end with ${proxyApiSuffix}`;
  }
  if (!plan.region) return 'the plan has no region to sign for';
  const accessKeyId = keyStore.XksProxyAuthenticationCredential?.AccessKeyId;
  if (!accessKeyId) return 'the plan has no keyStore.XksProxyAuthenticationCredential.AccessKeyId';
  const keyIds = (plan.keys ?? []).flatMap((key) => (key.XksKeyId ? [key.XksKeyId] : []));
  return { host: host.toLowerCase(), uriPath, region: plan.region, accessKeyId, keyIds };
}

async function secretFor(
  invocation: ProbeInvocation,
  io: CliIo,
): Promise<string | { problem: string }> {
  if (invocation.secretEnv !== undefined) {
    const value = io.env[invocation.secretEnv];
    if (!value)
      return { problem: `the environment variable ${invocation.secretEnv} is not set or empty` };
    return value;
  }
  const typed = await promptSecret('Secret access key of the proxy credential (not shown): ');
  return typed ?? { problem: 'no secret: name its environment variable with --secret-env <VAR>' };
}

export async function probeCommand(invocation: ProbeInvocation, io: CliIo): Promise<number> {
  const unusable = (problem: string) => {
    io.stderr(`xks-planner: ${printable(problem)}\n`);
    return exitCodes.unusable;
  };
  const checked = await checkPlanFile(invocation.file, 'probe', io);
  if ('problem' in checked) return unusable(checked.problem);
  const target = targetOf(checked.plan);
  if (typeof target === 'string') return unusable(`${invocation.file}: ${target}`);
  if (invocation.resolve && invocation.resolve.host !== target.host) {
    return unusable(
      `--resolve names ${invocation.resolve.host}, but the plan's endpoint host is ${target.host}`,
    );
  }
  const extraCa: string[] = [];
  if (invocation.caFile !== undefined) {
    let pem: string;
    try {
      pem = await io.readFile(invocation.caFile, maxDocumentBytes);
    } catch {
      return unusable(`${invocation.caFile}: cannot read the file`);
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
      return unusable(`${invocation.caFile}: no PEM certificate in the file`);
    }
    extraCa.push(pem);
  }
  const secret = await secretFor(invocation, io);
  if (typeof secret !== 'string') return unusable(secret.problem);
  if (!secretPattern.test(secret)) {
    const source = invocation.secretEnv ? `in ${invocation.secretEnv}` : 'typed';
    return unusable(
      `the secret access key ${source} is not 43 to 64 characters of A-Z, a-z, 0-9, +, / and = (KMS would refuse it)`,
    );
  }
  const result = await runProbe({
    plan: checked.plan,
    host: target.host,
    uriPath: target.uriPath,
    region: target.region,
    keyIds: target.keyIds,
    credential: { accessKeyId: target.accessKeyId, secretAccessKey: secret },
    ...(invocation.resolve && { resolve: invocation.resolve }),
    port: 443,
    extraCa,
    samples: invocation.samples,
    timeoutMs: invocation.timeoutMs,
    now: io.now,
    measuredFrom: invocation.from ?? hostname(),
    lookup: nodeLookup,
  });
  const json = formatProbeJson(result);
  io.stdout(invocation.format === 'json' ? json : formatProbeText(result));
  if (invocation.out !== undefined) {
    try {
      await io.writeFile(invocation.out, json);
    } catch {
      return unusable(`${invocation.out}: cannot write the file`);
    }
  }
  return result.summary.verdict === 'pass' ? exitCodes.clean : exitCodes.errorFindings;
}
