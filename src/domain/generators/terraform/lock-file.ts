/**
 * `.terraform.lock.hcl`: the hashicorp/aws release the export was tested with and its hashes, so
 * `terraform init` installs exactly that build (and refuses one whose checksum differs). Printed
 * as Terraform writes it, so `init` leaves the file unchanged. The hashes cover the platforms
 * the project derived them for; README.md says how to add others.
 */
import { terraformProviderLock } from '../../aws/terraform-provider-lock';
import { printHclFile } from '../hcl/print';
import { attr, block, comment, list, str } from '../hcl/syntax';

export function lockFile(versionConstraint: string): string {
  const header = printHclFile([
    comment(
      'This file is maintained automatically by "terraform init".',
      'Manual edits may be lost in future updates.',
    ),
  ]);
  const provider = printHclFile([
    block(
      'provider',
      [terraformProviderLock.provider],
      [
        attr('version', str(terraformProviderLock.version)),
        attr('constraints', str(versionConstraint)),
        attr('hashes', list(terraformProviderLock.hashes.map(str), { multiline: true })),
      ],
    ),
  ]);
  return `${header}\n${provider}`;
}

/** The lock's platforms, for the README. */
export const lockedPlatforms = terraformProviderLock.platforms;
