import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestChains } from '../testing/openssl-chains';
import { examplePath, runCli, temporaryWorkspace } from './cli-test-support';

const chains = buildTestChains();
const directory = temporaryWorkspace('xks-planner-chain-');

/** The ready public example with a pasted chain, written to a file as a user would. */
function planFile(name: string, pem: string): string {
  const plan = JSON.parse(readFileSync(examplePath('public-endpoint-ready'), 'utf8')) as {
    tls: Record<string, unknown>;
  };
  plan.tls = { ...plan.tls, certificateChainPem: pem };
  const path = join(directory, name);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

async function check(path: string, format: 'text' | 'json') {
  const { code, stdout } = await runCli(['check', path, '--format', format]);
  return { code, stdout };
}

describe('xks-planner check with a pasted certificate chain', () => {
  it('judges the chain: a good chain adds no TLS finding', async () => {
    const { code, stdout } = await check(planFile('good.json', chains.good), 'json');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/tls-chain-|tls-certificate-/);
  });

  it('shows the findings of a wrong-name leaf with a broken signature', async () => {
    const path = planFile('wrong.json', chains.wrongName + chains.brokenSignature);
    const { code, stdout } = await check(path, 'text');
    expect(code).toBe(1);
    expect(stdout).toContain('tls-certificate-name-matches-host');
    expect(stdout).toContain('does not match myproxy.xks.example.com');
    expect(stdout).toContain('tls-chain-signatures');
    expect(stdout).toContain('/tls/certificateChainPem');
  });

  it('says which block of garbage text is not a certificate', async () => {
    const { code, stdout } = await check(planFile('garbage.json', 'not a certificate'), 'text');
    expect(code).toBe(1);
    expect(stdout).toContain('the text is not PEM');
  });
});
