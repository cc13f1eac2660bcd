import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTextWithOffsets } from '../src/text/normalize.js';
import { hostileCases } from './helpers/hostile-inputs.js';

describe('normalizeText', () => {
  it('straightens curly single and double quotes', () => {
    expect(normalizeText('\u201CIt\u2019s on my list,\u201D he said.')).toBe(
      '"It\'s on my list," he said.',
    );
    expect(normalizeText('\u2018quoted\u2019 \u00ABguillemets\u00BB')).toBe(
      '\'quoted\' "guillemets"',
    );
  });

  it('folds en dash, em dash, figure dash and minus sign to a hyphen', () => {
    expect(normalizeText('2024\u20132025 \u2014 a\u2012b \u22125')).toBe('2024-2025 - a-b -5');
  });

  it('turns non-breaking and typographic spaces into plain spaces', () => {
    expect(normalizeText('53\u00A0000 and\u202Fthin\u2009space')).toBe('53 000 and thin space');
  });

  it('removes zero-width characters, the BOM and soft hyphens', () => {
    expect(normalizeText('\uFEFFTr\u200Bump\u200D co\u00ADoperate\u2060')).toBe('Trump cooperate');
  });

  it('applies NFKC: ligatures, fullwidth forms and composed accents', () => {
    expect(normalizeText('\uFB01ne \uFF21\uFF22\uFF23 \uFF11\uFF12')).toBe('fine ABC 12');
    expect(normalizeText('Jose\u0301')).toBe('Jos\u00E9');
  });

  it('keeps case and leaves plain ASCII untouched', () => {
    const ascii = 'President Lee Jae Myung met Xi Jinping in Busan.';
    expect(normalizeText(ascii)).toBe(ascii);
  });

  it('replaces lone surrogates instead of throwing', () => {
    expect(normalizeText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(normalizeText('\uD83D\uDE00')).toBe('\uD83D\uDE00');
  });

  it('handles the empty string', () => {
    expect(normalizeText('')).toBe('');
  });

  it('never throws and always returns well-formed text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const out = normalizeText(text);
        expect(out).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
        expect(out).not.toMatch(/\u200B|\u200D|\uFEFF|\u2019|\u201C|\u2014/);
      }),
      { numRuns: 500 },
    );
  });

  for (const hostile of hostileCases('normalizeText')) {
    it(`normalises ${hostile.name} completely (medium size; fuzz/complexity.ts times the growth)`, () => {
      const out = normalizeText(hostile.input(1));
      expect(out).not.toMatch(/\u200B|\u2019|\u00A0/);
      expect(out).toBe(normalizeText(out));
    });
  }
});

describe('normalizeTextWithOffsets', () => {
  it('returns the same text as normalizeText', () => {
    const text = '\uFB01ne \u201CTr\u200Bump\u2019s\u201D Jose\u0301 \uD800';
    expect(normalizeTextWithOffsets(text).text).toBe(normalizeText(text));
  });

  it('maps every normalised character back to where it came from', () => {
    const text = 'a\uFB01b Tr\u200Bump';
    const { text: out, offsets } = normalizeTextWithOffsets(text);
    expect(out).toBe('afib Trump');
    // "fi" both come from the ligature at offset 1.
    expect(offsets.slice(0, 4)).toEqual([0, 1, 1, 2]);
    // "Trump" spans the original "Tr\u200Bump", invisible character included.
    const start = out.indexOf('Trump');
    const end = start + 'Trump'.length;
    expect(text.slice(offsets[start], offsets[end])).toBe('Tr\u200Bump');
    expect(offsets[out.length]).toBe(text.length);
  });

  it('keeps a base letter with its combining accent', () => {
    const { text: out, offsets } = normalizeTextWithOffsets('xe\u0301y');
    expect(out).toBe('x\u00E9y');
    expect(offsets).toEqual([0, 1, 3, 4]);
  });

  it('gives monotone offsets for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const { text: out, offsets } = normalizeTextWithOffsets(text);
        expect(offsets).toHaveLength(out.length + 1);
        for (let i = 1; i < offsets.length; i++) {
          expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
        }
        expect(offsets[out.length]).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
