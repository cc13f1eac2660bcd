// `corroborate --stories DIR`: one story per subfolder, one JSON line each in story-name
// order whatever finishes first, an HTML index, and the same lines from workers as in-thread.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BYTES_PER_WORKER, defaultWorkers } from '../src/cli/stories.js';
import { storyFileName } from '../src/cli/stories-index.js';
import { runCapturedCli } from './helpers/cli.js';

const REPO = path.resolve(import.meta.dirname, '..');
let scratch: string;
let stories: string;

/** Three short reports of one local event; the third names a different day. */
function storyArticles(place: string): Record<string, string> {
  return {
    'courier.txt': `${place} library reopens\n\nThe ${place} public library reopened on Monday after a two-year renovation. The mayor cut the ribbon at 10 a.m.`,
    'gazette.txt': `Library doors open again in ${place}\n\nAfter two years of renovation, the ${place} public library reopened on Monday. The mayor opened it at 10 a.m.`,
    'herald.txt': `${place} library back in business\n\nThe renovated ${place} public library reopened on Monday morning, two years after it closed. The mayor was there at 10 a.m.`,
  };
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'corroborate-stories-'));
  stories = path.join(scratch, 'stories');
  // Created out of name order, so the output order cannot come from the file system's.
  for (const name of ['zenda', 'arden', 'mid town', 'brook']) {
    const folder = path.join(stories, name);
    await mkdir(folder, { recursive: true });
    for (const [file, text] of Object.entries(storyArticles(name))) {
      await writeFile(path.join(folder, file), text);
    }
  }
  await mkdir(path.join(stories, 'empty'));
  await mkdir(path.join(stories, '.hidden'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const cli = (argv: string[]) => runCapturedCli(argv, REPO);

describe('--stories', () => {
  it('prints one JSON line per story in name order, an error line for an unreadable story', async () => {
    const { status, stdout, stderr } = await cli(['--stories', stories, '--jobs', '1']);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.story)).toEqual([
      'arden',
      'brook',
      'empty',
      'mid town',
      'zenda',
    ]);
    expect(lines[0]).toMatchObject({ story: 'arden', articles: 3 });
    expect(lines[0].analysis.articles.map((article: { id: string }) => article.id).sort()).toEqual([
      'courier',
      'gazette',
      'herald',
    ]);
    expect(lines[2]).toMatchObject({ story: 'empty', error: { code: 'INVALID_FILE' } });
    expect(status).toBe(2);
    expect(stderr).toContain('empty: no articles found');
  });

  it('--html DIR writes one report per story and an index linking them', async () => {
    const out = path.join(scratch, 'html');
    await cli(['--stories', stories, '--jobs', '1', '--html', out, '--quiet']);
    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      'arden.html',
      'brook.html',
      'index.html',
      'mid_town.html',
      'zenda.html',
    ]);
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="mid_town.html">mid town</a>');
    expect(index).toContain('INVALID_FILE');
    expect(index.indexOf('arden')).toBeLessThan(index.indexOf('zenda'));
  });

  it('refuses other inputs, --jobs without --stories, and a bad --jobs', async () => {
    expect((await cli(['--stories', stories, 'a.txt'])).status).toBe(2);
    expect((await cli(['--jobs', '2', 'a.txt'])).stderr).toContain('--jobs applies to --stories');
    for (const bad of ['0', '1.5', 'many', '999']) {
      expect((await cli(['--stories', stories, '--jobs', bad])).stderr).toContain(
        '--jobs must be a whole number',
      );
    }
  });

  it('refuses a folder without story folders', async () => {
    const flat = path.join(scratch, 'flat');
    await mkdir(flat, { recursive: true });
    const { status, stderr } = await cli(['--stories', flat]);
    expect(status).toBe(2);
    expect(stderr).toContain('no story folders');
  });

  it('defaultWorkers: no worker for stories too small to pay for its warm-up', () => {
    // bench/stories.ts: 50 stories, 1.56 MB: the main thread and one worker on 2 cores.
    expect(defaultWorkers(2, 50, 1_560_000)).toBe(1);
    // Five small stories (the fixtures are ~50 KB): the main thread alone.
    expect(defaultWorkers(2, 5, 50_000)).toBe(0);
    expect(defaultWorkers(8, 50, BYTES_PER_WORKER - 1)).toBe(0);
    // Big input: one worker per core after the main thread, never more than the stories need.
    expect(defaultWorkers(8, 50, 100 * BYTES_PER_WORKER)).toBe(7);
    expect(defaultWorkers(8, 3, 100 * BYTES_PER_WORKER)).toBe(2);
    expect(defaultWorkers(1, 50, 100 * BYTES_PER_WORKER)).toBe(0);
  });

  it('storyFileName keeps names readable and safe', () => {
    expect(storyFileName('mid town')).toBe('mid_town.html');
    expect(storyFileName('../etc')).toBe('__etc.html');
    expect(storyFileName('g7-apulia-2024')).toBe('g7-apulia-2024.html');
  });

  it('the built command gives the same lines from worker threads as from one thread, whatever --jobs', () => {
    const cliFile = path.join(REPO, 'dist', 'cli.js');
    if (!existsSync(cliFile)) throw new Error('dist/ is missing: run `npm run build` first.');
    const runBuilt = (jobs: string) =>
      spawnSync(process.execPath, [cliFile, '--stories', stories, '--jobs', jobs], {
        encoding: 'utf8',
        timeout: 120_000,
      });
    const one = runBuilt('1');
    // The main thread and one worker; then the main thread and two workers taking stories
    // from one shared counter: the lines come out in story order all the same.
    const two = runBuilt('2');
    const three = runBuilt('3');
    expect(two.status).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter((line) => line !== '')).toHaveLength(5);
  });
});
