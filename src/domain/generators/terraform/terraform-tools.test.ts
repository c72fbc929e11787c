/**
 * Proof with the real Terraform 1.11 and hashicorp/aws 5.100.0 (from the filesystem mirror at
 * /opt/tf-plugins, nothing downloaded): every example plan and variant's export passes `init`,
 * `validate` and `fmt -check`, and `terraform test` applies it twice against `mock_provider "aws"`
 * (the second apply keeps every output). One `terraform init` is shared: every other folder links
 * its `.terraform`, since they all need the same one provider. Each folder keeps its exported lock
 * file, which `init` must leave unchanged.
 */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportVariants } from '../testing/export-variants';
import {
  inBatches,
  requireTool,
  runTool,
  terraformEnvironment,
  toolCacheRoot,
  writeFiles,
  type ToolResult,
} from '../testing/tool-harness';
import { applyTwiceTest, withoutPreventDestroy } from './apply-twice-test';
import { generateTerraform } from './generate-terraform';

const root = join(toolCacheRoot, 'terraform');

const folders = exportVariants.map((variant) => ({
  id: variant.id,
  folder: join(root, variant.id),
  files: generateTerraform(variant.plan),
}));

/**
 * Planned values AWS would refuse, which the variables' validations refuse first: the example
 * with mistakes has an access key ID with lower case and hyphens, and an XksKeyId with spaces
 * and "#". `terraform test` must fail on exactly these (its applies then use valid values).
 */
const refusedByValidation: Readonly<Record<string, readonly string[]>> = {
  'plan-with-mistakes': ['xks_proxy_access_key_id', 'payments_key_1_xks_key_id'],
};

const results = new Map<string, ToolResult>();
const applyResults = new Map<string, ToolResult>();

const content = (files: readonly { path: string; content: string }[], path: string) =>
  files.find((file) => file.path === path)!.content;

/**
 * The folder `terraform test` runs in: the export, plus the test file, with `prevent_destroy` off
 * so the test can destroy what it applied (the mock's state) at the end; nothing else differs.
 */
function applyTwiceFiles(id: string, files: readonly { path: string; content: string }[]) {
  const outputNames = [...content(files, 'outputs.tf').matchAll(/^output "([a-z0-9_]+)"/gm)].map(
    (match) => match[1]!,
  );
  return [
    ...withoutPreventDestroy(files),
    {
      path: 'tests/apply-twice.tftest.hcl',
      content: applyTwiceTest(
        { variablesTf: content(files, 'variables.tf'), tfvars: content(files, 'terraform.tfvars') },
        outputNames,
        [...content(files, 'versions.tf').matchAll(/^\s+alias\s+=\s+"([a-z0-9_]+)"/gm)].map(
          (match) => match[1]!,
        ),
        { refused: refusedByValidation[id] ?? [] },
      ),
    },
  ];
}
let fmt: ToolResult;
let init: ToolResult;
let lockAfterInit: string;

beforeAll(async () => {
  await requireTool('terraform');
  const terraformEnv = terraformEnvironment();
  mkdirSync(root, { recursive: true });
  for (const { folder, files } of folders) writeFiles(folder, files);
  const [first, ...others] = folders;
  const tf = (cwd: string, ...args: string[]) =>
    runTool('terraform', args, { cwd, env: terraformEnv });
  init = await tf(first!.folder, 'init', '-backend=false', '-input=false', '-no-color');
  lockAfterInit = readFileSync(join(first!.folder, '.terraform.lock.hcl'), 'utf8');
  const share = (folder: string) => {
    symlinkSync(join(first!.folder, '.terraform'), join(folder, '.terraform'));
  };
  for (const { folder } of others) share(folder);
  fmt = await tf(root, 'fmt', '-check', '-recursive', '-diff', '-no-color');
  await inBatches(folders, 2, async ({ id, folder }) => {
    results.set(id, await tf(folder, 'validate', '-json', '-no-color'));
  });
  await inBatches(folders, 2, async ({ id, files }) => {
    const folder = writeFiles(
      join(toolCacheRoot, 'terraform-apply-twice', id),
      applyTwiceFiles(id, files),
    );
    share(folder);
    applyResults.set(id, await tf(folder, 'test', '-no-color'));
  });
  // Each terraform test takes 40-60 s on a loaded two-core machine, two at a time.
}, 1_800_000);

describe('Terraform export, proven with terraform 1.11 and hashicorp/aws 5.100.0', () => {
  it('terraform init installs the provider from the mirror', () => {
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
  });

  it('terraform init installs the provider the exported lock file names and leaves it unchanged', () => {
    const [first] = folders;
    expect(lockAfterInit).toBe(content(first!.files, '.terraform.lock.hcl'));
    expect(init.stdout).toContain(
      'Reusing previous version of hashicorp/aws from the dependency lock file',
    );
    expect(init.stdout).toContain('Installed hashicorp/aws v5.100.0');
  });

  it('terraform fmt -check finds nothing to change in any export', () => {
    expect(fmt.stdout + fmt.stderr).toBe('');
    expect(fmt.code).toBe(0);
  });

  it.each(folders.map((folder) => folder.id))('%s: terraform validate', (id) => {
    const result = results.get(id)!;
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      diagnostics: { severity: string; summary: string; detail: string }[];
    };
    expect(report.diagnostics.map((d) => `${d.severity}: ${d.summary}: ${d.detail}`)).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it.each(folders.map((folder) => folder.id))(
    '%s: terraform test applies it twice with a mocked provider, the second apply keeping every output',
    (id) => {
      const result = applyResults.get(id)!;
      expect(result.stderr).toBe('');
      const runs = 2 + (refusedByValidation[id] === undefined ? 0 : 1);
      expect(result.stdout).toMatch(new RegExp(`Success! ${runs} passed, 0 failed\\.`));
      expect(result.code).toBe(0);
    },
  );
});
