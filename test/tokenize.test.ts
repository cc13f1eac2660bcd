import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.js';
import { possessiveOwner, type Token, tokenize } from '../src/text/tokenize.js';
import { hostileCases } from './helpers/hostile-inputs.js';

const norms = (text: string) => tokenize(text).map((token) => token.norm);
const only = (text: string): Token => {
  const tokens = tokenize(text);
  expect(tokens).toHaveLength(1);
  return tokens[0]!;
};

describe('tokenize: words', () => {
  it('splits words and punctuation with exact offsets', () => {
    const text = 'Trump met Xi, then left.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Trump', 'word'],
      ['met', 'word'],
      ['Xi', 'word'],
      [',', 'punct'],
      ['then', 'word'],
      ['left', 'word'],
      ['.', 'punct'],
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('drops ASCII and Unicode whitespace alike, keeping exact offsets', () => {
    // ASCII spaces and line breaks take a fast path; other spaces still go through the pattern.
    const text = ' Xi\t\r\nmet \u00A0\u2009Trump\u3000 ';
    expect(tokenize(text).map((token) => [token.text, token.start, token.end])).toEqual([
      ['Xi', 1, 3],
      ['met', 6, 9],
      ['Trump', 12, 17],
    ]);
  });

  it('reads curly quotes as punctuation with straight-quote norms', () => {
    const tokens = tokenize('\u201CWe\u2019ll see,\u201D he said.');
    expect(tokens.map((t) => [t.text, t.norm, t.kind])).toEqual([
      ['\u201C', '"', 'punct'],
      ['We\u2019ll', "we'll", 'word'],
      ['see', 'see', 'word'],
      [',', ',', 'punct'],
      ['\u201D', '"', 'punct'],
      ['he', 'he', 'word'],
      ['said', 'said', 'word'],
      ['.', '.', 'punct'],
    ]);
  });

  it('lower-cases and normalises the norm', () => {
    expect(norms('BUSAN Busan busan')).toEqual(['busan', 'busan', 'busan']);
  });

  it('moves a curly or straight possessive into a flag: Trump’s → trump', () => {
    const curly = only('Trump\u2019s');
    expect(curly).toMatchObject({ text: 'Trump\u2019s', norm: 'trump', possessive: true });
    expect(only("Xi's")).toMatchObject({ norm: 'xi', possessive: true });
  });

  it('does not treat contractions as possessives: it’s, let’s, don’t', () => {
    expect(only('it\u2019s')).toMatchObject({ norm: "it's" });
    expect(only('it\u2019s').possessive).toBeUndefined();
    expect(only("Let's").possessive).toBeUndefined();
    expect(only('don\u2019t')).toMatchObject({ norm: "don't", kind: 'word' });
  });

  it('keeps internal hyphens and apostrophes: Jae-myung, O’Brien, then-president', () => {
    expect(norms('Lee Jae-myung')).toEqual(['lee', 'jae-myung']);
    expect(norms('O\u2019Brien')).toEqual(["o'brien"]);
    expect(norms('then\u2011president')).toEqual(['then-president']);
  });

  it('does not join across a dash with spaces or a double hyphen', () => {
    expect(norms('Busan \u2014 Beijing')).toEqual(['busan', '-', 'beijing']);
    expect(norms('a--b')).toEqual(['a', '-', '-', 'b']);
  });

  it('reads dotted initialisms as one word: U.S. → us, p.m. → pm', () => {
    expect(only('U.S.')).toMatchObject({ norm: 'us', kind: 'word', initialism: true });
    expect(norms('at 3 p.m. in the U.K.')).toEqual(['at', '3', 'pm', 'in', 'the', 'uk']);
  });

  it('does not read an abbreviation with a full word as an initialism', () => {
    expect(norms('Mr. Lee')).toEqual(['mr', '.', 'lee']);
    expect(tokenize('Oct.')[0]!.initialism).toBeUndefined();
  });

  it('strips zero-width characters inside a word from the norm only', () => {
    const token = only('Tr\u200Bump');
    expect(token).toMatchObject({ text: 'Tr\u200Bump', norm: 'trump', start: 0, end: 6 });
  });

  it('keeps combining marks with their letter', () => {
    expect(only('Jose\u0301')).toMatchObject({ text: 'Jose\u0301', norm: 'jos\u00E9' });
  });

  it('tokenizes right-to-left scripts as words', () => {
    const tokens = tokenize('\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD');
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'word']);
  });

  it('keeps letter-digit words whole: COVID-19, 5G, G7', () => {
    expect(norms('COVID-19 5G G7')).toEqual(['covid-19', '5g', 'g7']);
    expect(tokenize('5G')[0]!.kind).toBe('word');
  });
});

describe('tokenize: numbers', () => {
  it('reads thousands separators: 53,000 → 53000', () => {
    expect(only('53,000')).toMatchObject({ norm: '53000', kind: 'number', value: 53000 });
    expect(only('1,250,000').value).toBe(1_250_000);
  });

  it('reads decimals: 6.7', () => {
    expect(only('6.7')).toMatchObject({ norm: '6.7', value: 6.7 });
  });

  it('keeps a currency symbol with its figure: $2.8 trillion', () => {
    const tokens = tokenize('$2.8 trillion');
    expect(tokens[0]).toMatchObject({ text: '$2.8', norm: '2.8', value: 2.8, currency: '$' });
    expect(tokens[1]).toMatchObject({ norm: 'trillion', kind: 'word' });
  });

  it('keeps the country letters of a dollar with its figure: $US2.8 → one number', () => {
    const tokens = tokenize('$US2.8 billion');
    expect(tokens[0]).toMatchObject({
      text: '$US2.8',
      norm: '2.8',
      value: 2.8,
      currency: '$',
      currencyCountry: 'us',
      kind: 'number',
    });
    expect(tokens).toHaveLength(2);
  });

  it('takes no country letters without a $ before them or a digit after them', () => {
    expect(tokenize('US2 rocket').map((t) => [t.norm, t.kind])).toEqual([
      ['us2', 'word'],
      ['rocket', 'word'],
    ]);
    expect(tokenize('$USA').map((t) => t.kind)).toEqual(['symbol', 'word']);
    expect(only('$2')).not.toHaveProperty('currencyCountry');
  });

  it('keeps a percent sign with its figure: 27.5%', () => {
    expect(only('27.5%')).toMatchObject({ norm: '27.5', value: 27.5, percent: true });
  });

  it('reads ordinals as numbers: 30th', () => {
    expect(only('30th')).toMatchObject({ norm: '30', value: 30, ordinal: true });
  });

  it('splits an attached scale off its figure: 550bn, $5m', () => {
    expect(norms('550bn')).toEqual(['550', 'bn']);
    expect(norms('$5m')).toEqual(['5', 'm']);
  });

  it('does not read list commas or short groups as thousands separators', () => {
    expect(norms('1,2,3')).toEqual(['1', ',', '2', ',', '3']);
    expect(norms('1,0000')).toEqual(['1', ',', '0000']);
  });

  it('ends a number before a sentence-final period', () => {
    expect(norms('in 2025.')).toEqual(['in', '2025', '.']);
  });

  it('reads fullwidth digits as a number', () => {
    expect(only('\uFF12\uFF10\uFF12\uFF15')).toMatchObject({ kind: 'number', value: 2025 });
  });
});

describe('tokenize: symbols and odd input', () => {
  it('keeps an emoji ZWJ sequence and a skin-tone emoji whole', () => {
    const tokens = tokenize('\u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1F44D}\u{1F3FD}');
    expect(tokens.map((t) => t.text)).toEqual([
      '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
      '\u{1F44D}\u{1F3FD}',
    ]);
    expect(tokens.every((t) => t.kind === 'symbol')).toBe(true);
  });

  it('turns a lone surrogate into a symbol token instead of throwing', () => {
    const tokens = tokenize('a \uD800 b \uDC00');
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'symbol', 'word', 'symbol']);
    expect(tokens[1]!.norm).toBe('\uFFFD');
  });

  it('produces no token for whitespace or invisible characters alone', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00A0\u200B\uFEFF ')).toEqual([]);
  });

  it('rejects a non-string with INVALID_ARTICLE', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(CorroborateError);
    try {
      tokenize(null as unknown as string);
    } catch (error) {
      expect((error as CorroborateError).code).toBe('INVALID_ARTICLE');
      expect((error as CorroborateError).message).toMatch(/expects a string/);
    }
  });

  it('never throws, keeps offsets exact and ordered on any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const tokens = tokenize(text);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          previousEnd = token.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  for (const hostile of hostileCases('tokenize')) {
    it(`tokenizes ${hostile.name} with exact, ordered offsets (medium size; fuzz/complexity.ts times the growth)`, () => {
      const text = hostile.input(1);
      expectTokensSliceBack(text, tokenize(text));
    });
  }

  it('cuts a "word" longer than its reading window instead of overflowing the regex stack', () => {
    // 8 million characters of "a-a-a-…" overflowed V8's backtracking stack with a RangeError;
    // a word past the window (65,536 + 4,096 characters) is now cut, and every cut piece is a token.
    const text = `${'a-'.repeat(40_000)}a tail`;
    const tokens = tokenize(text);
    expectTokensSliceBack(text, tokens);
    expect(tokens.length).toBeGreaterThan(2);
    expect(tokens.at(-1)!.text).toBe('tail');
    expect(tokens.reduce((sum, token) => sum + token.text.length, 0)).toBe(text.length - 1);
  });
});

describe('possessiveOwner', () => {
  it('returns the owner of a possessive', () => {
    expect(possessiveOwner("takaichi's")).toBe('takaichi');
  });

  it('returns undefined for contractions and words without ’s', () => {
    expect(possessiveOwner("he's")).toBeUndefined();
    expect(possessiveOwner('news')).toBeUndefined();
    expect(possessiveOwner("'s")).toBeUndefined();
  });
});

/** Every token is the text it says it is, at its offsets, in order, without overlaps. */
function expectTokensSliceBack(text: string, tokens: readonly Token[]): void {
  let previousEnd = 0;
  for (const token of tokens) {
    if (token.start < previousEnd || text.slice(token.start, token.end) !== token.text)
      expect.fail(
        `token ${JSON.stringify(token.text.slice(0, 20))} at ${token.start} does not slice back`,
      );
    previousEnd = token.end;
  }
  expect(tokens.length).toBeGreaterThan(0);
}
