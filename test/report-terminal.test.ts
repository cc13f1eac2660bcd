import { describe, expect, it } from 'vitest';
import type { Analysis, RoleConflict } from '../src/analysis.js';
import { CorroborateError } from '../src/errors.js';
import { createPaint, sanitizeForTerminal, visibleLength } from '../src/report/ansi.js';
import { describeStaleFigure, rankArticles, scoreTone } from '../src/report/format.js';
import {
  renderTerminalReport,
  scoreBar,
  truncate,
  unexplainedRoleConflicts,
  wrapText,
} from '../src/report/terminal.js';
import { sampleAnalysis, twoArticleAnalysis } from './fixtures/sample-analysis.js';
import { hostileCases } from './helpers/hostile-inputs.js';

const plain = { color: false, onlyOutliers: false } as const;
const ESC = '\u001b';

/** A deep copy with every array reversed: what an order-free renderer must not notice. */
function reversed(analysis: Analysis): Analysis {
  const copy = structuredClone(analysis);
  copy.articles.reverse();
  copy.facts.reverse();
  copy.copies.reverse();
  copy.outliers.reverse();
  for (const cluster of copy.copies) cluster.ids.reverse();
  return copy;
}

describe('renderTerminalReport', () => {
  it('opens with the article count, reference date and rule, snapshot date and consensus', () => {
    const text = renderTerminalReport(sampleAnalysis, plain);
    const header = text.split('\n\n')[0] ?? '';
    expect(header).toContain('5 articles, 1 outlier');
    expect(header).toContain('2025-06-02 (median of 5 article dates: 5 published)');
    expect(header).toContain('office holders known up to 2025-05-31');
    expect(header).toMatch(/possible: 4 independent sources, weighed by\s+truthfinder/);
  });

  it('says when consensus was not possible and when no date could be set', () => {
    const text = renderTerminalReport(twoArticleAnalysis, plain);
    expect(text).toContain('not possible: 2 independent sources');
    expect(text).toContain('none (no article is dated and no asOf was given)');
    expect(text).toContain('None: no article stands apart');
  });

  it('ranks sources by score, ties by id, with a bar and the outlier marked', () => {
    const text = renderTerminalReport(sampleAnalysis, plain);
    const order = ['alpha-news', 'gamma-post', 'beta-times', 'hostile<script>', 'delta-daily'];
    const positions = order.map((id) => text.indexOf(`. ${id}`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/5\. delta-daily +██░░░░░░░░ 0\.21 {2}OUTLIER/);
    expect(text).toMatch(/1\. alpha-news +█████████░ 0\.93 {2}near-copy of gamma-post/);
  });

  it('lists each outlier reason in plain English with the sentence it rests on', () => {
    const text = renderTerminalReport(sampleAnalysis, { ...plain, width: 160 });
    expect(text).toContain(
      '1. Names Rudolf Elphberg as Prime Minister of Ruritania; on 2025-06-02 the office was held by Flavia Strelsau',
    );
    expect(text).toContain(
      'sentence 2 of delta-daily: “Prime Minister Rudolf Elphberg opened the talks with a call for lower tariffs.”',
    );
    expect(text).toContain('3. Says the summit lasts 5 days');
  });

  it('names who held the office on the reference date for each stale figure', () => {
    const text = renderTerminalReport(sampleAnalysis, { ...plain, width: 160 });
    expect(text).toContain('delta-daily: “Prime Minister Rudolf Elphberg” (sentence 2)');
    expect(text).toContain(
      'Rudolf Elphberg held the office of Prime Minister of Ruritania until 2023-06-30; on 2025-06-02 it was held by Flavia Strelsau.',
    );
  });

  it('lists copy clusters with their similarity', () => {
    const text = renderTerminalReport(sampleAnalysis, plain);
    expect(text).toContain('- alpha-news, gamma-post (94% of sentences aligned)');
  });

  it('shows contradictions of articles that are not outliers under their own heading', () => {
    const analysis = structuredClone(sampleAnalysis);
    const beta = analysis.articles.find((article) => article.id === 'beta-times');
    const contradiction = sampleAnalysis.articles.find((a) => a.id === 'delta-daily')
      ?.contradictions[0];
    if (!beta || !contradiction) throw new Error('fixture changed');
    beta.contradictions = [{ ...contradiction, supportingSources: ['alpha-news'] }];
    const text = renderTerminalReport(analysis, { ...plain, width: 120 });
    expect(text).toContain('Other disagreements');
    expect(text).toContain(
      'Place of the trade summit: says Tarlenheim; the consensus (alpha-news) says Zenda.',
    );
    expect(renderTerminalReport(sampleAnalysis, plain)).not.toContain('Other disagreements');
  });

  it('with onlyOutliers shows just the outlier articles and their findings', () => {
    const text = renderTerminalReport(sampleAnalysis, { color: false, onlyOutliers: true });
    expect(text).toContain('5. delta-daily');
    expect(text).not.toContain('alpha-news  ');
    expect(text).not.toContain('Copy clusters');
    expect(text).toContain('Stale figures');
    const none = renderTerminalReport(twoArticleAnalysis, { color: false, onlyOutliers: true });
    expect(none).toContain('No outliers.');
  });

  it('writes ANSI codes only when colour is on', () => {
    expect(renderTerminalReport(sampleAnalysis, plain)).not.toContain(ESC);
    const colored = renderTerminalReport(sampleAnalysis, { color: true, onlyOutliers: false });
    expect(colored).toContain(`${ESC}[1m`);
    expect(colored).toContain(`${ESC}[31m`);
  });

  it('keeps escape sequences and bidi controls in article text off the terminal', () => {
    const analysis = structuredClone(sampleAnalysis);
    const outlier = analysis.outliers[0];
    if (!outlier?.reasons[0]) throw new Error('fixture changed');
    outlier.reasons[0].message = `Evil ${ESC}[2J${ESC}]0;title\u0007 text \u202egnp.exe`;
    const first = analysis.articles[0];
    if (first) first.title = `Title${ESC}[31m red\r\nnext`;
    for (const color of [false, true]) {
      const text = renderTerminalReport(analysis, { color, onlyOutliers: false });
      expect(text).not.toContain(`${ESC}[2J`);
      expect(text).not.toContain(`${ESC}]0`);
      expect(text).not.toContain('\u202e');
      expect(text).not.toContain('\r');
    }
    expect(renderTerminalReport(analysis, plain)).toContain('Evil [2J ]0;title text gnp.exe');
  });

  it('wraps every line to the requested width', () => {
    for (const width of [40, 60, 100]) {
      const text = renderTerminalReport(sampleAnalysis, { ...plain, width });
      for (const line of text.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(width);
    }
  });

  it('gives the same text whatever the order of the analysis arrays', () => {
    expect(renderTerminalReport(reversed(sampleAnalysis), plain)).toBe(
      renderTerminalReport(sampleAnalysis, plain),
    );
  });

  it('does not change the analysis it reads', () => {
    const before = structuredClone(sampleAnalysis);
    renderTerminalReport(sampleAnalysis, { color: true, onlyOutliers: true });
    expect(sampleAnalysis).toEqual(before);
  });

  it('rejects what is not an analysis, and bad options, with INVALID_OPTION', () => {
    const call = (analysis: unknown, options: unknown) => () =>
      renderTerminalReport(analysis as Analysis, options as typeof plain);
    for (const [analysis, options, message] of [
      [null, plain, /analysis must be the object analyze\(\) returns, but it is null/],
      [{ ...sampleAnalysis, version: 2 }, plain, /analysis.version must be 1/],
      [{ ...sampleAnalysis, facts: undefined }, plain, /analysis.facts must be an array/],
      [sampleAnalysis, { onlyOutliers: false }, /options.color must be true or false/],
      [sampleAnalysis, { ...plain, width: '80' }, /options.width must be a number/],
    ] as const) {
      expect(call(analysis, options)).toThrow(CorroborateError);
      expect(call(analysis, options)).toThrow(message);
    }
  });
});

describe('unexplainedRoleConflicts', () => {
  const evidence = { articleId: 'x', sentenceIndex: 0, sentence: 's', start: 0, end: 1 };
  const conflict = (sides: [string, string[]][]): RoleConflict => ({
    roleId: 'rt_prime_minister',
    role: 'Prime Minister of Ruritania',
    sides: sides.map(([person, articles]) => ({ person, articles, evidence: [evidence] })),
  });
  const withConflicts = (conflicts: Record<string, RoleConflict[]>) =>
    sampleAnalysis.articles.map((article) => ({
      ...article,
      roleConflicts: conflicts[article.id] ?? [],
    }));

  it('drops a conflict whose only dissent is an outlier, repeated on every article', () => {
    const shared = conflict([
      ['Flavia Strelsau', ['alpha-news', 'beta-times']],
      ['Rudolf Elphberg', ['delta-daily']],
    ]);
    const articles = withConflicts({
      'alpha-news': [shared],
      'beta-times': [shared],
      'delta-daily': [shared],
    });
    expect(unexplainedRoleConflicts(articles, new Set(['delta-daily']))).toEqual([]);
  });

  it('keeps, once, a conflict between articles that are not outliers', () => {
    const split = conflict([
      ['Rudolf Elphberg', ['beta-times']],
      ['Flavia Strelsau', ['alpha-news']],
    ]);
    const mirrored = conflict([
      ['Flavia Strelsau', ['alpha-news']],
      ['Rudolf Elphberg', ['beta-times']],
    ]);
    const articles = withConflicts({ 'alpha-news': [split], 'beta-times': [mirrored] });
    const found = unexplainedRoleConflicts(articles, new Set(['delta-daily']));
    expect(found).toHaveLength(1);
    expect(found[0]?.sides.map((side) => side.person)).toEqual([
      'Flavia Strelsau',
      'Rudolf Elphberg',
    ]);
    const text = renderTerminalReport({ ...sampleAnalysis, articles }, { ...plain, width: 120 });
    expect(text).toContain(
      'Prime Minister of Ruritania: Flavia Strelsau (alpha-news) vs Rudolf Elphberg (beta-times).',
    );
  });
});

describe('terminal report helpers', () => {
  it('sanitizeForTerminal turns controls into spaces but keeps letters of every script', () => {
    expect(sanitizeForTerminal(`a${ESC}[31mb\u0085c\u2028d`)).toBe('a [31mb c d');
    const prose = 'Lee Jae-myung, 이재명, Zürich — “quoted” 🇰🇷';
    expect(sanitizeForTerminal(prose)).toBe(prose);
  });

  it('createPaint is the identity without colour', () => {
    expect(createPaint(false)('red', 'x')).toBe('x');
    expect(createPaint(true)('red', 'x')).toBe(`${ESC}[31mx${ESC}[39m`);
  });

  it('wrapText splits a word longer than the line, and leaves short text alone', () => {
    expect(wrapText('short text', 20)).toEqual(['short text']);
    expect(wrapText('aaaaaaaaaa bb', 4)).toEqual(['aaaa', 'aaaa', 'aa', 'bb']);
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('', 10)).toEqual(['']);
  });

  it('wrapText counts code points, so emoji and accents are not cut in half', () => {
    const lines = wrapText('🇰🇷🇰🇷🇰🇷', 2);
    expect(lines.join('')).toBe('🇰🇷🇰🇷🇰🇷');
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const line of lines) expect(line).not.toMatch(loneSurrogate);
  });

  it(`wrapText and sanitizeForTerminal handle a long word and escape characters (medium size; fuzz/complexity.ts times the growth)`, () => {
    const [hostile] = hostileCases('sanitizeForTerminal');
    const text = hostile!.input(1);
    expect(sanitizeForTerminal(text)).not.toContain('\u001b');
    const lines = wrapText(text, 80);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
  });

  it('truncate cuts with an ellipsis only when needed', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abcdefg', 6)).toBe('abcde…');
  });

  it('scoreBar fills one cell per tenth and clamps out-of-range scores', () => {
    const paint = createPaint(false);
    expect(scoreBar(0.93, paint)).toBe('█████████░');
    expect(scoreBar(1.7, paint)).toBe('██████████');
    expect(scoreBar(Number.NaN, paint)).toBe('░░░░░░░░░░');
  });

  it('scoreTone reads an outlier as poor even with a good score', () => {
    expect(scoreTone(0.9, false)).toBe('good');
    expect(scoreTone(0.6, false)).toBe('fair');
    expect(scoreTone(0.2, false)).toBe('poor');
    expect(scoreTone(0.9, true)).toBe('poor');
  });

  it('rankArticles breaks score ties by id', () => {
    const ids = rankArticles(sampleAnalysis.articles).map((article) => article.id);
    expect(ids.slice(0, 2)).toEqual(['alpha-news', 'gamma-post']);
  });

  it('describeStaleFigure words each kind of mismatch', () => {
    const figure = sampleAnalysis.articles.find((a) => a.id === 'delta-daily')?.staleFigures[0];
    if (!figure) throw new Error('fixture changed');
    expect(describeStaleFigure({ ...figure, kind: 'never-held' })).toBe(
      'Rudolf Elphberg never held the office of Prime Minister of Ruritania; on 2025-06-02 it was held by Flavia Strelsau.',
    );
    expect(describeStaleFigure({ ...figure, kind: 'not-yet', heldFrom: '2026-01-01' })).toContain(
      'took the office of Prime Minister of Ruritania only on 2026-01-01',
    );
    expect(describeStaleFigure({ ...figure, holderOnDate: null })).toContain(
      'nobody is known to have held it on 2025-06-02',
    );
  });
});
