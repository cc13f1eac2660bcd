// The few ANSI styles the terminal report uses, and the scrubbing that keeps article text from
// driving the reader's terminal.

/** Styles the terminal report applies. */
export type AnsiStyle = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

const CODES: Record<AnsiStyle, [open: number, close: number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** A styling function: identity when colour is off, so callers never branch on it. */
export type Paint = (style: AnsiStyle, text: string) => string;

/** Returns a painter that wraps text in SGR codes, or leaves it alone when `color` is false. */
export function createPaint(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => {
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}

// C0 and C1 controls (ESC among them), DEL, line/paragraph separators and the bidi embedding,
// override and isolate marks: any of them in article text could recolour, move the cursor or
// reorder what the reader sees ("Trojan Source"). One character class, so the scan is linear.
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes untrusted text safe to print on one terminal line: control characters, separators
 * and bidi controls become spaces, runs of whitespace collapse to one.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, ' ').replace(/ {2,}/g, ' ').trim();
}

// Matches one SGR sequence the painter writes; used to measure styled text.
const SGR = /\u001b\[\d{1,3}m/g;

/** Length of text as shown: code points, without the SGR codes the painter added. */
export function visibleLength(text: string): number {
  let length = 0;
  for (const _ of text.replace(SGR, '')) length++;
  return length;
}
