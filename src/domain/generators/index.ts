import type { Plan } from '../plan/plan-schema';
import { generateAwsCli } from './aws-cli/generate-aws-cli';
import { generateCdk } from './cdk/generate-cdk';
import { generatePlanFile } from './plan-file/generate-plan-file';
import { generateProxyConfig } from './proxy-config/generate-proxy-config';
import { generateTerraform } from './terraform/generate-terraform';
import type { ExportContext } from './iac-model/export-plan';
import type { ExportFormat, GeneratedFile } from './types';

export { exportFormats, type ExportFormat, type GeneratedFile } from './types';
export {
  exportPlan,
  overrideSentence,
  type ExportContext,
  type ExportOverride,
} from './iac-model/export-plan';

/** The formats that build infrastructure from the plan (and so may override its values). */
export const infrastructureFormats: readonly ExportFormat[] = ['terraform', 'cdk', 'aws-cli'];

export interface ExportOptions extends ExportContext {
  /**
   * The proxy's secret access key, for the proxy configuration file only, and only when the user
   * has it at hand and asked for it; every other format leaves it out whatever is given.
   */
  readonly secretAccessKey?: string;
}

/** The files of one export format for a plan: deterministic, never containing a secret unasked. */
export function generateExport(
  format: ExportFormat,
  plan: Plan,
  options: ExportOptions = {},
): GeneratedFile[] {
  // The infrastructure exports are given the chain only: the secret is the proxy file's alone.
  const { certificateChain } = options;
  const context: ExportContext = certificateChain === undefined ? {} : { certificateChain };
  switch (format) {
    case 'terraform':
      return generateTerraform(plan, context);
    case 'cdk':
      return generateCdk(plan, context);
    case 'aws-cli':
      return generateAwsCli(plan, context);
    case 'proxy-config':
      return generateProxyConfig(plan, options);
    case 'plan':
      return generatePlanFile(plan);
  }
}
