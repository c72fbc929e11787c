import type { ExportFormat } from '@/domain/generators';

export interface FormatInfo {
  readonly label: string;
  readonly about: string;
}

/**
 * How each export format is named on the page, and what it is for. AWS CDK is described ahead of
 * its generator, so that the tab appears as soon as the format is added to exportFormats.
 */
export const formatInfo: Readonly<Record<ExportFormat, FormatInfo>> &
  Readonly<Record<string, FormatInfo | undefined>> = {
  terraform: {
    label: 'Terraform',
    about:
      "Terraform configuration for the hashicorp/aws provider: every ID and address a validated variable, the plan's values in terraform.tfvars, a provider lock file, and an optional connect step (connect_key_store, off by default). The README says how to pass the secret, why it ends up in the Terraform state, and which steps the provider cannot do.",
  },
  'aws-cli': {
    label: 'AWS CLI script',
    about:
      'A bash script that creates everything with the AWS CLI, step by step: it reads the secret from an environment variable or asks for it.',
  },
  'proxy-config': {
    label: 'Proxy configuration file',
    about:
      'The file the AWS KMS console accepts when you create the external key store: the proxy URI path and the proxy credential.',
  },
  cdk: {
    label: 'AWS CDK (TypeScript)',
    about:
      'An AWS CDK app and stack in TypeScript with the same infrastructure. The key store, its connection and its keys are custom resources whose handler reads the secret from AWS Secrets Manager.',
  },
  plan: {
    label: 'Plan file',
    about:
      'This plan as JSON, to keep, share or check again later. It never holds the secret access key.',
  },
};

/** The name of an exported file inside the zip of every format: `<format>/<path>`. */
export function zipEntryName(format: ExportFormat, path: string): string {
  return `${format}/${path}`;
}

/** The name a single downloaded file gets: its own name, without the folders of its path. */
export function downloadName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The shiki language that highlights a file, from its name; undefined for plain text. */
export type PreviewLanguage = 'hcl' | 'shellscript' | 'json' | 'markdown' | 'typescript';

export function languageOfPath(path: string): PreviewLanguage | undefined {
  // backend.tf.example is HCL that Terraform ignores until it is renamed.
  const named = path.toLowerCase().replace(/\.example$/, '');
  const extension = named.slice(named.lastIndexOf('.') + 1);
  switch (extension) {
    case 'tf':
    case 'tfvars':
    case 'hcl':
      return 'hcl';
    case 'sh':
    case 'bash':
      return 'shellscript';
    case 'json':
      return 'json';
    case 'md':
      return 'markdown';
    case 'ts':
      return 'typescript';
    default:
      return undefined;
  }
}

/** The media type a downloaded file is given, so that the browser saves it as text. */
export function mediaTypeOfPath(path: string): string {
  switch (languageOfPath(path)) {
    case 'json':
      return 'application/json';
    case 'markdown':
      return 'text/markdown;charset=utf-8';
    case 'shellscript':
      return 'text/x-shellscript;charset=utf-8';
    case 'typescript':
      return 'text/typescript;charset=utf-8';
    default:
      return 'text/plain;charset=utf-8';
  }
}
