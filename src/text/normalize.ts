// Canonical text form used for matching: NFKC, straight quotes, ASCII hyphens, plain spaces,
// no invisible characters. Offsets into the caller's text survive through normalizeTextWithOffsets.

/** Single quotes, apostrophes and primes that news text uses interchangeably with `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07]/g;
/** Double quotes, guillemets and double primes folded to `"`. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g;
/** Hyphens, dashes and the minus sign folded to `-`. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Non-breaking and typographic spaces (NFKC already folds most; this catches the rest). */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width characters, the soft hyphen and the byte-order mark: invisible, so never meaningful. */
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** A surrogate half without its partner (unpaired UTF-16 code unit). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replacement for unpaired surrogates, so the output is always well-formed UTF-16. */
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * The canonical form of `text` for matching: Unicode NFKC, curly quotes → straight, dashes and
 * the minus sign → `-`, odd spaces → ` `, zero-width characters and soft hyphens removed,
 * unpaired surrogates → U+FFFD. Case is kept. Lengths may change (NFKC expands `ﬁ` to `fi`,
 * invisibles disappear): use {@link normalizeTextWithOffsets} when positions matter.
 */
export function normalizeText(text: string): string {
  // ASCII text is already canonical: skip the five passes on the common case.
  if (isPrintableAscii(text)) return text;
  return foldPunctuation(text.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER).normalize('NFKC'));
}

/** Quote, dash, space and invisible folding, applied after NFKC. */
function foldPunctuation(text: string): string {
  return text
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, '');
}

/** `text` without zero-width characters, soft hyphens and byte-order marks ("Ge\u00ADneva" → "Geneva"). */
export function dropInvisibles(text: string): string {
  return text.replace(INVISIBLES, '');
}

/** True when every character is printable ASCII or a space/tab/newline. */
function isPrintableAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7e || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) {
      return false;
    }
  }
  return true;
}

/** Normalised text with a way back to the caller's offsets. */
export interface NormalizedText {
  /** The same string {@link normalizeText} returns. */
  text: string;
  /**
   * `offsets[i]` is the offset in the original text where normalised character `i` came from;
   * `offsets[text.length]` is the original length, so a half-open span `[s, e)` of the
   * normalised text maps back to `[offsets[s], offsets[e])`.
   */
  offsets: number[];
}

/**
 * {@link normalizeText} plus an offset map back to the original string. Normalises one
 * base character together with its following combining marks at a time, so every output
 * character maps to the start of the cluster it came from.
 */
export function normalizeTextWithOffsets(text: string): NormalizedText {
  let out = '';
  const offsets: number[] = [];
  let index = 0;
  while (index < text.length) {
    const end = clusterEnd(text, index);
    const piece = normalizeText(text.slice(index, end));
    for (let k = 0; k < piece.length; k++) offsets.push(index);
    out += piece;
    index = end;
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** Combining marks and Hangul medial/final jamo: they compose with the character before them. */
const COMBINING = /[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

/** End of the cluster starting at `start`: one code point plus any combining code points after it. */
function clusterEnd(text: string, start: number): number {
  let end = start + codePointLength(text, start);
  while (end < text.length) {
    const length = codePointLength(text, end);
    if (!COMBINING.test(text.slice(end, end + length))) break;
    end += length;
  }
  return end;
}

/** 2 for a well-formed surrogate pair at `index`, else 1. */
function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}
