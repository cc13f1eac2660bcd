// `corroborate --ledger FILE`: the source ledger a run takes its priors from and records its
// stories into — round trip, re-runs, bad files, the terminal table, the HTML index, --jobs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerText, openLedgerFile } from '../src/cli/ledger-file.js';
import { MAX_TABLE_ROWS, renderSourceTable } from '../src/cli/ledger-table.js';
import { CorroborateError, SourceLedger } from '../src/index.js';
import { runCapturedCli } from './helpers/cli.js';

const REPO = path.resolve(import.meta.dirname, '..');
let scratch: string;
let stories: string;

/** Three reports of a library reopening; the herald gives another day where `wrong` is set. */
function storyArticles(place: string, day: number, wrong: boolean): Record<string, string> {
  const date = `${day} March 2025`;
  const heraldDate = `${wrong ? day - 3 : day} March 2025`;
  return {
    'courier.txt': `${place} library reopens\n\nThe ${place} public library reopened on ${date} after a two-year renovation. The mayor cut the ribbon at 10 a.m. before a crowd of 300 people.`,
    'gazette.txt': `Library doors open again in ${place}\n\nAfter two years of renovation, the ${place} public library reopened on ${date}. The mayor opened it at 10 a.m., and about 300 residents came.`,
    'herald.txt': `${place} library back in business\n\nThe renovated ${place} public library reopened on ${heraldDate}, two years after it closed. The mayor was there at 10 a.m. with 300 people.`,
  };
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'corroborate-ledger-'));
  stories = path.join(scratch, 'stories');
  const plan: [string, number, boolean][] = [
    ['zenda', 24, true],
    ['arden', 3, false],
    ['brook', 10, true],
  ];
  for (const [name, day, wrong] of plan) {
    const folder = path.join(stories, name);
    await mkdir(folder, { recursive: true });
    for (const [file, text] of Object.entries(storyArticles(name, day, wrong))) {
      await writeFile(path.join(folder, file), text);
    }
  }
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const cli = (argv: string[]) => runCapturedCli(argv, scratch);

describe('--stories --ledger', () => {
  it('records every story into a new ledger file, prints the source table, and re-runs to the same bytes', async () => {
    const first = await cli(['--stories', 'stories', '--ledger', 'sources.json', '--jobs', '1']);
    expect(first.status).toBe(0);
    const text = await readFile(path.join(scratch, 'sources.json'), 'utf8');
    const ledger = SourceLedger.fromJSON(text);
    expect(ledger.toJSON().stories.map((story) => [story.story, story.date])).toEqual([
      ['arden', '2025-03-03'],
      ['brook', '2025-03-10'],
      ['zenda', '2025-03-24'],
    ]);
    expect(ledger.reliability('id:herald')!.contradicted).toBeGreaterThan(0);
    // Every story was judged with the (empty) ledger's priors, and says so.
    const lines = first.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].analysis.articles[0].prior).toEqual({
      source: 'id:courier',
      trust: null,
      reliability: null,
    });
    // The table: on stderr (stdout is the JSON lines), ranked as rank() ranks.
    const table = first.stderr.split('\n');
    expect(table[0]).toBe(
      'Source ledger sources.json: 3 sources, 3 stories (3 recorded by this run)',
    );
    expect(table[1]).toMatch(
      /^ {2}source +reliability +90% interval +stories +contradicted +stale +unrelated$/,
    );
    const ranked = ledger.rank();
    expect(table.slice(2, 5).map((line) => line.trim().split(/\s+/)[0])).toEqual(
      ranked.map((source) => source.source),
    );
    const herald = ranked.find((source) => source.source === 'id:herald')!;
    expect(
      table
        .find((line) => line.includes('id:herald'))!
        .trim()
        .split(/\s+/),
    ).toEqual([
      'id:herald',
      herald.reliability.toFixed(2),
      `${herald.interval[0].toFixed(2)}–${herald.interval[1].toFixed(2)}`,
      '3',
      String(herald.contradicted),
      '0',
      '0',
    ]);
    // The ledger file is what toJSON says, one story per line.
    expect(text).toBe(ledgerText(ledger.toJSON()));
    expect(text.split('\n')).toHaveLength(3 + 5);

    // A re-run takes its priors from the ledger without its own stories: same analyses, same file.
    const second = await cli(['--stories', 'stories', '--ledger', 'sources.json', '--jobs', '1']);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toContain('(3 recorded by this run, 3 replacing earlier records)');
    expect(await readFile(path.join(scratch, 'sources.json'), 'utf8')).toBe(text);
  });

  it('takes priors from the stories already in the ledger', async () => {
    await writeFile(path.join(scratch, 'past.json'), ledgerText(pastLedger().toJSON()));
    const { status, stdout } = await cli([
      '--stories',
      'stories',
      '--ledger',
      'past.json',
      '--jobs',
      '1',
      '--quiet',
      '--json',
    ]);
    expect(status).toBe(0);
    const priors = JSON.parse(stdout.split('\n')[0]!).analysis.articles.map(
      (report: { prior: { trust: number | null } }) => report.prior.trust,
    );
    expect(priors.every((trust: number | null) => trust !== null)).toBe(true);
    expect(
      SourceLedger.fromJSON(await readFile(path.join(scratch, 'past.json'), 'utf8')).size,
    ).toBe(23);
  });

  it('records the stories that could be read when another fails, and exits with 2', async () => {
    const mixed = path.join(scratch, 'mixed');
    await mkdir(path.join(mixed, 'empty'), { recursive: true });
    await mkdir(path.join(mixed, 'arden'), { recursive: true });
    for (const [file, text] of Object.entries(storyArticles('arden', 3, false))) {
      await writeFile(path.join(mixed, 'arden', file), text);
    }
    const { status, stderr } = await cli(['--stories', 'mixed', '--ledger', 'mixed.json']);
    expect(status).toBe(2);
    expect(stderr).toContain('empty: no articles found');
    expect(stderr).toContain(
      'Source ledger mixed.json: 3 sources, 1 story (1 recorded by this run)',
    );
    const ledger = SourceLedger.fromJSON(await readFile(path.join(scratch, 'mixed.json'), 'utf8'));
    expect(ledger.toJSON().stories.map((story) => story.story)).toEqual(['arden']);
  });

  it('adds the source table with a chart per source to the HTML index', async () => {
    const out = path.join(scratch, 'html');
    await cli(['--stories', 'stories', '--ledger', 'html.json', '--html', out, '--quiet']);
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('<h2 id="sources-heading">Sources: html.json</h2>');
    expect(index.match(/<svg class="source-chart"/g)).toHaveLength(3);
    expect(index.match(/<circle /g)).toHaveLength(9);
  });

  it('refuses a bad, foreign or newer ledger file before any story runs, and leaves it alone', async () => {
    const cases: [string, RegExp][] = [
      ['{"format": "corroborate-source-ledger", "version": 1, ', /does not parse/],
      ['{"format": "corroborate-corpus", "version": 1}', /not a corroborate source ledger/],
      [
        '{"format": "corroborate-source-ledger", "version": 9, "stories": []}',
        /newer corroborate \(format version 9\).*Upgrade corroborate/,
      ],
      [
        '{"format": "corroborate-source-ledger", "version": 1, "stories": [{"story": "x"}]}',
        /story 0: date must be YYYY-MM-DD or null/,
      ],
    ];
    for (const [content, message] of cases) {
      const file = path.join(scratch, 'bad.json');
      await writeFile(file, content);
      const { status, stdout, stderr } = await cli([
        '--stories',
        'stories',
        '--ledger',
        'bad.json',
      ]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^corroborate: --ledger bad\.json: /);
      expect(stderr).toMatch(message);
      expect(stderr).toContain('give a new file name to start a new ledger');
      expect(await readFile(file, 'utf8')).toBe(content);
      await expect(openLedgerFile('bad.json', scratch)).rejects.toMatchObject({
        code: 'INVALID_STATE',
      });
    }
    const missing = await cli(['--stories', 'stories', '--ledger', 'no/such/folder/l.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('the folder no/such/folder does not exist');
    await expect(openLedgerFile('stories', scratch)).rejects.toThrow(CorroborateError);
    expect((await cli(['--ledger', '', 'stories/arden'])).stderr).toContain(
      '--ledger needs a value',
    );
    expect((await cli(['--ledger', 'x.json', '--print-text', 'stories/arden'])).status).toBe(2);
  });

  it('keeps a ledger in single-story mode too, the table after the report', async () => {
    const run = () => cli(['--ledger', 'one.json', '--as-of', '2025-03-03', 'stories/arden']);
    const first = await run();
    expect(first.status).toBe(0);
    const table = first.stdout.slice(first.stdout.indexOf('Source ledger one.json'));
    expect(table.split('\n')[0]).toBe(
      'Source ledger one.json: 3 sources, 1 story (1 recorded by this run)',
    );
    const text = await readFile(path.join(scratch, 'one.json'), 'utf8');
    expect(SourceLedger.fromJSON(text).toJSON().stories[0]!.story).toMatch(/^story-[0-9a-f]{16}$/);
    const second = await run();
    expect(second.stdout).toContain('(1 recorded by this run, 1 replacing earlier records)');
    expect(await readFile(path.join(scratch, 'one.json'), 'utf8')).toBe(text);
    // Another story on the same day in files of the same names is another record.
    const elm = path.join(scratch, 'elm');
    await mkdir(elm, { recursive: true });
    for (const [file, body] of Object.entries(storyArticles('elm', 3, false))) {
      await writeFile(path.join(elm, file), body);
    }
    const third = await cli(['--ledger', 'one.json', '--as-of', '2025-03-03', 'elm']);
    expect(third.stdout).toContain(
      'Source ledger one.json: 3 sources, 2 stories (1 recorded by this run)',
    );
  });

  it('--ledger-half-life sets the decay kept in the file; the stories stay as recorded', async () => {
    const argv = ['--stories', 'stories', '--ledger', 'decay.json', '--jobs', '1'];
    const decayed = await cli([...argv, '--ledger-half-life', '7']);
    expect(decayed.status).toBe(0);
    expect(decayed.stderr).toContain('Source ledger decay.json (half-life 7 days): 3 sources');
    const text = await readFile(path.join(scratch, 'decay.json'), 'utf8');
    const ledger = SourceLedger.fromJSON(text);
    expect(ledger.options.halfLifeDays).toBe(7);
    // The next run keeps the file's setting; none switches decay off, same stories.
    expect((await cli(argv)).stderr).toContain('(half-life 7 days)');
    const off = await cli([...argv, '--ledger-half-life', 'none']);
    expect(off.stderr).toContain('Source ledger decay.json: 3 sources');
    const plain = SourceLedger.fromJSON(await readFile(path.join(scratch, 'decay.json'), 'utf8'));
    expect(plain.options.halfLifeDays).toBeNull();
    expect(plain.toJSON().stories).toEqual(ledger.toJSON().stories);
    expect(plain.reliability('id:herald')!.evidence).toBeGreaterThan(
      ledger.reliability('id:herald')!.evidence,
    );
    expect((await cli([...argv, '--ledger-half-life', ''])).status).toBe(2);
    for (const bad of ['0', 'soon', '1e999', '-3']) {
      const refused = await cli([...argv, `--ledger-half-life=${bad}`]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('--ledger-half-life must be a positive number of days');
    }
    expect((await cli(['--ledger-half-life', '9', 'stories/arden'])).stderr).toContain(
      'give --ledger <file.json> too',
    );
  });

  it('the built command writes the same ledger bytes with --jobs 1 and --jobs 2', async () => {
    const cliFile = path.join(REPO, 'dist', 'cli.js');
    if (!existsSync(cliFile)) throw new Error('dist/ is missing: run `npm run build` first.');
    await writeFile(path.join(scratch, 'past-1.json'), ledgerText(pastLedger().toJSON()));
    await writeFile(path.join(scratch, 'past-2.json'), ledgerText(pastLedger().toJSON()));
    const runBuilt = (jobs: string) =>
      spawnSync(
        process.execPath,
        [cliFile, '--stories', stories, '--ledger', `past-${jobs}.json`, '--jobs', jobs],
        { encoding: 'utf8', timeout: 120_000, cwd: scratch },
      );
    const one = runBuilt('1');
    const two = runBuilt('2');
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.replace('past-2', 'past-1')).toBe(one.stderr);
    expect(await readFile(path.join(scratch, 'past-2.json'), 'utf8')).toBe(
      await readFile(path.join(scratch, 'past-1.json'), 'utf8'),
    );
  });
});

describe('renderSourceTable', () => {
  /** A ledger with `count` sources, source-NN agreeing in NN of every 100 units. */
  function ledgerOf(count: number, name = (index: number) => `source-${index}`): SourceLedger {
    const ledger = new SourceLedger();
    ledger.recordStory({
      story: 'one',
      date: '2025-01-01',
      sources: Array.from({ length: count }, (_, index) => ({
        source: name(index),
        articles: 1,
        units: 100,
        agreeingUnits: (100 * (index + 1)) / (count + 1),
        corroborated: 1,
        contradicted: 1,
        uncorroborated: 0,
        staleFigures: 0,
        unrelated: 0,
      })),
    });
    return ledger;
  }
  const summary = { file: 'l.json', recorded: 1, replaced: 0 };

  it(`shows the top and bottom of a ranking longer than ${MAX_TABLE_ROWS}, all with --verbose`, () => {
    const ledger = ledgerOf(MAX_TABLE_ROWS + 5);
    const lines = renderSourceTable(ledger, summary).trimEnd().split('\n');
    expect(lines).toHaveLength(2 + MAX_TABLE_ROWS + 1);
    expect(lines[2]).toMatch(/^ {2}source-44 /);
    expect(lines[2 + MAX_TABLE_ROWS / 2]).toBe(
      '  … 5 more sources (--verbose lists every source; the ledger file has them all)',
    );
    expect(lines.at(-1)).toMatch(/^ {2}source-0 /);
    const all = renderSourceTable(ledger, summary, { all: true }).trimEnd().split('\n');
    expect(all).toHaveLength(2 + MAX_TABLE_ROWS + 5);
    expect(renderSourceTable(ledgerOf(MAX_TABLE_ROWS), summary).split('\n')).toHaveLength(
      2 + MAX_TABLE_ROWS + 1,
    );
  });

  it('escapes control characters in source names and cuts very long ones', () => {
    const names = ['evil\u001b[2Jco', 'x'.repeat(80)];
    const text = renderSourceTable(
      ledgerOf(2, (index) => names[index]!),
      summary,
    );
    expect(text).not.toContain('\u001b');
    expect(text).toContain('evil\\u001b[2jco');
    expect(text).toContain(`${'x'.repeat(35)}…`);
    expect(text).not.toContain('x'.repeat(36));
  });

  it('says so when the ledger has no source', () => {
    expect(renderSourceTable(new SourceLedger(), { ...summary, recorded: 0 })).toBe(
      'Source ledger l.json: 0 sources, 0 stories (0 recorded by this run)\n',
    );
  });
});

/** Twenty earlier stories in which the herald mostly disagreed and the others agreed. */
function pastLedger(): SourceLedger {
  const ledger = new SourceLedger();
  const record = (source: string, agree: number) => ({
    source,
    articles: 1,
    units: 1,
    agreeingUnits: agree,
    corroborated: Math.round(agree * 4),
    contradicted: 4 - Math.round(agree * 4),
    uncorroborated: 0,
    staleFigures: 0,
    unrelated: 0,
  });
  for (let index = 0; index < 20; index++) {
    ledger.recordStory({
      story: `past-${String(index).padStart(2, '0')}`,
      date: `2025-02-${String(index + 1).padStart(2, '0')}`,
      sources: [record('id:courier', 1), record('id:gazette', 0.75), record('id:herald', 0.25)],
    });
  }
  return ledger;
}
