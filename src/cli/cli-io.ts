/** Everything the CLI needs from the outside world, so that tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Rejects with a Node.js file system error (`code` such as ENOENT) when the file is unusable. */
  readonly stat: (path: string) => Promise<{ readonly size: number }>;
  /**
   * Reads a file as UTF-8, never more than `maxBytes` (pipes and devices report no size); rejects
   * like `stat`, with code `EFBIG` when there is more.
   */
  readonly readFile: (path: string, maxBytes: number) => Promise<string>;
  /** Writes a UTF-8 file, creating its folders; rejects like `stat`. */
  readonly writeFile: (path: string, content: string) => Promise<void>;
  /** Whether stdout is a terminal (colour is used only then). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The moment to judge dates against. */
  readonly now: () => Date;
}
