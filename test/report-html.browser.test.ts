// The HTML report in a real headless Chromium: rows, heatmap, reasons that open onto their
// highlighted sentence, the filter script running under the report's CSP, and a screenshot.
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
import { renderHtmlReport } from '../src/report/html.js';
import { sampleAnalysis, sampleArticles } from './fixtures/sample-analysis.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const IN_CI = Boolean(process.env.CI);
/** Where the screenshot goes: a temp folder (tests never write into the repository). */
const SCREENSHOT = path.join(tmpdir(), 'corroborate-report-screenshot', 'report.png');

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
      viewport: { width: 1200, height: 900 },
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

  it('saves a screenshot with the first reason open (corroborate-report-screenshot/report.png in the temp folder)', async () => {
    await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    const image = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(image.byteLength).toBeGreaterThan(10_000);
  });
});
