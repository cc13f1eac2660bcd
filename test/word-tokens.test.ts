import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/text/tokenize.js';
import { foldWord, tokenizeWords, type WordToken, wordTokens } from '../src/text/word-tokens.js';

/**
 * The tokens, space-separated, each as its text plus marks: `#` number, `!` punctuation,
 * `^` joined, `'` possessive.
 */
function shape(text: string): string {
  return tokenizeWords(text)
    .map(
      (token) =>
        `${token.text}${token.kind === 'number' ? '#' : token.kind === 'punct' ? '!' : ''}` +
        `${token.joined ? '^' : ''}${token.possessive ? "'" : ''}`,
    )
    .join(' ');
}

const norms = (text: string) => tokenizeWords(text).map((token) => token.norm);

describe('wordTokens: a view of tokenize, not a second scan', () => {
  it('is built from the tokens tokenize returns for the sentence', () => {
    const text = 'Mr. Rapp-Hooper met U.S. officials.';
    expect(wordTokens(tokenize(text))).toEqual(tokenizeWords(text));
    expect(wordTokens([])).toEqual([]);
  });

  it('has offsets that slice back to each token on any string (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."aZé1 -.,'’‘$%sS\u00AD\u2009\u200D\uD800👨".split('')),
          maxLength: 40,
        }),
        (text) => {
          let previousEnd = 0;
          for (const token of tokenizeWords(text)) {
            expect(text.slice(token.start, token.end)).toBe(token.text);
            expect(token.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = token.end;
          }
        },
      ),
    );
  });
});

describe('wordTokens: hyphens', () => {
  it('splits a hyphenated word into parts, the later ones joined', () => {
    expect(shape('Rapp-Hooper and ex-President Lee Jae-myung')).toBe(
      'Rapp Hooper^ and ex President^ Lee Jae myung^',
    );
  });

  it('joins a word to a number or initialism across a hyphen tokenize keeps apart', () => {
    expect(shape('a 5-year-old, COVID-19, U.S.-led')).toBe(
      'a 5# year^ old^ ,! COVID 19#^ ,! U.S. led^',
    );
  });

  it('keeps a spaced hyphen or a double hyphen as punctuation (must not join)', () => {
    expect(shape('a well - known man')).toBe('a well -! known man');
    expect(shape('a--b')).toBe('a -! -! b');
  });
});

describe('wordTokens: abbreviation dots', () => {
  it('re-attaches the dot of an abbreviation and of a single capital', () => {
    expect(shape('Mr. Smith, Sen. Warren and J. K. Rowling')).toBe(
      'Mr. Smith ,! Sen. Warren and J. K. Rowling',
    );
  });

  it('leaves a word without a dot, and a sentence-final dot after an ordinary word, alone (must not fire)', () => {
    expect(shape('He asked Ms Jones, then Ms')).toBe('He asked Ms Jones ,! then Ms');
    expect(shape('They met Smith.')).toBe('They met Smith .!');
  });

  it('reads "U.S." whole, also where tokenize cannot because it starts inside a word', () => {
    expect(shape('U.S. forces')).toBe('U.S. forces');
    expect(tokenizeWords('U.S. forces')[0]).toMatchObject({ norm: 'us', allCaps: true });
    expect(shape('anti-U.S. protests')).toBe('anti U.S.^ protests');
    expect(shape('anti-U.S.A. protests')).toBe('anti U.S.A.^ protests');
    expect(shape('an A. then')).toBe('an A. then');
    expect(shape('U.S.Army')).toBe('U.S. Army');
  });
});

describe('wordTokens: numbers', () => {
  it('keeps only the digits in a number token', () => {
    expect(shape('$US2.8 billion, 27.5% on the 30th of the 1990s')).toBe(
      '$! US2 .! 8# billion ,! 27.5# %! on the 30# th of the 1990# s',
    );
    expect(shape('$2.8 and €5m and $A5m')).toBe('$! 2.8# and €! 5# m and $! A5m');
  });

  it('reads digits a dot or comma separates as one number, where tokenize reads two', () => {
    expect(tokenize('1,00,000').length).toBeGreaterThan(1);
    expect(shape('53,000 and 1,00,000 and 2.8.3')).toBe('53,000# and 1,00,000# and 2.8.3#');
  });

  it('does not join digits across a space or a colon (must not fire)', () => {
    expect(shape('4, 43 and 4:43')).toBe('4# ,! 43# and 4# :! 43#');
    // A number stops before letters, and digits written in another script make a word.
    expect(shape('10km and １２')).toBe('10# km and １２');
  });
});

describe('wordTokens: folding', () => {
  it('drops diacritics, dots and curly apostrophes from norm, keeping text as written', () => {
    const [token] = tokenizeWords('Élysée');
    expect(token).toMatchObject({ text: 'Élysée', norm: 'elysee', capitalised: true });
    expect(norms('O’Brien in Türkiye')).toEqual(["o'brien", 'in', 'turkiye']);
    expect(foldWord('U.S.')).toBe('us');
  });

  it('keeps plain ASCII words as they are (must not fire)', () => {
    expect(norms('the NATO summit')).toEqual(['the', 'nato', 'summit']);
  });
});

describe('wordTokens: possessives', () => {
  it('marks a word before \'s as possessive, "It\'s" included', () => {
    expect(shape("It's Xi's day and the leaders' summit")).toBe(
      "It' Xi' day and the leaders' summit",
    );
    const xi = tokenizeWords('Xi’s day')[0] as WordToken;
    expect(xi).toMatchObject({ text: 'Xi', end: 2, possessive: true });
  });

  it("marks a number or an initialism before 's, and the last part of a hyphenated name", () => {
    expect(shape("the 1990's, U.S.'s role, Rapp-Hooper's book")).toBe(
      "the 1990#' ,! U.S.' role ,! Rapp Hooper^' book",
    );
  });

  it('keeps an apostrophe inside a word, and does not join across a possessive (must not fire)', () => {
    expect(shape("O'Brien don't rock'n'roll")).toBe("O'Brien don't rock'n'roll");
    expect(shape("Xi's-led")).toBe("Xi' -! led");
    expect(shape('Xi‘s')).toBe('Xi ‘! s');
  });
});

describe('wordTokens: what changed from the second scanner it replaces (bug fixes)', () => {
  it('makes no token of a Unicode space (a thin space was a punctuation token)', () => {
    expect(shape('7\u2009½ minutes')).toBe('7# ½ minutes');
    expect(shape('Kim\u00A0Jong\u202FUn')).toBe('Kim Jong Un');
  });

  it('keeps a soft hyphen inside its word and out of norm, and drops a lone zero-width space', () => {
    expect(tokenizeWords('Ge\u00ADneva')).toMatchObject([{ text: 'Ge\u00ADneva', norm: 'geneva' }]);
    expect(shape('a\u200B b')).toBe('a\u200B b');
    expect(shape('a \u200B b')).toBe('a b');
  });

  it('reads a joined emoji as one mark and a lone surrogate as one character', () => {
    expect(shape('👨\u200D👩 ok')).toBe('👨\u200D👩! ok');
    expect(shape('\uD800<a')).toBe('\uD800! <! a');
  });
});
