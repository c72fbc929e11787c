/** The `xks-planner` command: wires the process to `run`. */
import { nodeFiles } from './node-files';
import { run } from './run';

process.exitCode = await run(process.argv.slice(2), {
  ...nodeFiles,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  now: () => new Date(),
});
