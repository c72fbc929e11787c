/**
 * The hashes of the hashicorp/aws release the Terraform export is tested with, as
 * `terraform providers lock -fs-mirror=/opt/tf-plugins` records them (derived by `npm run derive`;
 * scripts/terraform-provider-lock.test.ts recomputes them with the real terraform).
 */
import lockJson from './terraform-provider-lock.json' with { type: 'json' };

export interface TerraformProviderLock {
  readonly provider: string;
  readonly version: string;
  readonly platforms: readonly string[];
  readonly hashes: readonly string[];
}

export const terraformProviderLock: TerraformProviderLock = lockJson;
