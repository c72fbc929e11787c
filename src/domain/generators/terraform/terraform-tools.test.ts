/**
 * Proof with the real Terraform 1.11 and hashicorp/aws 5.100.0 (from the filesystem mirror at
 * /opt/tf-plugins, nothing downloaded): every example plan and variant's export passes `init`,
 * `validate` and `fmt -check`. One `terraform init` is shared: every other folder links its
 * `.terraform` and copies the lock file, since they all need the same one provider.
 */
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportVariants } from '../testing/export-variants';
import {
  inBatches,
  requireTool,
  runTool,
  toolCacheRoot,
  writeFiles,
  type ToolResult,
} from '../testing/tool-harness';
import { generateTerraform } from './generate-terraform';

const root = join(toolCacheRoot, 'terraform');
const cliConfig = join(root, 'mirror.tfrc');
export const terraformEnv = {
  ...process.env,
  TF_CLI_CONFIG_FILE: cliConfig,
  TF_IN_AUTOMATION: '1',
  CHECKPOINT_DISABLE: '1',
};

const folders = exportVariants.map((variant) => ({
  id: variant.id,
  folder: join(root, variant.id),
  files: generateTerraform(variant.plan),
}));

const results = new Map<string, ToolResult>();
let fmt: ToolResult;
let init: ToolResult;

beforeAll(async () => {
  await requireTool('terraform');
  mkdirSync(root, { recursive: true });
  writeFileSync(
    cliConfig,
    'provider_installation {\n  filesystem_mirror {\n    path = "/opt/tf-plugins"\n  }\n}\n',
  );
  for (const { folder, files } of folders) writeFiles(folder, files);
  const [first, ...others] = folders;
  const tf = (cwd: string, ...args: string[]) =>
    runTool('terraform', args, { cwd, env: terraformEnv });
  init = await tf(first!.folder, 'init', '-backend=false', '-input=false', '-no-color');
  for (const { folder } of others) {
    symlinkSync(join(first!.folder, '.terraform'), join(folder, '.terraform'));
    copyFileSync(join(first!.folder, '.terraform.lock.hcl'), join(folder, '.terraform.lock.hcl'));
  }
  fmt = await tf(root, 'fmt', '-check', '-recursive', '-diff', '-no-color');
  await inBatches(folders, 2, async ({ id, folder }) => {
    results.set(id, await tf(folder, 'validate', '-json', '-no-color'));
  });
}, 300_000);

describe('Terraform export, proven with terraform 1.11 and hashicorp/aws 5.100.0', () => {
  it('terraform init installs the provider from the mirror', () => {
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
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
});
