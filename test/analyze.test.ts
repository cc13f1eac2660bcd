// analyze() on the fixture stories: the acceptance cases of the consensus issue.
import { describe, expect, it } from 'vitest';
import { type Analysis, type ArticleInput, analyze, normalizePersonName } from '../src/index.js';
import { loadExpected, loadStory } from './helpers/fixtures.js';

const asia = loadStory('asia-trip-2025');
const asiaExpected = loadExpected('asia-trip-2025');
const staleId: string = asiaExpected.outliers[0].id;

function outlierIds(analysis: Analysis): string[] {
  return analysis.outliers.map((outlier) => outlier.id);
}

function reasonsText(analysis: Analysis, id: string): string {
  return (analysis.outliers.find((outlier) => outlier.id === id)?.reasons ?? [])
    .map((reason) => reason.message)
    .join('\n');
}

describe('analyze on asia-trip-2025 (no dates given)', () => {
  const analysis = analyze(asia);

  it('flags the stale article as the only outlier, with the lowest score', () => {
    expect(outlierIds(analysis)).toEqual([staleId]);
    const scores = analysis.articles.map((article) => [article.id, article.score] as const);
    const lowest = [...scores].sort((a, b) => a[1] - b[1])[0]![0];
    expect(lowest).toBe(staleId);
  });

  it('names Scholz, Stoltenberg, Yoon and Kishida with the real holders, and the meeting place', () => {
    const text = reasonsText(analysis, staleId);
    for (const expected of asiaExpected.staleFigures[staleId] as {
      person: string;
      holderOnDate: string;
    }[]) {
      expect(text).toContain(expected.person);
    }
    const stale = analysis.articles.find((article) => article.id === staleId)!.staleFigures;
    const holders = new Map(
      stale.map((figure) => [normalizePersonName(figure.person), figure.holderOnDate]),
    );
    for (const expected of asiaExpected.staleFigures[staleId] as {
      person: string;
      holderOnDate: string;
    }[]) {
      expect(normalizePersonName(holders.get(normalizePersonName(expected.person)) ?? '')).toBe(
        normalizePersonName(expected.holderOnDate),
      );
    }
    expect(text).toContain('Beijing');
  });

  it('flags nothing in the four consistent articles', () => {
    for (const article of analysis.articles) {
      if (article.id === staleId) continue;
      expect(article.flags, article.id).toEqual([]);
      expect(article.staleFigures, article.id).toEqual([]);
    }
  });

  it('gives every article a finite score in [0, 1] and evidence with valid offsets', () => {
    const texts = new Map(asia.map((article) => [article.id, article.text]));
    for (const article of analysis.articles) {
      expect(article.score).toBeGreaterThanOrEqual(0);
      expect(article.score).toBeLessThanOrEqual(1);
      for (const figure of article.staleFigures) {
        expect(texts.get(article.id)!.slice(figure.start, figure.end)).toBe(figure.mention);
      }
    }
    for (const outlier of analysis.outliers) {
      for (const reason of outlier.reasons) {
        for (const evidence of reason.evidence) {
          const text = texts.get(evidence.articleId)!;
          expect(text.slice(evidence.start, evidence.end).length).toBeGreaterThan(0);
          expect(evidence.sentence).toContain(text.slice(evidence.start, evidence.end));
        }
      }
    }
  });

  it('is the same whatever the order of the articles', () => {
    const reversed = analyze([...asia].reverse());
    const rotated = analyze([...asia.slice(2), ...asia.slice(0, 2)]);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(analysis));
    expect(JSON.stringify(rotated)).toBe(JSON.stringify(analysis));
  });

  it('returns plain JSON', () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });
});

describe('analyze on small clusters', () => {
  it('still flags the stale article among three (two consistent, the stale one)', () => {
    const three: ArticleInput[] = asia.filter(
      (article) =>
        article.id === staleId || article.id === 'metro-wire' || article.id === 'capital-tribune',
    );
    const analysis = analyze(three);
    expect(analysis.consensus.possible).toBe(true);
    expect(outlierIds(analysis)).toEqual([staleId]);
  });

  it('says that no consensus is possible with two articles instead of guessing', () => {
    const two = asia.filter((article) => article.id === staleId || article.id === 'metro-wire');
    const analysis = analyze(two);
    expect(analysis.consensus.possible).toBe(false);
    expect(analysis.consensus.reason).toMatch(/no consensus is possible/);
    expect(analysis.outliers).toEqual([]);
    // The knowledge base still speaks: stale figures do not need a consensus.
    const stale = analysis.articles.find((article) => article.id === staleId)!;
    expect(stale.staleFigures.length).toBeGreaterThanOrEqual(4);
  });
});

describe('analyze on the other fixture stories', () => {
  it('nato-vilnius-2023: no outlier and no flags', () => {
    const analysis = analyze(loadStory('nato-vilnius-2023'));
    expect(analysis.outliers).toEqual([]);
    for (const article of analysis.articles) expect(article.flags, article.id).toEqual([]);
  });

  it('g7-apulia-2024: flags only the contradicting article, for the venue, the loan and the date', () => {
    const expected = loadExpected('g7-apulia-2024');
    const analysis = analyze(loadStory('g7-apulia-2024'));
    expect(outlierIds(analysis)).toEqual(
      expected.outliers.map((outlier: { id: string }) => outlier.id),
    );
    const text = reasonsText(analysis, expected.outliers[0].id);
    for (const mention of expected.outliers[0].mentions as string[]) {
      expect(text.toLowerCase()).toContain(mention.toLowerCase());
    }
  });

  it('g7-apulia-2024: reports the wire copies as one copy cluster', () => {
    const expected = loadExpected('g7-apulia-2024');
    const analysis = analyze(loadStory('g7-apulia-2024'));
    expect(analysis.copies.map((copy) => copy.ids)).toEqual(expected.copies);
    expect(analysis.consensus.independentSources).toBe(5);
  });
});

describe('analyze input errors', () => {
  it('rejects a non-array, an empty list, duplicate ids and bad options with codes', () => {
    expect(() => analyze('nope' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARTICLES' }),
    );
    expect(() => analyze([])).toThrow(expect.objectContaining({ code: 'NO_ARTICLES' }));
    expect(() =>
      analyze([
        { id: 'a', text: 'x' },
        { id: 'a', text: 'y' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
    expect(() => analyze([{ id: 'a', text: 'x' }], { asOf: '2025-13-45' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => analyze([{ id: 'a', text: 'x' }], { algorithm: 'magic' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});

describe('analyze and languages other than English', () => {
  const german = {
    id: 'zeitung',
    text: 'Der Präsident der Vereinigten Staaten reist in dieser Woche nach Asien. Er trifft sich mit dem chinesischen Präsidenten und mit dem japanischen Regierungschef. Die Reise dauert fünf Tage und führt nach Malaysia, Japan und Südkorea. Es ist die längste Reise seiner Amtszeit, und die Erwartungen sind gering.',
  };

  it('reports a German article as not analysable, with the reason, and judges the rest as before', () => {
    const analysis = analyze([...asia, german]);
    const report = analysis.articles.find((article) => article.id === 'zeitung')!;
    expect(report.flags).toEqual(['not-analysable']);
    expect(report.notAnalysable).toMatch(/German/);
    expect(outlierIds(analysis)).toEqual([staleId]);
  });

  it('analyses English articles full of names and numbers', () => {
    const analysis = analyze(asia);
    for (const article of analysis.articles)
      expect(article.notAnalysable, article.id).toBeUndefined();
  });
});
