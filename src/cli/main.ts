/** The `xks-planner` command: wires the process to `run`. */
import { writerOf } from './closed-pipe';
import { nodeFiles } from './node-files';
import { run } from './run';

const code = await run(process.argv.slice(2), {
  ...nodeFiles,
  stdout: writerOf(process.stdout),
  stderr: writerOf(process.stderr),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  now: () => new Date(),
});
// A write error (other than a closed pipe) already set the code that says the output is lost.
process.exitCode ??= code;
