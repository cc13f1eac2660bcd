import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/index.js';
import { isMonthBeforeDate } from '../src/text/split-dates.js';
import { continuesOnNextLine } from '../src/text/split-lines.js';
import { detectWrapWidth, isWrappedBreak, MIN_WRAPPED_LINES } from '../src/text/unwrap-lines.js';

/** Greedy fixed-column wrap, as wire archives and e-mail clients do it. */
function wrap(paragraphs: readonly string[], width: number): string {
  return paragraphs
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line === '' ? word : `${line} ${word}`;
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

// Written for this test: a storm report whose wrap falls inside names, parentheses and dates.
const STORM = [
  'Storm Halvard hit the northern coast of the island late on Thursday, and the Agriculture Minister said winds of up to one hundred miles per hour (160 kph) had flattened orchards across three provinces.',
  'Officials said the harbour at Port Elin would stay closed until Sept. 2 while engineers inspected the breakwater, which was last rebuilt in 2009 after a smaller storm.',
  'The regional governor, Mara Quent, said emergency crews had reached every village by Friday morning. Schools will reopen on Monday, she said.',
];

function assertOffsets(text: string) {
  for (const unit of splitSentences(text)) expect(text.slice(unit.start, unit.end)).toBe(unit.text);
}

describe('hard-wrapped text', () => {
  it('detects the wrap column of text wrapped at a fixed width', () => {
    const text = wrap(STORM, 40);
    const width = detectWrapWidth(text);
    expect(width).not.toBeNull();
    expect(width!).toBeGreaterThanOrEqual(34);
    expect(width!).toBeLessThanOrEqual(40);
  });

  it('joins wrapped lines before splitting: names, parentheses and dates broken at a line end stay whole', () => {
    for (const width of [40, 48, 56]) {
      const text = wrap(STORM, width);
      const units = splitSentences(text);
      expect(units.map((unit) => unit.text.replace(/\s+/g, ' '))).toEqual([
        STORM[0],
        STORM[1],
        'The regional governor, Mara Quent, said emergency crews had reached every village by Friday morning.',
        'Schools will reopen on Monday, she said.',
      ]);
      assertOffsets(text);
    }
  });

  it('keeps a real paragraph break: a short line ends its unit even without a blank line', () => {
    const paragraphs = ['Storm damage report', ...STORM.slice(0, 2)];
    const text = wrap(paragraphs, 44).replace(/\n\n/g, '\n');
    expect(detectWrapWidth(text)).not.toBeNull();
    const units = splitSentences(text);
    expect(units[0]!.text).toBe('Storm damage report');
    expect(units).toHaveLength(3);
    assertOffsets(text);
  });

  it('keeps a blank line as a break even after a full line', () => {
    const text = wrap(STORM, 40);
    const units = splitSentences(text);
    // Every paragraph starts a unit.
    for (const paragraph of STORM) {
      expect(
        units.some((unit) => unit.text.startsWith(paragraph.split(' ').slice(0, 3).join(' '))),
      ).toBe(true);
    }
  });

  it('does not fire on unwrapped text: one paragraph per line, headline and byline on their own', () => {
    const text = `Storm hits the north\nBy a staff reporter\n${STORM.join('\n')}\n${STORM.join('\n')}`;
    expect(detectWrapWidth(text)).toBeNull();
    const units = splitSentences(text);
    expect(units[0]!.text).toBe('Storm hits the north');
    expect(units[1]!.text).toBe('By a staff reporter');
    expect(units).toHaveLength(10);
  });

  it(`needs at least ${MIN_WRAPPED_LINES} lines inside paragraphs`, () => {
    expect(detectWrapWidth('Short headline\nAnother short line\nA third')).toBeNull();
  });

  it('a line is a wrap only when the next word would not have fitted after it', () => {
    const text = 'The minister said the orchards\nwere lost.';
    // 30 columns: "were" (4) would not fit after 30 characters in a 32-column wrap.
    expect(isWrappedBreak(text, 32, 0, 0, 30, 31, 31)).toBe(true);
    // In a 40-column wrap it would have fitted: the break was meant.
    expect(isWrappedBreak(text, 40, 0, 0, 30, 31, 31)).toBe(false);
    // An indented next line opens a paragraph.
    const indented = 'The minister said the orchards\n  Were lost.';
    expect(isWrappedBreak(indented, 32, 0, 0, 30, 31, 33)).toBe(false);
  });
});

describe('dates written with periods', () => {
  it('keeps "Fri., May. 3, 2013" in one sentence', () => {
    const units = splitSentences('Posted Fri., May. 3, 2013. The quake struck at dawn.');
    expect(units.map((unit) => unit.text)).toEqual([
      'Posted Fri., May. 3, 2013.',
      'The quake struck at dawn.',
    ]);
    expect(isMonthBeforeDate('May. 3, 2013', 0, 3, 4, 5, 12)).toBe(true);
  });

  it('still ends a sentence at "May." when no day and year follow', () => {
    expect(splitSentences('He left in May. 3 people stayed.').map((unit) => unit.text)).toEqual([
      'He left in May.',
      '3 people stayed.',
    ]);
  });

  it('does not end a unit at a month or number abbreviation broken from its numeral', () => {
    expect(splitSentences('The port stays closed until Sept.\n2 at the earliest.')).toHaveLength(1);
    expect(continuesOnNextLine('Ranked No.\n1 again.', 0, 10, 11)).toBe(true);
    // A headline line that ends with a period stays a line of its own before a number.
    expect(continuesOnNextLine('Storm over.\n3 dead.', 0, 11, 12)).toBe(false);
  });
});
