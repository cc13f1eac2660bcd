import { describe, expect, it } from 'vitest';
import {
  COPY_RATE,
  generateCorpus,
  generateLabelledCorpus,
  MAX_GENERATED_ARTICLES,
  mulberry32,
  STORY_FACT_COUNT,
  TRUE_WORLD,
} from '../bench/synthetic-corpus.js';
import { CorroborateError } from '../src/errors.js';
import { validateArticles } from '../src/input/validate-articles.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const first = mulberry32(42);
    const again = mulberry32(42);
    const other = mulberry32(43);
    const a = Array.from({ length: 5 }, first);
    expect(Array.from({ length: 5 }, again)).toEqual(a);
    expect(Array.from({ length: 5 }, other)).not.toEqual(a);
    for (const value of a) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives identical articles and labels', () => {
    expect(generateLabelledCorpus({ articles: 40, seed: 7 })).toEqual(
      generateLabelledCorpus({ articles: 40, seed: 7 }),
    );
  });

  it('gives different articles for a different seed', () => {
    const a = generateCorpus({ articles: 10, seed: 7 });
    const b = generateCorpus({ articles: 10, seed: 8 });
    expect(a.map((article) => article.text)).not.toEqual(b.map((article) => article.text));
    const differing = a.filter((article, i) => article.text !== b[i]!.text).length;
    expect(differing).toBeGreaterThanOrEqual(9);
  });

  it('generates article i independently of the corpus size (smaller corpora are prefixes)', () => {
    const small = generateCorpus({ articles: 20, seed: 3 });
    const large = generateCorpus({ articles: 60, seed: 3 });
    expect(large.slice(0, 20)).toEqual(small);
  });

  it('gives unique ids that validateArticles accepts', () => {
    const articles = generateCorpus({ articles: 300, seed: 1 });
    expect(new Set(articles.map((article) => article.id)).size).toBe(300);
    expect(() => validateArticles(articles)).not.toThrow();
  });

  it('writes articles of a few kilobytes with 30–40 story sentences', () => {
    const { articles, labels } = generateLabelledCorpus({ articles: 300, seed: 2 });
    const sizes = articles.map((article) => bytes(article.text)).sort((a, b) => a - b);
    expect(sizes[0]!).toBeGreaterThan(2500);
    expect(sizes[sizes.length - 1]!).toBeLessThan(7000);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(median).toBeGreaterThan(3000);
    expect(median).toBeLessThan(6000);
    for (const label of labels) {
      // Copies may drop one paragraph of up to three sentences.
      const least = label.copyOf === undefined ? 30 : 27;
      expect(label.facts.length).toBeGreaterThanOrEqual(least);
      expect(label.facts.length).toBeLessThanOrEqual(40);
    }
  });

  it('honours sentencesPerArticle', () => {
    const { labels } = generateLabelledCorpus({
      articles: 50,
      seed: 4,
      sentencesPerArticle: [5, 8],
    });
    for (const label of labels) {
      expect(label.facts.length).toBeLessThanOrEqual(8);
      if (label.copyOf === undefined) expect(label.facts.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('labels fact spans that point at single sentences of the text, in order', () => {
    const { articles, labels } = generateLabelledCorpus({ articles: 60, seed: 5 });
    labels.forEach((label, i) => {
      const text = articles[i]!.text;
      let previousEnd = 0;
      for (const span of label.facts) {
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        const sentence = text.slice(span.start, span.end);
        expect(sentence).not.toContain('\n');
        expect(sentence).toMatch(/^\S/);
        expect(sentence).toMatch(/[.”"]$/);
        previousEnd = span.end;
      }
      expect(new Set(label.facts.map((span) => span.fact)).size).toBe(label.facts.length);
    });
  });

  it('renders one fact in several wordings and figure formats across articles', () => {
    const { articles, labels } = generateLabelledCorpus({ articles: 200, seed: 6 });
    const pledges = new Set<string>();
    labels.forEach((label, i) => {
      const span = label.facts.find((fact) => fact.fact === 'pledge');
      if (span && label.wrongFact === undefined) {
        pledges.add(articles[i]!.text.slice(span.start, span.end).replace(/^.*— /, ''));
      }
    });
    expect(pledges.size).toBeGreaterThanOrEqual(8);
    const joined = [...pledges].join('\n');
    expect(joined).toContain('$48 billion');
    expect(joined).toContain('48bn dollars');
    expect(joined).toContain('48 billion U.S. dollars');
  });

  it('includes curly quotes, abbreviations and names from many scripts', () => {
    const text = generateCorpus({ articles: 100, seed: 9 })
      .map((article) => article.text)
      .join('\n');
    for (const needle of [
      '“',
      '’',
      'U.S.',
      'p.m.',
      'Dr.',
      'Nguyễn Thị Lan',
      'Ayşe Yıldız',
      'Małgorzata',
    ]) {
      expect(text).toContain(needle);
    }
  });

  it('makes some articles near-verbatim copies of earlier ones', () => {
    const { articles, labels } = generateLabelledCorpus({ articles: 400, seed: 10 });
    const copies = labels.filter((label) => label.copyOf !== undefined);
    expect(copies.length).toBeGreaterThan(400 * COPY_RATE * 0.5);
    expect(copies.length).toBeLessThan(400 * COPY_RATE * 1.5);
    const byId = new Map(articles.map((article) => [article.id, article]));
    for (const label of copies) {
      const copy = byId.get(label.id)!;
      const source = byId.get(label.copyOf!)!;
      expect(source.id < copy.id).toBe(true);
      const sourceLines = new Set(source.text.split('\n'));
      const shared = copy.text.split('\n').filter((line) => line !== '' && sourceLines.has(line));
      const lines = copy.text.split('\n').filter((line) => line !== '');
      expect(shared.length / lines.length).toBeGreaterThan(0.6);
      expect(copy.text).not.toBe(source.text);
    }
  });

  it('states the wrong detail in every wrong-fact article, and only there', () => {
    const { articles, labels } = generateLabelledCorpus({ articles: 400, seed: 11 });
    const wrong = labels.filter((label) => label.wrongFact !== undefined);
    expect(wrong.length).toBeGreaterThan(5);
    expect(wrong.length).toBeLessThan(60);
    labels.forEach((label, i) => {
      const text = articles[i]!.text;
      if (label.wrongFact) {
        const { stated, truth } = label.wrongFact;
        expect(stated).not.toBe(truth);
        const asNumber = Number(stated);
        const forms = Number.isNaN(asNumber)
          ? [stated]
          : [stated, asNumber.toLocaleString('en-US')];
        expect(forms.some((form) => text.includes(form))).toBe(true);
      } else {
        const spanText = (fact: string): string | undefined => {
          const span = label.facts.find((entry) => entry.fact === fact);
          return span && text.slice(span.start, span.end);
        };
        const opening = spanText('summit-opens');
        if (opening !== undefined) expect(opening).toContain(TRUE_WORLD.hostCity);
        const pledge = spanText('pledge');
        if (pledge !== undefined) expect(pledge).toContain(String(TRUE_WORLD.pledgeBillions));
      }
    });
  });

  it('rejects bad options with INVALID_OPTION', () => {
    const bad: unknown[] = [
      undefined,
      { articles: 0, seed: 1 },
      { articles: 1.5, seed: 1 },
      { articles: MAX_GENERATED_ARTICLES + 1, seed: 1 },
      { articles: 3, seed: -1 },
      { articles: 3, seed: 2 ** 32 },
      { articles: 3, seed: 1, sentencesPerArticle: [10, 5] },
      { articles: 3, seed: 1, sentencesPerArticle: [1, STORY_FACT_COUNT + 1] },
      { articles: 3, seed: 1, sentencesPerArticle: 'many' },
    ];
    for (const options of bad) {
      try {
        generateCorpus(options as never);
        expect.unreachable(`accepted ${JSON.stringify(options)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(CorroborateError);
        expect((error as CorroborateError).code).toBe('INVALID_OPTION');
      }
    }
  });
});
