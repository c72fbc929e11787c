/**
 * A reader that stops early (`xks-planner explain --list | head -1`) closes the pipe: what it did
 * not read is not wanted, so the command stops writing and exits quietly with its own code,
 * instead of Node's unhandled EPIPE stack trace. Any other write error is said in one line.
 */
import { exitCodes } from './exit-codes';

export function writerOf(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code === 'EPIPE') return;
    if (stream !== process.stderr) {
      process.stderr.write(
        `xks-planner: cannot write the output (${error.code ?? error.message})\n`,
      );
    }
    process.exitCode = exitCodes.unusable;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
