// The HTML report in a real headless Chromium: rows, heatmap, reasons that open onto their
// highlighted sentence, the filter script running under the report's CSP, and the layout at 5
// and at 600 articles (outliers in view without scrolling, no id broken across lines).
// Screenshots go to <os tmpdir>/corroborate-report-screenshots/ (never into the repository),
// kept after the run so a person can look at them.
//
// Chromium is Debian's (`/usr/bin/chromium`, or CHROMIUM_PATH), driven by playwright-core.
// In CI (CI set) a missing browser FAILS this file: .ci/run installs chromium first. Locally
// the file is skipped only when the executable does not exist and CI is unset.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../src/analysis.js';
import { renderStoriesIndex } from '../src/cli/stories-index.js';
import { createSourceLedger } from '../src/index.js';
import { renderHtmlReport } from '../src/report/html.js';
import { sampleAnalysis, sampleArticles } from './fixtures/sample-analysis.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const IN_CI = Boolean(process.env.CI);
const SCREENSHOTS = path.join(tmpdir(), 'corroborate-report-screenshots');
const VIEWPORT = { width: 1200, height: 900 };
const BIG_CLUSTER = 600;

/**
 * The sample analysis grown to `count` articles: the extra ones agree with the consensus and
 * carry long hyphenated ids (the kind that broke mid-word), and the reference date's account
 * lists every article's date, as a real 600-article cluster's does.
 */
function grownAnalysis(count: number): { analysis: Analysis; articles: typeof sampleArticles } {
  const template = sampleAnalysis.articles.find((article) => article.id === 'alpha-news');
  const text = sampleArticles.find((article) => article.id === 'alpha-news');
  if (template === undefined || text === undefined) throw new Error('sample lacks alpha-news');
  const extra = Array.from({ length: count - sampleAnalysis.articles.length }, (_, index) => ({
    ...template,
    id: `regional-broadcasting-news-service-${String(index + 1).padStart(4, '0')}`,
    source: `Regional Broadcasting Service ${index + 1}`,
    score: 0.8 + ((index * 37) % 100) / 1000,
  }));
  const dates = Array.from({ length: count }, () => '2025-06-02').join(', ');
  return {
    analysis: {
      ...sampleAnalysis,
      referenceDate: {
        ...sampleAnalysis.referenceDate,
        reason: `median of the dates of ${count} articles: ${dates} → 2025-06-02.`,
      },
      articles: [...sampleAnalysis.articles, ...extra],
    },
    articles: [
      ...sampleArticles,
      ...extra.map((article) => ({
        ...text,
        id: article.id,
        url: `https://example.org/${article.id}`,
      })),
    ],
  };
}

/** Ids drawn on more than one line box: an id broken across lines. */
async function brokenIds(page: Page): Promise<string[]> {
  return page
    .locator('.id')
    .evaluateAll((elements) =>
      elements
        .filter(
          (element) =>
            (element as unknown as { getClientRects(): { length: number } }).getClientRects()
              .length > 1,
        )
        .map((element) => element.textContent ?? ''),
    );
}

/** Top of the first outlier card, in CSS pixels from the top of the page. */
async function firstOutlierTop(page: Page): Promise<number> {
  return page
    .locator('section.outlier-card')
    .first()
    .evaluate(
      (element) =>
        (element as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect()
          .top,
    );
}

/** The page globals used inside `evaluate` (the project's TypeScript lib has no DOM types). */
interface PageGlobals {
  getComputedStyle(element: unknown): { backgroundColor: string };
  scrollTo(x: number, y: number): void;
}

const run = existsSync(CHROMIUM_PATH) || IN_CI ? describe : describe.skip;

run('HTML report in headless Chromium', () => {
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
      );
    }
    profile = await mkdtemp(path.join(tmpdir(), 'corroborate-chromium-'));
    const reportFile = path.join(profile, 'report.html');
    await writeFile(reportFile, renderHtmlReport(sampleAnalysis, sampleArticles));
    context = await chromium.launchPersistentContext(path.join(profile, 'user-data'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: VIEWPORT,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(reportFile).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('loads only itself: no other request, no CSP violation, no script error, no dialog', () => {
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:\/\/.*report\.html$/);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows the outlier row in the ranking, last and marked', async () => {
    const rows = page.locator('table.ranking tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    const outlier = page.locator('table.ranking tr.outlier');
    expect(await outlier.count()).toBe(1);
    expect(await outlier.getAttribute('data-article')).toBe('delta-daily');
    expect(await outlier.isVisible()).toBe(true);
    expect(await rows.last().getAttribute('data-article')).toBe('delta-daily');
    expect(await outlier.locator('.badge.outlier').textContent()).toBe('outlier');
  });

  it('draws the heatmap: one cell per ordered pair, with share and title', async () => {
    const cells = page.locator('table.heatmap td.cell[data-a]');
    expect(await cells.count()).toBe(20);
    const cell = page.locator('table.heatmap td.cell[data-a="delta-daily"][data-b="alpha-news"]');
    expect(await cell.textContent()).toBe('0%');
    expect(await cell.getAttribute('title')).toBe(
      'delta-daily and alpha-news agree on 0 of 3 shared facts (0%)',
    );
    const agreeing = page.locator(
      'table.heatmap td.cell[data-a="alpha-news"][data-b="beta-times"]',
    );
    expect(await agreeing.textContent()).toBe('100%');
    const colour = (locator: typeof cell) =>
      locator.evaluate(
        (element) =>
          (globalThis as unknown as PageGlobals).getComputedStyle(element).backgroundColor,
      );
    expect(await colour(cell)).not.toBe(await colour(agreeing));
  });

  it('reveals a reason’s sentence, highlighted, when the reason is clicked', async () => {
    const reason = page.locator('section.outlier-card details.reason').first();
    const mark = reason.locator('blockquote.context mark');
    expect(await mark.isVisible()).toBe(false);
    await reason.locator('summary').click();
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toBe('Prime Minister Rudolf Elphberg');
    const sentence = reason.locator('blockquote.context .sentence');
    expect(await sentence.textContent()).toBe(
      'Prime Minister Rudolf Elphberg opened the talks with a call for lower tariffs.',
    );
    const background = await mark.evaluate(
      (element) => (globalThis as unknown as PageGlobals).getComputedStyle(element).backgroundColor,
    );
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('runs its script under the CSP: a heatmap click lists the facts both articles state', async () => {
    const visibleFacts = () =>
      page
        .locator('#facts tbody tr[data-fact]')
        .evaluateAll((rows) =>
          rows
            .filter((row) => !(row as unknown as { hidden: boolean }).hidden)
            .map((row) => row.getAttribute('data-fact')),
        );
    expect(await visibleFacts()).toEqual(['f1', 'f2', 'f3']);
    await page.locator('td.cell[data-a="alpha-news"][data-b="hostile<script>"]').click();
    await expect.poll(visibleFacts).toEqual(['f1']);
    expect(await page.locator('#facts-filter-label').textContent()).toBe(
      '1 fact stated by both alpha-news and hostile<script>.',
    );
    await page.locator('#facts-reset').click();
    await expect.poll(visibleFacts).toEqual(['f1', 'f2', 'f3']);
  });

  it('shows hostile text as text', async () => {
    const hostileRow = page.locator('table.ranking tr[data-article="hostile<script>"]');
    expect(await hostileRow.textContent()).toContain('Title with <b>tags</b> & "quotes"');
    expect(await page.locator('body script').count()).toBe(1);
    expect(dialogs).toEqual([]);
  });

  it('5 articles: the outliers are in view without scrolling and no id is broken', async () => {
    await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
    expect(await firstOutlierTop(page)).toBeLessThan(VIEWPORT.height / 2);
    expect(await brokenIds(page)).toEqual([]);
  });

  it('saves screenshots with the first reason open (in the temp dir)', async () => {
    await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
    await mkdir(SCREENSHOTS, { recursive: true });
    const image = await page.screenshot({ path: path.join(SCREENSHOTS, 'report-5.png') });
    expect(image.byteLength).toBeGreaterThan(10_000);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-5-full.png'), fullPage: true });
  });

  it(`${BIG_CLUSTER} articles: outliers first and in view, the header one line, no id broken`, async () => {
    const big = await context.newPage();
    try {
      const { analysis, articles } = grownAnalysis(BIG_CLUSTER);
      const file = path.join(profile, 'report-600.html');
      await writeFile(file, renderHtmlReport(analysis, articles));
      await big.goto(pathToFileURL(file).href);
      // The outlier card starts in the first screen.
      expect(await firstOutlierTop(big)).toBeLessThan(VIEWPORT.height);
      expect(await big.locator('section.outlier-card').first().isVisible()).toBe(true);
      // The ranking leads with the outlier, keeping its rank number.
      const firstRow = big.locator('table.ranking tbody tr').first();
      expect(await firstRow.getAttribute('data-article')).toBe('delta-daily');
      expect(await firstRow.locator('td.num').first().textContent()).toBe(String(BIG_CLUSTER));
      // The 600 dates are folded away: the header's reference date is one short line.
      const referenceDate = big.locator('dl.summary dd').nth(2);
      const box = await referenceDate.boundingBox();
      expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(40); // one line of 15px text
      expect(await big.locator('details.how p').isVisible()).toBe(false);
      expect(await brokenIds(big)).toEqual([]);
      await mkdir(SCREENSHOTS, { recursive: true });
      await big.screenshot({ path: path.join(SCREENSHOTS, 'report-600.png') });
    } finally {
      await big.close();
    }
  });

  it('stories index with a source ledger: one chart per dated source, drawn, nothing loaded', async () => {
    const index = await context.newPage();
    const loaded: string[] = [];
    const errors: string[] = [];
    index.on('request', (request) => loaded.push(request.url()));
    index.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      const ledger = createSourceLedger();
      for (const [story, date, agree] of [
        ['arden', '2025-03-01', 1],
        ['brook', '2025-03-09', 0.5],
        ['calder', null, 0],
      ] as const) {
        ledger.recordStory({
          story,
          date,
          sources: ['Courier <b>', 'Herald'].map((source, at) => ({
            source,
            articles: 1,
            units: 1,
            agreeingUnits: at === 0 ? 1 : agree,
            corroborated: 1,
            contradicted: 0,
            uncorroborated: 0,
            staleFigures: 0,
            unrelated: 0,
          })),
        });
      }
      const rows = ledger
        .rank()
        .map((source) => ({ ...source, points: ledger.history(source.source) }));
      const file = path.join(profile, 'index.html');
      await writeFile(
        file,
        renderStoriesIndex([], [], {
          rows,
          meta: { file: 'ledger.json', stories: ledger.size, credibleMass: 0.9 },
        }),
      );
      await index.goto(pathToFileURL(file).href);
      const charts = index.locator('svg.source-chart');
      expect(await charts.count()).toBe(2);
      const box = await charts.first().boundingBox();
      expect(box?.width).toBe(200);
      expect(await charts.first().locator('circle').count()).toBe(2);
      expect(await index.locator('td.source').first().textContent()).toBe('courier <b>');
      expect(loaded).toHaveLength(1);
      expect(errors).toEqual([]);
      await mkdir(SCREENSHOTS, { recursive: true });
      await index.screenshot({ path: path.join(SCREENSHOTS, 'stories-index.png'), fullPage: true });
    } finally {
      await index.close();
    }
  });
});
