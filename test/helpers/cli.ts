// Runs the CLI in-process with captured output: no colour, no environment, a given directory.
import { type CliIO, runCli } from '../../src/cli/run.js';

/** Runs `runCli` with `argv` from `cwd`; `io` overrides any of the captured streams or settings. */
export async function runCapturedCli(argv: string[], cwd: string, io: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd,
    isTTY: false,
    env: {},
    ...io,
  });
  return { status, stdout, stderr };
}
