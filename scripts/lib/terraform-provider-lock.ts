/**
 * The hashes `terraform providers lock` records for the hashicorp/aws release in the filesystem
 * mirror (/opt/tf-plugins): `npm run derive` copies them into
 * src/domain/aws/terraform-provider-lock.json (the Terraform export's `.terraform.lock.hcl` is
 * printed from that copy, since the generator cannot read files), and
 * scripts/terraform-provider-lock.test.ts recomputes them to catch drift.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const providerMirror = '/opt/tf-plugins';
/** The release and platforms the export's lock file names: those the tests run with. */
export const lockedRelease = { version: '5.100.0', platforms: ['linux_amd64'] } as const;

export interface ProviderLock {
  /** Where the hashes come from, for readers of the JSON copy. */
  readonly derivedWith: string;
  readonly provider: string;
  readonly version: string;
  readonly platforms: readonly string[];
  readonly hashes: readonly string[];
}

/** Runs the real `terraform providers lock` against the mirror and reads what it wrote. */
export function lockFromMirror(version: string, platforms: readonly string[]): ProviderLock {
  const folder = mkdtempSync(join(tmpdir(), 'xks-provider-lock-'));
  try {
    writeFileSync(
      join(folder, 'versions.tf'),
      `terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "${version}"\n    }\n  }\n}\n`,
    );
    const args = [
      'providers',
      'lock',
      `-fs-mirror=${providerMirror}`,
      ...platforms.map((platform) => `-platform=${platform}`),
    ];
    execFileSync('terraform', [...args, '-no-color'], {
      cwd: folder,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
    const lock = readFileSync(join(folder, '.terraform.lock.hcl'), 'utf8');
    const provider = /^provider "([^"]+)"/m.exec(lock)?.[1];
    const locked = /^\s+version\s+=\s+"([^"]+)"/m.exec(lock)?.[1];
    if (provider === undefined || locked !== version) {
      throw new Error(`terraform providers lock wrote no lock for hashicorp/aws ${version}`);
    }
    return {
      derivedWith: `terraform ${args.join(' ')} hashicorp/aws`,
      provider,
      version,
      platforms,
      hashes: [...lock.matchAll(/"((?:h1|zh):[^"]+)"/g)].map((match) => match[1]!),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
