/** What every export generator produces: files, by path relative to the output folder. */
export interface GeneratedFile {
  /** Forward slashes, no leading slash, e.g. `main.tf`. */
  readonly path: string;
  /** Ends with exactly one newline. */
  readonly content: string;
}

/** The export formats, in the order the wizard and the CLI offer them. */
export const exportFormats = ['terraform', 'cdk', 'aws-cli', 'proxy-config', 'plan'] as const;

export type ExportFormat = (typeof exportFormats)[number];
