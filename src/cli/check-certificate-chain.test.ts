import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestChains } from '../testing/openssl-chains';
import { examplePath, runCli, temporaryWorkspace } from './cli-test-support';

const chains = buildTestChains();
const directory = temporaryWorkspace('xks-planner-chain-');

/**
 * The ready public example with a pasted chain, written to a file as a user would; `certificate`
 * replaces its typed certificate fields.
 */
function planFile(name: string, pem: string, certificate?: Record<string, unknown>): string {
  const plan = JSON.parse(readFileSync(examplePath('public-endpoint-ready'), 'utf8')) as {
    tls: Record<string, unknown>;
  };
  plan.tls = { ...plan.tls, certificateChainPem: pem, ...(certificate && { certificate }) };
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

describe('xks-planner export with a pasted certificate chain', () => {
  it('names the chain’s server certificate in the certificate alarm, over a stale typed name', async () => {
    // The typed fields still describe the certificate the chain replaced.
    const path = planFile('renewed.json', chains.good, { subjectCommonName: 'old.example.com' });
    const out = join(directory, 'renewed-terraform');
    const { code, stderr } = await runCli(['export', path, '--format', 'terraform', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const tfvars = readFileSync(join(out, 'terraform.tfvars'), 'utf8');
    expect(tfvars).toMatch(/^proxy_certificate_name\s*=\s*"myproxy\.xks\.example\.com"$/m);
    expect(tfvars).not.toContain('old.example.com');
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain(
      'the plan says old.example.com, the export uses myproxy.xks.example.com',
    );
  });

  it('gives the CDK app the chain’s name too', async () => {
    const path = planFile('renewed-cdk.json', chains.good, {
      subjectCommonName: 'old.example.com',
    });
    const out = join(directory, 'renewed-cdk');
    const { code } = await runCli(['export', path, '--format', 'cdk', '--out', out]);
    expect(code).toBe(0);
    const stack = readFileSync(join(out, 'lib', 'xks-stack.ts'), 'utf8');
    expect(stack).toContain('"myproxy.xks.example.com"');
    expect(stack).not.toContain('old.example.com');
  });

  it('fills the name from the chain when the plan types none', async () => {
    const path = planFile('chain-only.json', chains.good, {});
    const out = join(directory, 'chain-only-aws-cli');
    const { code } = await runCli(['export', path, '--format', 'aws-cli', '--out', out]);
    expect(code).toBe(0);
    const script = readFileSync(join(out, 'create-external-key-store.sh'), 'utf8');
    expect(script).toMatch(/^PROXY_CERTIFICATE_NAME=myproxy\.xks\.example\.com$/m);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).not.toContain('old.example.com');
  });
});

describe('xks-planner report with a pasted certificate chain', () => {
  const wildcardItem = 'If the certificate CN is a wildcard, verify after connecting';

  it('keeps the wildcard certificate’s checklist item for a wildcard chain, over a stale typed name', async () => {
    const path = planFile('wildcard.json', chains.wildcard);
    const { stdout } = await runCli(['report', path]);
    expect(stdout).toContain(wildcardItem);
  });

  it('leaves it out for a chain whose server certificate is not a wildcard', async () => {
    const path = planFile('plain.json', chains.good, { subjectCommonName: '*.xks.example.com' });
    const { stdout } = await runCli(['report', path]);
    expect(stdout).not.toContain(wildcardItem);
  });
});
