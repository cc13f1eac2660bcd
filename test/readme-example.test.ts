// The README's first example is run as a user would run it (node, importing the built
// package by name) and must print exactly what the README says it prints. The worker-pattern
// example's job functions are checked in-process.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStories, runJob } from '../examples/story-workers.js';

const REPO = path.resolve(import.meta.dirname, '..');

function block(readme: string, after: string, language: string): string {
  const start = readme.indexOf(after);
  expect(start).toBeGreaterThan(-1);
  const open = readme.indexOf(`\`\`\`${language}\n`, start);
  const close = readme.indexOf('\n```', open + 4);
  return readme.slice(open + language.length + 4, close + 1);
}

describe('README', () => {
  it('the "Try it" example prints what the README shows', () => {
    if (!existsSync(path.join(REPO, 'dist', 'index.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first.');
    }
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const code = block(readme, 'Save this as `try.mjs`', 'js');
    const expected = block(readme, 'It prints', 'text');
    // A user's project: `corroborate` installed (here, linked to this repository's build).
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-readme-'));
    try {
      mkdirSync(path.join(dir, 'node_modules'));
      symlinkSync(REPO, path.join(dir, 'node_modules', 'corroborate'), 'dir');
      const file = path.join(dir, 'try.mjs');
      writeFileSync(file, code);
      const output = execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
      expect(output).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the contributor quick start names the scripts that exist', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const scripts = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts;
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    expect(scripts.demo).toBeDefined();
    expect(scripts.test).toBeDefined();
  });
});

describe('examples/story-workers', () => {
  it('reads each fixture story as one job and runs it like a worker would', () => {
    const jobs = readStories(path.join(REPO, 'fixtures'));
    expect(jobs.map((job) => job.story)).toContain('asia-trip-2025');
    const job = jobs.find((each) => each.story === 'asia-trip-2025');
    if (job === undefined) throw new Error('fixture story missing');
    // What crosses the thread (or a queue) is plain JSON both ways.
    const outcome = runJob(JSON.parse(JSON.stringify(job)));
    expect(outcome.outliers).toEqual(['global-dispatch']);
    expect(JSON.parse(JSON.stringify(outcome)).analysis.version).toBe(1);
  });
});
