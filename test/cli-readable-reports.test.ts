// Reports a person can check: colour conventions, -v, --print-text, URLs and sources in every
// output, the reference date in one line, outliers first on a big cluster.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseColor, isDumbTerminal } from '../src/cli/color.js';
import type { CliIO } from '../src/cli/run.js';
import { VERSION } from '../src/cli/version.js';
import { analyze, renderHtmlReport, renderTerminalReport } from '../src/index.js';
import { summarizeReferenceDate } from '../src/report/format.js';
import { runCapturedCli } from './helpers/cli.js';

const REPO = path.resolve(import.meta.dirname, '..');
let scratch: string;

// Three short reports of one event, written for this test, with sources and URLs.
const ARTICLES = [
  {
    id: 'harbour-courier',
    source: 'Harbour Courier',
    url: 'https://harbour-courier.example/city/tram-line',
    publishedAt: '2025-03-04',
    text: 'The city council voted on Tuesday to extend the tram line to the harbour. Construction begins in March.',
  },
  {
    id: 'evening-post',
    source: 'Evening Post',
    url: 'https://evening-post.example/2025/03/04/tram',
    publishedAt: '2025-03-04T21:15-05:00',
    text: 'On Tuesday the council voted to extend the tram line to the harbour district. Work starts in March.',
  },
  {
    id: 'metro-daily',
    source: 'Metro Daily',
    url: 'javascript:alert(1)',
    text: 'Councillors backed the tram extension to the harbour on Tuesday. Building starts in March.',
  },
];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'corroborate-readable-'));
  await writeFile(path.join(scratch, 'story.json'), JSON.stringify(ARTICLES));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const cli = (argv: string[], io: Partial<CliIO> = {}) => runCapturedCli(argv, REPO, io);

describe('chooseColor', () => {
  const tty = { flag: undefined, isTTY: true };
  it('follows the terminal by default', () => {
    expect(chooseColor({ ...tty, env: {} })).toBe(true);
    expect(chooseColor({ flag: undefined, isTTY: false, env: {} })).toBe(false);
  });
  it('NO_COLOR turns it off, but an empty NO_COLOR does not', () => {
    expect(chooseColor({ ...tty, env: { NO_COLOR: '1' } })).toBe(false);
    expect(chooseColor({ ...tty, env: { NO_COLOR: '' } })).toBe(true);
  });
  it('FORCE_COLOR turns it on when piped, and 0 or false turn it off', () => {
    expect(chooseColor({ flag: undefined, isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(chooseColor({ flag: undefined, isTTY: false, env: { FORCE_COLOR: '' } })).toBe(true);
    expect(chooseColor({ ...tty, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(chooseColor({ ...tty, env: { FORCE_COLOR: 'false' } })).toBe(false);
  });
  it('TERM=dumb turns it off; the flags win over everything', () => {
    expect(chooseColor({ ...tty, env: { TERM: 'dumb' } })).toBe(false);
    expect(chooseColor({ ...tty, env: { TERM: 'xterm-256color' } })).toBe(true);
    expect(chooseColor({ flag: true, isTTY: false, env: { NO_COLOR: '1' } })).toBe(true);
    expect(chooseColor({ flag: false, isTTY: true, env: { FORCE_COLOR: '1' } })).toBe(false);
    expect(isDumbTerminal({ TERM: 'dumb' })).toBe(true);
  });
});

describe('the command', () => {
  it('-v, -V and --version print the version', async () => {
    for (const flag of ['-v', '-V', '--version']) {
      expect((await cli([flag])).stdout).toBe(`${VERSION}\n`);
    }
  });

  it('FORCE_COLOR colours piped output', async () => {
    const { stdout } = await cli([path.join(scratch, 'story.json')], {
      isTTY: false,
      env: { FORCE_COLOR: '1' },
    });
    expect(stdout).toContain('\u001b[');
  });

  it('--print-text prints what each reader kept and stops', async () => {
    const { status, stdout } = await cli(['--print-text', path.join(scratch, 'story.json')]);
    expect(status).toBe(0);
    expect(stdout).toContain('=== harbour-courier (');
    expect(stdout).toContain('url: https://harbour-courier.example/city/tram-line');
    expect(stdout).toContain(ARTICLES[0]?.text);
    expect(stdout).not.toContain('Sources, ranked');
  });

  it('--json holds each article with its url, source and the extracted text', async () => {
    const { stdout } = await cli(['--json', path.join(scratch, 'story.json')]);
    const parsed = JSON.parse(stdout) as { inputs: Record<string, unknown>[] };
    expect(parsed.inputs.map((input) => input.id)).toEqual(ARTICLES.map((article) => article.id));
    expect(parsed.inputs[1]).toMatchObject({
      source: 'Evening Post',
      url: 'https://evening-post.example/2025/03/04/tram',
      publishedAt: '2025-03-04',
      text: ARTICLES[1]?.text,
    });
  });

  it('the terminal report prints each URL whole, on its own line', async () => {
    const { stdout } = await cli([path.join(scratch, 'story.json')], { isTTY: false });
    expect(stdout).toMatch(/\n +https:\/\/harbour-courier\.example\/city\/tram-line\n/);
    expect(stdout).toContain('Harbour Courier');
  });
});

describe('reports', () => {
  const analysis = analyze(ARTICLES);

  it('the HTML report links http(s) URLs and leaves any other scheme inert', () => {
    const html = renderHtmlReport(analysis, ARTICLES);
    expect(html).toContain(
      '<a class="url" href="https://harbour-courier.example/city/tram-line" rel="noopener noreferrer" target="_blank">',
    );
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<span class="url">javascript:alert(1)</span>');
  });

  it('the reference date is one line with counts; the full account folds away in HTML', () => {
    const summary = summarizeReferenceDate(analysis);
    expect(summary).toMatch(/^2025-03-04 \(/);
    const html = renderHtmlReport(analysis, ARTICLES);
    expect(html).toContain('<details class="how"><summary>how it was chosen</summary>');
  });

  it('summarizes a big cluster by counts, not by listing every date', () => {
    const articles = Array.from({ length: 40 }, (_, index) => ({
      referenceDate: {
        date: '2025-03-04',
        rule:
          index < 30
            ? ('published-at' as const)
            : index < 35
              ? ('stated-in-text' as const)
              : ('cluster-consensus' as const),
        reason: '',
      },
    }));
    const summary = summarizeReferenceDate({
      referenceDate: { date: '2025-03-04', rule: 'cluster-consensus', reason: 'x'.repeat(5000) },
      articles: articles as never,
    });
    expect(summary).toBe(
      '2025-03-04 (median of 35 article dates: 30 published, 5 stated in the text; 5 articles undated)',
    );
  });

  it('explains Confidence where the HTML shows it', () => {
    const stale = analyze([
      {
        id: 'old-news',
        publishedAt: '2025-10-30',
        text: 'German Chancellor Olaf Scholz arrived in Tokyo on Wednesday for talks.',
      },
    ]);
    const html = renderHtmlReport(stale, []);
    expect(html).toContain('<abbr title="Confidence: how far the knowledge-base records');
  });

  it('the terminal report keeps small clusters in rank order (outliers after the ranking)', () => {
    const text = renderTerminalReport(analysis, { color: false, onlyOutliers: false });
    expect(text.indexOf('Sources, ranked')).toBeLessThan(text.indexOf('Outliers'));
  });
});
