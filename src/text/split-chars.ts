// Character classes for the sentence splitter, tested on UTF-16 code units so the scan stays one flat loop.

const LOWERCASE_LETTER = /^\p{Ll}$/u;
const UPPERCASE_LETTER = /^[\p{Lu}\p{Lt}]$/u;
const ANY_LETTER = /^\p{L}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** True for exactly the code units JavaScript's `\s` matches (Unicode spaces, tabs, line breaks, BOM). */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Line terminators: LF, VT, FF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR (CRLF is paired by the caller). */
export function isLineBreak(code: number): boolean {
  return (code >= 10 && code <= 13) || code === 0x2028 || code === 0x2029;
}

/** Characters that can end a sentence: `.`, `?`, `!`, `…` and the combined `‼ ⁇ ⁈ ⁉` forms. */
export function isTerminator(code: number): boolean {
  return (
    code === 46 ||
    code === 63 ||
    code === 33 ||
    code === 0x2026 ||
    code === 0x203c ||
    (code >= 0x2047 && code <= 0x2049)
  );
}

/** True for `?`, `!` and their combined forms: a sentence end whatever word precedes it. */
export function isStrongTerminator(code: number): boolean {
  return code === 63 || code === 33 || code === 0x203c || (code >= 0x2047 && code <= 0x2049);
}

/** Closing quotes and brackets that belong to the sentence they close (`…there.”`, `(…)`). */
export function isCloser(code: number): boolean {
  return (
    code === 34 || // "
    code === 39 || // '
    code === 41 || // )
    code === 93 || // ]
    code === 125 || // }
    code === 0x201d || // ”
    code === 0x2019 || // ’
    code === 0xbb || // »
    code === 0x203a // ›
  );
}

/** Opening quotes, brackets and inverted marks that may precede the first word of a sentence. */
export function isOpener(code: number): boolean {
  return (
    code === 34 || // "
    code === 39 || // '
    code === 40 || // (
    code === 91 || // [
    code === 123 || // {
    code === 0x201c || // “
    code === 0x2018 || // ‘
    code === 0x201e || // „
    code === 0xab || // «
    code === 0x2039 || // ‹
    code === 0xbf || // ¿
    code === 0xa1 // ¡
  );
}

/**
 * Punctuation that continues the sentence before it and therefore never starts a new one
 * (`Mr. , ` or `… ;` in sloppy text, closing marks after a space, a second terminator in `. . .`).
 */
export function isContinuationMark(code: number): boolean {
  return (
    code === 44 || // ,
    code === 59 || // ;
    code === 58 || // :
    code === 37 || // %
    // Closing brackets and closing-only quotes; straight quotes open as often as they close.
    (isCloser(code) && code !== 34 && code !== 39) ||
    isTerminator(code)
  );
}

/** The letter case of the character (code point) at `index`: what a sentence-start decision needs. */
export type CharClass = 'lower' | 'upper' | 'caseless-letter' | 'digit' | 'other';

/** Classifies the code point starting at `index` (a lone surrogate is `other`). */
export function classifyCharAt(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 65 && code <= 90) return 'upper';
  if (code >= 48 && code <= 57) return 'digit';
  if (code < 128 || Number.isNaN(code)) return 'other';
  const char = String.fromCodePoint(text.codePointAt(index) ?? code);
  if (LOWERCASE_LETTER.test(char)) return 'lower';
  if (UPPERCASE_LETTER.test(char)) return 'upper';
  if (ANY_LETTER.test(char)) return 'caseless-letter';
  if (DECIMAL_DIGIT.test(char)) return 'digit';
  return 'other';
}

/** True when the code point at `index` is a letter of any script. */
export function isLetterAt(text: string, index: number): boolean {
  const kind = classifyCharAt(text, index);
  return kind === 'lower' || kind === 'upper' || kind === 'caseless-letter';
}

/** True when the code point at `index` is a letter or a decimal digit. */
export function isAlphanumericAt(text: string, index: number): boolean {
  return classifyCharAt(text, index) !== 'other';
}
