// The built command, run as users run it: `node dist/cli.js` in a child process. `npm test`
// builds first (the pretest script); run `npm run build` before running this file alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..');
const CLI = path.join(REPO, 'dist', 'cli.js');

function run(args: string[], env: Record<string, string> = {}) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first.`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/cli.js', () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--version prints the package.json version from the bundle', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help prints usage', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: corroborate');
  });

  it('reports the fixture story without colour when piped, and exits 1 with --fail-on-outlier', () => {
    const plain = run(['fixtures/asia-trip-2025']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('OUTLIER');
    expect(plain.stdout).not.toContain('\u001b');
    expect(run(['--fail-on-outlier', '--quiet', 'fixtures/asia-trip-2025'])).toEqual({
      status: 1,
      stdout: '',
      stderr: '',
    });
  });

  it('exits 2 on an unknown flag, with the message on stderr', () => {
    expect(run(['--nope'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'corroborate: unknown option --nope; run corroborate --help for the options.\n',
    });
  });

  it('bad input found by code bundled into cli.js is still a usage error (one error identity)', () => {
    // --as-of is parsed by the copy of parse-date inside cli.js, whose CorroborateError class is
    // not the one in index.js: the shared brand makes it exit 2, not 3 (internal error).
    const result = run(['--as-of', '2025-02-30', 'fixtures/asia-trip-2025']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--as-of');
    expect(result.stderr).not.toContain('internal error');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    // 200 articles make JSON far larger than a pipe buffer, so the write really hits EPIPE.
    const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-pipe-'));
    try {
      for (let index = 0; index < 200; index++) {
        writeFileSync(
          path.join(folder, `a${index}.txt`),
          `Headline ${index}\n\nStory ${index} ran on Monday.\n`,
        );
      }
      const result = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${CLI}" --json "${folder}" | head -c 10`],
        {
          cwd: REPO,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(result.stdout).toBe('{\n  "versi');
      expect(result.stderr).toBe('');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
