// Pairs quotation marks and parentheses inside one block so the splitter never cuts a quotation or an aside apart.
import { isAlphanumericAt, isLetterAt, isWhitespace } from './split-chars.js';

/** A matched quotation or parenthesis: offsets of its opening and closing marks in the original text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

/** Characters after which a straight quote opens rather than closes: spaces, brackets, dashes, slashes. */
function isOpeningContext(code: number): boolean {
  return (
    isWhitespace(code) ||
    code === 40 || // (
    code === 91 || // [
    code === 123 || // {
    code === 45 || // -
    code === 47 || // /
    code === 0x2013 || // –
    code === 0x2014 || // —
    code === 0x201c || // “
    code === 0x2018 || // ‘
    code === 0xab // «
  );
}

/** A straight quote opens when it starts the block or follows a space/bracket/dash, and text follows it. */
export function opensQuotation(text: string, index: number, start: number, end: number): boolean {
  if (index + 1 >= end || isWhitespace(text.charCodeAt(index + 1))) return false;
  return index === start || isOpeningContext(text.charCodeAt(index - 1));
}

/** A quote closes when it follows text and is followed by the block end, a space or punctuation. */
export function closesQuotation(text: string, index: number, start: number, end: number): boolean {
  if (index === start || isWhitespace(text.charCodeAt(index - 1))) return false;
  return index + 1 >= end || !isAlphanumericAt(text, index + 1);
}

/**
 * An apostrophe, not a quote: between a letter/digit and a letter (`It’s`, `Trump’s`, `rock'n'roll`)
 * or before a digit (`’90s`). Plural possessives (`players’ union`) look like closing quotes;
 * they only matter while a single quote is open, where closing early is the safe mistake.
 */
export function isApostrophe(text: string, index: number, start: number, end: number): boolean {
  if (index + 1 >= end) return false;
  const nextIsLetter = isLetterAt(text, index + 1);
  if (!nextIsLetter) return isAlphanumericAt(text, index + 1);
  return index > start && isAlphanumericAt(text, index - 1);
}

/** No quotation is open. */
const NONE = -1;

/**
 * Matched quotations and parentheses in `text[start, end)`, sorted by opening offset. Curly
 * marks pair by direction, straight ones by context; double (`“” "`), single (`‘’ '`) and angle
 * (`«»`) marks are tracked separately so a single quote may nest in a double one, and
 * parentheses nest to any depth (`(see (a). It…)`). A mark without a partner inside the block
 * is left unpaired: an unbalanced quote or a stray `(` protects nothing. Linear in the block.
 */
export function pairQuotations(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openDouble = NONE;
  let openSingle = NONE;
  let openAngle = NONE;
  const openParentheses: number[] = [];
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    switch (code) {
      case 0x201c: // “
      case 0x201e: // „
        openDouble = index;
        break;
      case 0x201d: // ”
        if (openDouble !== NONE) spans.push({ open: openDouble, close: index });
        openDouble = NONE;
        break;
      case 34: // "
        if (openDouble !== NONE && closesQuotation(text, index, start, end)) {
          spans.push({ open: openDouble, close: index });
          openDouble = NONE;
        } else if (opensQuotation(text, index, start, end)) {
          openDouble = index;
        }
        break;
      case 0x2018: // ‘
        if (!isApostrophe(text, index, start, end)) openSingle = index;
        break;
      case 0x2019: // ’
      case 39: // '
        if (isApostrophe(text, index, start, end)) break;
        if (openSingle !== NONE && closesQuotation(text, index, start, end)) {
          spans.push({ open: openSingle, close: index });
          openSingle = NONE;
        } else if (code === 39 && opensQuotation(text, index, start, end)) {
          openSingle = index;
        }
        break;
      case 0xab: // «
        openAngle = index;
        break;
      case 0xbb: // »
        if (openAngle !== NONE) spans.push({ open: openAngle, close: index });
        openAngle = NONE;
        break;
      case 40: // (
        openParentheses.push(index);
        break;
      case 41: {
        // ) without a pending ( (list markers like `a)`, smileys) closes nothing.
        const open = openParentheses.pop();
        if (open !== undefined) spans.push({ open, close: index });
        break;
      }
      default:
        break;
    }
  }
  // Pushed in closing order; the scanner needs opening order (openings are distinct offsets).
  return spans.sort((left, right) => left.open - right.open);
}
