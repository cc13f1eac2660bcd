// The `corroborate` command: wires the process to runCli.
import { runCli } from './run.js';

// A reader that closes the pipe early (`corroborate … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stdout.columns,
  env: process.env,
}).then((status) => {
  process.exitCode = status;
});
