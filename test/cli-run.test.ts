import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../src/analysis.js';
import type { CliIO } from '../src/cli/run.js';
import { runCapturedCli } from './helpers/cli.js';

const REPO = path.resolve(import.meta.dirname, '..');
const FIXTURE = 'fixtures/asia-trip-2025';
const ESC = '\u001b';
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'corroborate-cli-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const cli = (argv: string[], io: Partial<CliIO> = {}) => runCapturedCli(argv, REPO, io);

async function scratchFile(name: string, content: string): Promise<string> {
  const file = path.join(scratch, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

describe('corroborate on the fixture story', () => {
  it('prints the report: the stale article is the one outlier, with the people it names', async () => {
    const { status, stdout, stderr } = await cli([FIXTURE]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^corroborate: 5 articles, 1 outlier\n/);
    expect(stdout).toMatch(/5\. global-dispatch +█/);
    for (const name of ['Olaf Scholz', 'Jens Stoltenberg', 'Yoon Suk Yeol', 'Fumio Kishida']) {
      expect(stdout).toContain(name);
    }
    expect(stdout).not.toContain(ESC);
  });

  it('--json prints the whole analysis as JSON', async () => {
    const { status, stdout } = await cli(['--json', FIXTURE]);
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.version).toBe(1);
    expect(analysis.articles.map((article) => article.id).sort()).toEqual([
      'capital-tribune',
      'global-dispatch',
      'harbor-ledger',
      'metro-wire',
      'world-service-review',
    ]);
    expect(analysis.outliers.map((outlier) => outlier.id)).toEqual(['global-dispatch']);
    expect(analysis.articles.find((article) => article.id === 'metro-wire')?.title).toBe(
      'Trump Sets Off for Asia Hoping for a Trade Deal With Xi as U.S.-China Strains Grow',
    );
  });

  it('gives the same analysis whatever the order of the inputs', async () => {
    const files = [
      'capital-tribune',
      'global-dispatch',
      'harbor-ledger',
      'metro-wire',
      'world-service-review',
    ].map((id) => `${FIXTURE}/${id}.txt`);
    const forward = await cli(['--json', ...files]);
    const backward = await cli(['--json', ...[...files].reverse()]);
    expect(backward.stdout).toBe(forward.stdout);
  });

  it('--html writes a self-contained report and still prints the terminal report', async () => {
    const target = path.join(scratch, 'report.html');
    const { status, stdout, stderr } = await cli(['--html', target, FIXTURE]);
    expect(status).toBe(0);
    expect(stderr).toBe(`corroborate: wrote the HTML report to ${target}\n`);
    expect(stdout).toContain('global-dispatch');
    const page = await readFile(target, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<tr class="source outlier" data-article="global-dispatch">');
    expect(page).toContain('<mark>German Chancellor Olaf Scholz</mark>');
  });

  it('--fail-on-outlier exits 1; --only-outliers shows only the outlier', async () => {
    const { status, stdout } = await cli(['--fail-on-outlier', '--only-outliers', FIXTURE]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/5\. global-dispatch/);
    expect(stdout).not.toMatch(/\d\. metro-wire/);
  });

  it('--quiet prints nothing but keeps the exit status', async () => {
    expect(await cli(['--quiet', FIXTURE])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect((await cli(['-q', '--fail-on-outlier', FIXTURE])).status).toBe(1);
  });

  it('colours only a terminal without NO_COLOR, unless told otherwise', async () => {
    expect((await cli([FIXTURE], { isTTY: true })).stdout).toContain(`${ESC}[1m`);
    expect((await cli([FIXTURE], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      ESC,
    );
    expect((await cli(['--no-color', FIXTURE], { isTTY: true })).stdout).not.toContain(ESC);
    expect((await cli(['--color', FIXTURE], { isTTY: false })).stdout).toContain(ESC);
  });

  it('--kb adds knowledge records: the report shows their snapshot date', async () => {
    const kb = await scratchFile(
      'kb/snapshot.json',
      JSON.stringify({ snapshotDate: '2030-01-01' }),
    );
    const { status, stdout } = await cli(['--kb', kb, FIXTURE]);
    expect(status).toBe(0);
    expect(stdout).toContain('office holders known up to 2030-01-01');
  });
});

describe('corroborate: usage and bad input exit 2 with a message naming the problem', () => {
  it('--help prints usage with examples; --version the package version', async () => {
    const help = await cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: corroborate \[options\] <files or folders\.\.\.>/);
    expect(help.stdout).toContain('Examples\n  corroborate articles/');
    const packageJson = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8'));
    expect(await cli(['--version'])).toEqual({
      status: 0,
      stdout: `${packageJson.version}\n`,
      stderr: '',
    });
  });

  it('an unknown flag', async () => {
    expect(await cli(['--bogus', FIXTURE])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'corroborate: unknown option --bogus; run corroborate --help for the options.\n',
    });
  });

  it('no inputs', async () => {
    const { status, stderr } = await cli([]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^corroborate: no inputs: give the article files or folders/);
  });

  it('a bad --as-of', async () => {
    const { status, stderr } = await cli(['--as-of', '2025-13-01', FIXTURE]);
    expect(status).toBe(2);
    expect(stderr).toBe(
      'corroborate: --as-of "2025-13-01" is not a real calendar date; use YYYY-MM-DD, e.g. "2025-10-26".\n',
    );
  });

  it('a path that does not exist', async () => {
    const { status, stderr } = await cli(['no/such/folder']);
    expect(status).toBe(2);
    expect(stderr).toBe(
      'corroborate: no/such/folder: cannot read it (no such file or directory).\n',
    );
  });

  it('a .jsonl file with a bad line, named by file and line', async () => {
    const feed = await scratchFile(
      'feed/bad.jsonl',
      `${JSON.stringify({ id: 'a', text: 'Leaders met in Zenda.' })}\n${JSON.stringify({ id: 'b', text: 42 })}\n`,
    );
    const { status, stderr } = await cli([feed]);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^corroborate: .*feed\/bad\.jsonl:2: line 2 \(id "b"\)\.text must be a string/,
    );
  });

  it('a --kb file that is not valid JSON, or not knowledge', async () => {
    const broken = await scratchFile('kb/broken.json', '{ "roles": [');
    const broke = await cli(['--kb', broken, FIXTURE]);
    expect(broke.status).toBe(2);
    expect(broke.stderr).toMatch(/^corroborate: --kb .*broken\.json: not valid JSON/);
    const wrong = await scratchFile(
      'kb/wrong.json',
      JSON.stringify({ terms: [{ roleId: 'xx_nothing' }] }),
    );
    const refused = await cli(['--kb', wrong, FIXTURE]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^corroborate: --kb .*wrong\.json: /);
  });

  it('an --html target that cannot be written', async () => {
    const { status, stderr } = await cli(['--html', 'no/such/dir/report.html', FIXTURE]);
    expect(status).toBe(2);
    expect(stderr).toBe(
      'corroborate: --html no/such/dir/report.html: the folder no/such/dir does not exist; create it or pick another path.\n',
    );
    const folder = await cli(['--html', scratch, FIXTURE]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(
      /^corroborate: --html .*: cannot write the report \(EISDIR\)\.\n$/,
    );
  });

  it('a folder with no articles', async () => {
    const empty = path.join(scratch, 'empty');
    await mkdir(empty, { recursive: true });
    await scratchFile('empty/readme.pdf', 'x');
    const { status, stderr } = await cli(['--verbose', empty]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/skipped .*readme\.pdf: not one of/);
    expect(stderr).toMatch(/no articles found in .*empty/);
  });
});

describe('corroborate: reading many files', () => {
  it('draws a progress bar on a terminal stderr for more than fifty files, and clears it', async () => {
    const folder = path.join(scratch, 'many');
    for (let index = 0; index < 60; index++) {
      await scratchFile(
        `many/article-${String(index).padStart(2, '0')}.txt`,
        `Headline ${index}\n\nStory number ${index} ran on Monday.`,
      );
    }
    const onTerminal = await cli(['--json', folder], { stderrIsTTY: true });
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stderr).toContain('\rreading [');
    expect(onTerminal.stderr).toContain('100% of 60');
    // Then the analysis, stage by stage, from the first to the last, and the line cleared.
    expect(onTerminal.stderr).toContain('\ranalysing: prepare (1/8) [');
    expect(onTerminal.stderr).toContain('\ranalysing: align (3/8) [');
    expect(onTerminal.stderr).toMatch(/\ranalysing: report \(8\/8\) \[#+\] 100% of 60/);
    expect(onTerminal.stderr.indexOf('analysing')).toBeGreaterThan(
      onTerminal.stderr.indexOf('100% of 60'),
    );
    expect(onTerminal.stderr.endsWith('\r')).toBe(true);
    const piped = await cli(['--json', folder], { stderrIsTTY: false });
    expect(piped.stderr).toBe('');
    const quiet = await cli(['--json', '--quiet', folder], { stderrIsTTY: true });
    expect(quiet.stderr).toBe('');
    const dumb = await cli(['--json', folder], { stderrIsTTY: true, env: { TERM: 'dumb' } });
    expect(dumb.stderr).toBe('');
    expect((JSON.parse(piped.stdout) as Analysis).articles).toHaveLength(60);
  });
});
