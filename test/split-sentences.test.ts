import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.js';
import {
  ABBREVIATIONS,
  AMBIGUOUS_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../src/text/abbreviations.js';
import {
  classifyTerminatorRun,
  type FollowingWord,
  isEllipsisBoundary,
  isInitialism,
  isPeriodBoundary,
  isSentenceStarter,
  isStrongBoundary,
  MAX_ABBREVIATION_LENGTH,
  readFollowingWord,
  readWordBeforePeriod,
} from '../src/text/split-boundary.js';
import { classifyCharAt, isLineBreak, isWhitespace } from '../src/text/split-chars.js';
import { bulletMarkerLength, continuesOnNextLine } from '../src/text/split-lines.js';
import {
  closesQuotation,
  isApostrophe,
  opensQuotation,
  pairQuotations,
} from '../src/text/split-quotes.js';
import { splitSentences } from '../src/text/split-sentences.js';
import type { SentenceSpan } from '../src/text/types.js';

/** Markers the splitter may leave out of every unit: list bullets at a line start. */
const BULLET_MARKER = /^(?:[-*+\u2022\u25e6\u25aa\u2023\u2013]|[0-9]{1,3}[.)])$/;

function isHorizontalSpace(char: string): boolean {
  return /\s/u.test(char) && !/[\n\r\v\f\u2028\u2029]/u.test(char);
}

/**
 * Checks every promise of the SentenceSpan contract on `input`, independently of the splitter:
 * exact slices, trimmed non-empty units in order without overlap, and nothing but whitespace
 * and line-start list markers outside the units.
 */
function expectValidSplit(input: string, units: SentenceSpan[]): void {
  let previousEnd = 0;
  for (const unit of units) {
    expect(unit.text).toBe(input.slice(unit.start, unit.end));
    expect(unit.end).toBeGreaterThan(unit.start);
    expect(unit.start).toBeGreaterThanOrEqual(previousEnd);
    expect(/\s/u.test(unit.text[0]!)).toBe(false);
    expect(/\s/u.test(unit.text[unit.text.length - 1]!)).toBe(false);
    expectOnlyWhitespaceOrMarker(input, previousEnd, unit.start);
    previousEnd = unit.end;
  }
  expectOnlyWhitespaceOrMarker(input, previousEnd, input.length);
}

function expectOnlyWhitespaceOrMarker(input: string, from: number, to: number): void {
  const gap = input.slice(from, to);
  const visible = gap.replace(/\s+/gu, '');
  if (visible === '') return;
  // A dropped marker must sit alone at a line start, followed by horizontal space and the next unit.
  expect(visible).toMatch(BULLET_MARKER);
  expect(to).toBeLessThan(input.length);
  const markerAt = from + gap.indexOf(visible);
  let lineStart = markerAt;
  while (lineStart > 0 && isHorizontalSpace(input[lineStart - 1]!)) lineStart--;
  expect(lineStart === 0 || /[\n\r\v\f\u2028\u2029]/u.test(input[lineStart - 1]!)).toBe(true);
  expect(input.slice(markerAt + visible.length, to)).toMatch(/^[^\S\n\r\v\f\u2028\u2029]+$/u);
}

/** Each case: a description, the input, and the full expected list of unit texts. */
const NEWS_CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  [
    'plain sentences',
    'The summit opened on Monday. Leaders arrived from 21 economies. Talks ran late.',
    ['The summit opened on Monday.', 'Leaders arrived from 21 economies.', 'Talks ran late.'],
  ],
  [
    'courtesy titles Mr. Mrs. Ms. Dr. Prof.',
    'Mr. Albanese met Dr. Chen, Prof. Iyer, Ms. Dube and Mrs. Okafor in Canberra. They spoke for an hour.',
    [
      'Mr. Albanese met Dr. Chen, Prof. Iyer, Ms. Dube and Mrs. Okafor in Canberra.',
      'They spoke for an hour.',
    ],
  ],
  [
    'military and political titles',
    'Lt. Gen. Ruiz briefed Sen. Walsh and Rep. Ortiz. Gov. Hale and Col. Baptiste declined. Pres. Moon was absent.',
    [
      'Lt. Gen. Ruiz briefed Sen. Walsh and Rep. Ortiz.',
      'Gov. Hale and Col. Baptiste declined.',
      'Pres. Moon was absent.',
    ],
  ],
  [
    'initialisms inside a sentence',
    'The U.S. economy grew 2.1% last quarter, the U.K. statistics office said, citing U.N. and E.U. data.',
    [
      'The U.S. economy grew 2.1% last quarter, the U.K. statistics office said, citing U.N. and E.U. data.',
    ],
  ],
  [
    'U.S. ends a sentence before a pronoun',
    'The delegation landed in the U.S. He said the talks had gone well.',
    ['The delegation landed in the U.S.', 'He said the talks had gone well.'],
  ],
  [
    'U.S. before a capitalised name stays inside the sentence',
    'Officials from the U.S. Treasury Department met U.K. Prime Minister Jane Roe.',
    ['Officials from the U.S. Treasury Department met U.K. Prime Minister Jane Roe.'],
  ],
  [
    'U.S. at a line end before a capitalised line',
    'The delegation landed in the U.S.\nAnalysts expect a deal by Friday.',
    ['The delegation landed in the U.S.', 'Analysts expect a deal by Friday.'],
  ],
  [
    'U.S. before an opening quote and a pronoun',
    'The envoy flew back to the U.S. “We made progress,” she said.',
    ['The envoy flew back to the U.S.', '“We made progress,” she said.'],
  ],
  [
    'single-letter initials and J.D.',
    'Former Secretary of State Michael R. Pompeo and Vice President J.D. Vance spoke with author J. K. Rowling.',
    [
      'Former Secretary of State Michael R. Pompeo and Vice President J.D. Vance spoke with author J. K. Rowling.',
    ],
  ],
  [
    'a.m. and p.m. before a weekday and before a new sentence',
    'Voting closed at 8 p.m. Friday and counting began at 6 a.m. The results came in overnight.',
    [
      'Voting closed at 8 p.m. Friday and counting began at 6 a.m.',
      'The results came in overnight.',
    ],
  ],
  [
    'month abbreviations before a day number',
    'The deal was signed on Oct. 30 in Busan after talks on Sept. 9, Aug. 1 and Feb. 3. Ratification is due by Dec. 15.',
    [
      'The deal was signed on Oct. 30 in Busan after talks on Sept. 9, Aug. 1 and Feb. 3.',
      'Ratification is due by Dec. 15.',
    ],
  ],
  [
    'month abbreviation ending a sentence',
    'Elections are set for late Nov. The campaign starts next week. Polls open in Jan. and close in Mar.',
    [
      'Elections are set for late Nov.',
      'The campaign starts next week.',
      'Polls open in Jan. and close in Mar.',
    ],
  ],
  [
    'company suffixes inside a sentence',
    'Acme Corp. and Globex Inc. reported profits, and Initech Ltd. did not. Northwind Co. shares fell.',
    [
      'Acme Corp. and Globex Inc. reported profits, and Initech Ltd. did not.',
      'Northwind Co. shares fell.',
    ],
  ],
  [
    'company suffix ending a sentence',
    'Shares rose at Northwind Co. The gains were modest. Analysts at Contoso Inc. However disagreed.',
    [
      'Shares rose at Northwind Co.',
      'The gains were modest.',
      'Analysts at Contoso Inc.',
      'However disagreed.',
    ],
  ],
  [
    'Jr. and Sr. after names',
    'Philippine President Ferdinand Marcos Jr. hosted the dinner. The late Marcos Sr. was not mentioned.',
    [
      'Philippine President Ferdinand Marcos Jr. hosted the dinner.',
      'The late Marcos Sr. was not mentioned.',
    ],
  ],
  [
    'No. and Art. before numerals',
    'The ruling cites Art. 5 of the treaty and Resolution No. 2231. It ranked No. 1 in one poll and No. 3 in another.',
    [
      'The ruling cites Art. 5 of the treaty and Resolution No. 2231.',
      'It ranked No. 1 in one poll and No. 3 in another.',
    ],
  ],
  [
    'No. as a word at the end of a sentence',
    'Asked whether talks had failed, he said No. Then he left the room.',
    ['Asked whether talks had failed, he said No.', 'Then he left the room.'],
  ],
  [
    'vs., e.g. and i.e. never end a sentence',
    'It was exports vs. imports again, e.g. Chips and soybeans, i.e. The goods in dispute. Nothing moved.',
    [
      'It was exports vs. imports again, e.g. Chips and soybeans, i.e. The goods in dispute.',
      'Nothing moved.',
    ],
  ],
  [
    'etc. inside and at the end of a sentence',
    'Tariffs, quotas, etc. were discussed. They traded soybeans, chips, aircraft, etc. The total was unclear.',
    [
      'Tariffs, quotas, etc. were discussed.',
      'They traded soybeans, chips, aircraft, etc.',
      'The total was unclear.',
    ],
  ],
  [
    'St. before a name and after a street',
    'A rally on St. Patrick’s Day crossed St. Louis. The parade went down Water St. It ended at noon.',
    [
      'A rally on St. Patrick’s Day crossed St. Louis.',
      'The parade went down Water St.',
      'It ended at noon.',
    ],
  ],
  [
    'decimals, money and percentages',
    'The war cost an estimated $2.8 trillion, a 6.7% drag on output. Duties fell from 27.5% to 15%. Exports hit 3.5bn yuan.',
    [
      'The war cost an estimated $2.8 trillion, a 6.7% drag on output.',
      'Duties fell from 27.5% to 15%.',
      'Exports hit 3.5bn yuan.',
    ],
  ],
  [
    'version numbers and clock times',
    'The app moved to version 2.4.1 at 10.30 local time. Users noticed by 11.45.',
    ['The app moved to version 2.4.1 at 10.30 local time.', 'Users noticed by 11.45.'],
  ],
  [
    'number ending a sentence before a number',
    'Growth was 4.2 in 2024. 2025 looks weaker. In 2026 it may recover.',
    ['Growth was 4.2 in 2024.', '2025 looks weaker.', 'In 2026 it may recover.'],
  ],
  [
    'multi-sentence quote with an ellipsis ending the sentence',
    'She added: “It is on the agenda. We are going to push… Let’s see how it goes.”',
    ['She added: “It is on the agenda. We are going to push… Let’s see how it goes.”'],
  ],
  [
    'multi-sentence quote followed by attribution',
    '“We want a deal. We are close … we will see,” the minister told reporters. Talks resume Monday.',
    [
      '“We want a deal. We are close … we will see,” the minister told reporters.',
      'Talks resume Monday.',
    ],
  ],
  [
    'two quotes around an attribution',
    '“Nothing is settled. Everything is possible,” said a senior official. “We keep talking.”',
    ['“Nothing is settled. Everything is possible,” said a senior official.', '“We keep talking.”'],
  ],
  [
    'a quote that ends the sentence, then a new sentence',
    'The minister said: “The border is open. Trucks are moving.” Traffic resumed at dawn.',
    ['The minister said: “The border is open. Trucks are moving.”', 'Traffic resumed at dawn.'],
  ],
  [
    'straight double quotes',
    '"This is serious. We are watching," the spokesperson said. "Nobody wants a war."',
    ['"This is serious. We are watching," the spokesperson said.', '"Nobody wants a war."'],
  ],
  [
    'single quotes nested in double quotes',
    '“He told me ‘no. Not now.’ Then he hung up,” the aide said. Nobody called back.',
    ['“He told me ‘no. Not now.’ Then he hung up,” the aide said.', 'Nobody called back.'],
  ],
  [
    'single quotes as the outer quotation (British style)',
    '‘We will not back down. Not an inch,’ the premier said. The crowd cheered.',
    ['‘We will not back down. Not an inch,’ the premier said.', 'The crowd cheered.'],
  ],
  [
    'question inside a quote followed by lower-case attribution',
    '“Why now?” she asked. “Because the timing is right!” he replied.',
    ['“Why now?” she asked.', '“Because the timing is right!” he replied.'],
  ],
  [
    'unbalanced quote closed by a line break',
    '“This will be a long process. It starts today.\nThe envoy then left.',
    ['“This will be a long process.', 'It starts today.', 'The envoy then left.'],
  ],
  [
    'apostrophes are not quotes',
    "The ’90s trade war was different. Trump’s aides say it’s not comparable. The players’ union agreed. Rock 'n' roll played.",
    [
      'The ’90s trade war was different.',
      'Trump’s aides say it’s not comparable.',
      'The players’ union agreed.',
      "Rock 'n' roll played.",
    ],
  ],
  [
    'headline without final punctuation',
    'Leaders Gather for Pacific Summit\nThe summit opened Monday. It ends Friday.',
    ['Leaders Gather for Pacific Summit', 'The summit opened Monday.', 'It ends Friday.'],
  ],
  [
    'bullets are units without their marker',
    'Key points\n- Tariffs were cut\n- Exports rose 4%\n• Talks continue\n* A second round is planned\n+ Details follow',
    [
      'Key points',
      'Tariffs were cut',
      'Exports rose 4%',
      'Talks continue',
      'A second round is planned',
      'Details follow',
    ],
  ],
  [
    'numbered list items',
    '1. The first round ends today.\n2) The second begins in May.\n10. Results follow.',
    ['The first round ends today.', 'The second begins in May.', 'Results follow.'],
  ],
  [
    'bullet holding two sentences',
    '- Trade rose. Prices fell.\n  • Wages were flat',
    ['Trade rose.', 'Prices fell.', 'Wages were flat'],
  ],
  [
    'byline, source and credit lines',
    'By Maria Lopez, Europe correspondent\nThe ministers met in Brussels.\nSource: Reuters\n\nWritten By Tom Ade',
    [
      'By Maria Lopez, Europe correspondent',
      'The ministers met in Brussels.',
      'Source: Reuters',
      'Written By Tom Ade',
    ],
  ],
  [
    'photo caption with an agency credit',
    'Prime Minister Jane Roe waves in Tokyo, Japan, October 27, 2025. REUTERS/Ann Lee',
    ['Prime Minister Jane Roe waves in Tokyo, Japan, October 27, 2025.', 'REUTERS/Ann Lee'],
  ],
  [
    'section headings between paragraphs',
    'Trade Agenda\nThe two sides disagree on chips.\nSecurity Talks\nThe alliance was reaffirmed.',
    [
      'Trade Agenda',
      'The two sides disagree on chips.',
      'Security Talks',
      'The alliance was reaffirmed.',
    ],
  ],
  [
    'hard-wrapped lines join into one sentence',
    'The ministers met in Brussels to discuss the\nsupply of rare earths, which has been\nlimited since April. A deal is near.',
    [
      'The ministers met in Brussels to discuss the\nsupply of rare earths, which has been\nlimited since April.',
      'A deal is near.',
    ],
  ],
  [
    'line breaks after a sentence end or before a capital are not joined',
    'The talks ended.\nthe next round is open.\nMinisters met with\nPresident Lee in Seoul.',
    [
      'The talks ended.',
      'the next round is open.',
      'Ministers met with',
      'President Lee in Seoul.',
    ],
  ],
  [
    'a title at a line end continues on the next line',
    'The panel was led by Dr.\nAmara Singh of the WHO. It met twice.',
    ['The panel was led by Dr.\nAmara Singh of the WHO.', 'It met twice.'],
  ],
  [
    'em and en dashes are not sentence ends',
    'The meeting—the first since 2019—went well. The 2019–2025 period was tense – analysts agree.',
    [
      'The meeting—the first since 2019—went well.',
      'The 2019–2025 period was tense – analysts agree.',
    ],
  ],
  [
    'non-breaking spaces',
    'Mr.\u00a0Lee arrived at 9\u202fa.m. The talks began.\u00a0They ended at noon.',
    ['Mr.\u00a0Lee arrived at 9\u202fa.m.', 'The talks began.', 'They ended at noon.'],
  ],
  [
    'CRLF line endings and blank lines',
    'Headline Here\r\nFirst sentence. Second one.\r\n\r\nThird paragraph.\r\n',
    ['Headline Here', 'First sentence.', 'Second one.', 'Third paragraph.'],
  ],
  ['CR-only line endings', 'One line\rTwo lines.\rThree.', ['One line', 'Two lines.', 'Three.']],
  [
    'tabs and runs of blank lines',
    '\tFirst.\t\tSecond.\n\n\n\n   Third.   \n\n',
    ['First.', 'Second.', 'Third.'],
  ],
  [
    'question and exclamation marks, alone and combined',
    'Will they sign? Nobody knows! What then?! The markets wait. Really?? Yes.',
    ['Will they sign?', 'Nobody knows!', 'What then?!', 'The markets wait.', 'Really??', 'Yes.'],
  ],
  [
    'sentence ending in a closing parenthesis',
    'The yuan fell (it had risen in May.) Then it recovered (slowly). Traders shrugged.',
    ['The yuan fell (it had risen in May.)', 'Then it recovered (slowly).', 'Traders shrugged.'],
  ],
  [
    'sentences inside parentheses stay with their aside',
    'Tariffs rose (see the annex. It lists every line.) Officials declined to comment. Ratings fell (sharply) in May.',
    [
      'Tariffs rose (see the annex. It lists every line.)',
      'Officials declined to comment.',
      'Ratings fell (sharply) in May.',
    ],
  ],
  [
    'a stray parenthesis protects nothing',
    'Item a) was approved. Item (b was not. The vote is final.',
    ['Item a) was approved.', 'Item (b was not.', 'The vote is final.'],
  ],
  [
    'British punctuation: period after the closing quote',
    'He promised an extra 10% “over and above what they pay now”. Markets shrugged.',
    ['He promised an extra 10% “over and above what they pay now”.', 'Markets shrugged.'],
  ],
  [
    'sentence ending in a closing quote',
    'He called the accord “historic.” The treaty takes effect in March.',
    ['He called the accord “historic.”', 'The treaty takes effect in March.'],
  ],
  [
    'URLs and e-mail addresses',
    'Read the text at https://www.example.gov/trade/2025.html today. Questions go to press.office@example.org. Replies may take days.',
    [
      'Read the text at https://www.example.gov/trade/2025.html today.',
      'Questions go to press.office@example.org.',
      'Replies may take days.',
    ],
  ],
  [
    'ellipsis outside quotes',
    'The talks stalled... Then a breakthrough came. He paused … and then continued.',
    ['The talks stalled...', 'Then a breakthrough came.', 'He paused … and then continued.'],
  ],
  [
    'spaced ellipsis',
    'The memo read: the plan is . . . unworkable. Officials disagreed.',
    ['The memo read: the plan is . . . unworkable.', 'Officials disagreed.'],
  ],
  [
    'emoji next to sentence ends',
    'Crowds cheered 🎉. The leaders waved 👋! Then they left.',
    ['Crowds cheered 🎉.', 'The leaders waved 👋!', 'Then they left.'],
  ],
  [
    'guillemets',
    '«Nous sommes prêts. Allons-y», a dit le ministre. La séance est levée.',
    ['«Nous sommes prêts. Allons-y», a dit le ministre.', 'La séance est levée.'],
  ],
  [
    'lower-case word after a period is a continuation',
    'The figure is approx. five billion. It may rise.',
    ['The figure is approx. five billion.', 'It may rise.'],
  ],
];

describe('splitSentences on news text', () => {
  it('covers at least 40 news cases', () => {
    expect(NEWS_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(NEWS_CASES)('%s', (_name, input, expected) => {
    const units = splitSentences(input);
    expect(units.map((unit) => unit.text)).toEqual(expected);
    expectValidSplit(input, units);
  });
});

describe('splitSentences offsets', () => {
  it('reports offsets into the original string, CRLF and all', () => {
    const input = '  Headline\r\n\r\nMr. Lee spoke.  He left.\r\n- Item one';
    expect(splitSentences(input)).toEqual([
      { text: 'Headline', start: 2, end: 10 },
      { text: 'Mr. Lee spoke.', start: 14, end: 28 },
      { text: 'He left.', start: 30, end: 38 },
      { text: 'Item one', start: 42, end: 50 },
    ]);
  });

  it('keeps the bullet marker out of text and start', () => {
    const input = 'Points:\n  •\tFirst point\n12) Second point';
    const units = splitSentences(input);
    expect(units.map(({ text, start }) => [text, start])).toEqual([
      ['Points:', 0],
      ['First point', 12],
      ['Second point', 28],
    ]);
  });

  it('counts offsets in UTF-16 code units across emoji and surrogate pairs', () => {
    const input = '😀 Smile. 𝐁old text here.';
    const units = splitSentences(input);
    expect(units).toEqual([
      { text: '😀 Smile.', start: 0, end: 9 },
      { text: '𝐁old text here.', start: 10, end: 26 },
    ]);
  });

  it('returns an empty list for empty or whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\r\n\u00a0\u2028 ')).toEqual([]);
  });

  it('returns plain serialisable objects', () => {
    const units = splitSentences('One. Two.');
    expect(JSON.parse(JSON.stringify(units))).toEqual(units);
  });
});

describe('splitSentences input checks', () => {
  it.each([[42], [null], [undefined], [{ text: 'x' }], [['a']]])(
    'rejects %j with INVALID_ARTICLE',
    (value) => {
      let caught: unknown;
      try {
        splitSentences(value as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CorroborateError);
      expect((caught as CorroborateError).code).toBe('INVALID_ARTICLE');
      expect((caught as CorroborateError).message).toMatch(/expects the article text as a string/);
    },
  );
});

// Characters chosen to hit every branch: terminators, quotes, apostrophes, bullets, spaces, breaks.
const TRICKY_CHARS = [
  ...'aZ. ?!…"\'“”‘’«»()-*•1 9\n\r\t',
  '\u00a0',
  '\u202f',
  '\u2028',
  '\r\n',
  '😀',
  '\ud800',
  '\udfff',
  'U.S.',
  'Mr.',
  'He',
  '...',
  '- ',
  '1. ',
];
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TRICKY_CHARS),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

// Any UTF-16 code units, so lone and reversed surrogates occur (fast-check's 'binary' never makes them).
const codeUnitText = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));

describe('splitSentences properties', () => {
  it('accounts for every non-whitespace character exactly once (bullet markers aside)', () => {
    fc.assert(
      fc.property(trickyText, (input) => {
        expectValidSplit(input, splitSentences(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('holds on arbitrary UTF-16 code units, lone surrogates included', () => {
    fc.assert(
      fc.property(codeUnitText, (input) => {
        expectValidSplit(input, splitSentences(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('splits paragraphs independently: a blank line is a hard boundary', () => {
    fc.assert(
      fc.property(trickyText, trickyText, (first, second) => {
        const joined = `${first}\n\n${second}`;
        const offset = first.length + 2;
        const expected = [
          ...splitSentences(first),
          ...splitSentences(second).map((unit) => ({
            text: unit.text,
            start: unit.start + offset,
            end: unit.end + offset,
          })),
        ];
        expect(splitSentences(joined)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(trickyText, (input) => {
        expect(splitSentences(input)).toEqual(splitSentences(input));
      }),
      { numRuns: 300 },
    );
  });
});

describe('character classes', () => {
  it('isWhitespace agrees with the \\s of JavaScript on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isWhitespace(code)).toBe(/\s/.test(String.fromCharCode(code)));
    }
  });

  it('isLineBreak covers LF, CR, VT, FF, LS, PS and nothing else', () => {
    const breaks = [10, 11, 12, 13, 0x2028, 0x2029];
    for (let code = 0; code <= 0xffff; code++) {
      expect(isLineBreak(code)).toBe(breaks.includes(code));
    }
  });

  it('classifies letters of any script and lone surrogates', () => {
    expect(classifyCharAt('é', 0)).toBe('lower');
    expect(classifyCharAt('Ä', 0)).toBe('upper');
    expect(classifyCharAt('北', 0)).toBe('caseless-letter');
    expect(classifyCharAt('٣', 0)).toBe('digit');
    expect(classifyCharAt('\ud800', 0)).toBe('other');
    expect(classifyCharAt('x', 5)).toBe('other');
  });
});

describe('abbreviation lists', () => {
  it('every entry ends with a period and ABBREVIATIONS is their union', () => {
    const all = [
      ...TITLE_ABBREVIATIONS,
      ...NUMBER_ABBREVIATIONS,
      ...MONTH_ABBREVIATIONS,
      ...AMBIGUOUS_ABBREVIATIONS,
    ];
    for (const entry of all) {
      expect(entry.endsWith('.')).toBe(true);
      expect(entry.length - 1).toBeLessThanOrEqual(MAX_ABBREVIATION_LENGTH);
      expect(ABBREVIATIONS.has(entry)).toBe(true);
    }
    expect(ABBREVIATIONS.size).toBe(new Set(all).size);
  });

  it('titles and ambiguous abbreviations do not overlap', () => {
    for (const entry of TITLE_ABBREVIATIONS) expect(AMBIGUOUS_ABBREVIATIONS.has(entry)).toBe(false);
  });

  it('sentence starters are capitalised single words', () => {
    for (const word of SENTENCE_STARTERS) expect(word).toMatch(/^[A-Z][a-z]*$/);
  });
});

const following = (text: string): FollowingWord => readFollowingWord(text, 0, text.length);

describe('heuristic: readWordBeforePeriod', () => {
  it('reads the abbreviation a period closes, inner periods included', () => {
    expect(readWordBeforePeriod('in the U.S.', 10, 0)).toBe('U.S.');
    expect(readWordBeforePeriod('(Mr.', 3, 0)).toBe('Mr.');
    expect(readWordBeforePeriod('“e.g.', 4, 0)).toBe('e.g.');
  });

  it('returns nothing after a digit, a symbol or an over-long word', () => {
    expect(readWordBeforePeriod('in 2025.', 7, 0)).toBe('');
    expect(readWordBeforePeriod('🎉.', 2, 0)).toBe('');
    const long = `${'a'.repeat(MAX_ABBREVIATION_LENGTH + 1)}.`;
    expect(readWordBeforePeriod(long, long.length - 1, 0)).toBe('');
  });

  it('does not read before the lower bound', () => {
    expect(readWordBeforePeriod('xyzMr.', 5, 3)).toBe('Mr.');
  });
});

describe('heuristic: isInitialism', () => {
  it('recognises one-letter segments by shape', () => {
    for (const word of ['U.S.', 'J.D.', 'a.m.', 'R.', 'U.S.A.', 'É.U.']) {
      expect(isInitialism(word)).toBe(true);
    }
  });

  it('does not fire on words or multi-letter segments', () => {
    for (const word of ['Mr.', 'Ph.D.', 'US.', '.', 'U.S', '1.2.']) {
      expect(isInitialism(word)).toBe(false);
    }
  });
});

describe('heuristic: isSentenceStarter', () => {
  it('fires on a pronoun or article after an abbreviation', () => {
    expect(isSentenceStarter(following('He said'))).toBe(true);
    expect(isSentenceStarter(following('“The deal'))).toBe(true);
    expect(isSentenceStarter(following('I’m sure'))).toBe(true);
  });

  it('does not fire on names, initials, or lower case', () => {
    expect(isSentenceStarter(following('Treasury officials'))).toBe(false);
    expect(isSentenceStarter(following('A. Smith'))).toBe(false);
    expect(isSentenceStarter(following('he said'))).toBe(false);
    expect(isSentenceStarter(following('Thereafter'))).toBe(false);
  });
});

describe('heuristic: isPeriodBoundary', () => {
  it('ends a sentence after an ordinary word before a capital or a numeral', () => {
    expect(isPeriodBoundary('Monday.', following('Leaders'))).toBe(true);
    expect(isPeriodBoundary('', following('2025 was'))).toBe(true);
  });

  it('never ends one after a title, or before lower case', () => {
    expect(isPeriodBoundary('Mr.', following('He'))).toBe(false);
    expect(isPeriodBoundary('Monday.', following('and'))).toBe(false);
    expect(isPeriodBoundary('Monday.', following(', then'))).toBe(false);
  });

  it('keeps No./Oct. with a following numeral only', () => {
    expect(isPeriodBoundary('No.', following('1 seed'))).toBe(false);
    expect(isPeriodBoundary('Oct.', following('30'))).toBe(false);
    expect(isPeriodBoundary('No.', following('Then'))).toBe(true);
  });

  it('ends one after an ambiguous abbreviation only before a sentence starter', () => {
    expect(isPeriodBoundary('U.S.', following('He said'))).toBe(true);
    expect(isPeriodBoundary('U.S.', following('Senate'))).toBe(false);
    expect(isPeriodBoundary('Inc.', following('The'))).toBe(true);
    expect(isPeriodBoundary('Inc.', following('2'))).toBe(false);
  });
});

describe('heuristic: ellipsis and strong terminators', () => {
  it('classifies terminator runs', () => {
    expect(classifyTerminatorRun('.', 0, 1)).toBe('period');
    expect(classifyTerminatorRun('...', 0, 3)).toBe('ellipsis');
    expect(classifyTerminatorRun('…', 0, 1)).toBe('ellipsis');
    expect(classifyTerminatorRun('?!', 0, 2)).toBe('strong');
    expect(classifyTerminatorRun('..?', 0, 3)).toBe('strong');
  });

  it('an ellipsis ends a sentence only before a capital', () => {
    expect(isEllipsisBoundary(following('Then'))).toBe(true);
    expect(isEllipsisBoundary(following('we will see'))).toBe(false);
    expect(isEllipsisBoundary(following('2 more'))).toBe(false);
  });

  it('?/! end a sentence unless lower case or punctuation follows', () => {
    expect(isStrongBoundary(following('Nobody'))).toBe(true);
    expect(isStrongBoundary(following('2025'))).toBe(true);
    expect(isStrongBoundary(following('she asked'))).toBe(false);
    expect(isStrongBoundary(following(', he said'))).toBe(false);
  });
});

describe('heuristic: bulletMarkerLength', () => {
  const marker = (line: string): number => bulletMarkerLength(line, 0, line.length);

  it('measures bullet and number markers with their spaces', () => {
    expect(marker('- Item')).toBe(2);
    expect(marker('•\t\tItem')).toBe(3);
    expect(marker('* Item')).toBe(2);
    expect(marker('1. Item')).toBe(3);
    expect(marker('123) Item')).toBe(5);
  });

  it('does not fire on numbers, signs, dividers or lone markers', () => {
    expect(marker('-5% on the day')).toBe(0);
    expect(marker('*Note')).toBe(0);
    expect(marker('- - -')).toBe(0);
    expect(marker('-')).toBe(0);
    expect(marker('2025. The year')).toBe(0);
    expect(marker('1.5 million')).toBe(0);
    expect(marker('— Reuters')).toBe(0);
  });
});

describe('heuristic: continuesOnNextLine', () => {
  const continues = (previous: string, next: string): boolean => {
    const text = `${previous}\n${next}`;
    return continuesOnNextLine(text, 0, previous.length, previous.length + 1);
  };

  it('joins a line ending mid-sentence to a lower-case line', () => {
    expect(continues('talks on the', 'supply of minerals')).toBe(true);
    expect(continues('talks, which', 'were held')).toBe(true);
    expect(continues('officials in the U.S.', 'said more')).toBe(true);
    expect(continues('a long-', 'term deal')).toBe(true);
  });

  it('joins a line ending with a title whatever follows', () => {
    expect(continues('led by Dr.', 'Amara Singh')).toBe(true);
  });

  it('does not join after a sentence end, or before a capital or a digit', () => {
    expect(continues('The talks ended.', 'the next round')).toBe(false);
    expect(continues('Trade Agenda', 'The two sides')).toBe(false);
    expect(continues('met with', 'President Lee')).toBe(false);
    expect(continues('rose by', '5%')).toBe(false);
  });
});

describe('heuristic: pairQuotations', () => {
  const pairs = (text: string) =>
    pairQuotations(text, 0, text.length).map(({ open, close }) => text.slice(open, close + 1));

  it('pairs curly, straight, single and angle quotes and parentheses, nested or not', () => {
    expect(pairs('“A. B,” he said')).toEqual(['“A. B,”']);
    expect(pairs('"A. B," he said')).toEqual(['"A. B,"']);
    expect(pairs('“x ‘y.’ z”')).toEqual(['“x ‘y.’ z”', '‘y.’']);
    expect(pairs("'A. B,' he said")).toEqual(["'A. B,'"]);
    expect(pairs('«A. B»')).toEqual(['«A. B»']);
    expect(pairs('(see (a). B.)')).toEqual(['(see (a). B.)', '(a)']);
  });

  it('leaves unbalanced quotes and parentheses, inch marks and apostrophes unpaired', () => {
    expect(pairs('“A. B. C.')).toEqual([]);
    expect(pairs('a 6" screen. Next "one')).toEqual([]);
    expect(pairs('It’s Trump’s ’90s plan')).toEqual([]);
    expect(pairs('the players’ union')).toEqual([]);
    expect(pairs('a) one. (b two.')).toEqual([]);
  });

  it('reads straight quotes as opening or closing from their neighbours', () => {
    const text = 'He said "go." Then (“x"';
    expect(opensQuotation(text, 8, 0, text.length)).toBe(true);
    expect(closesQuotation(text, 8, 0, text.length)).toBe(false);
    expect(closesQuotation(text, 12, 0, text.length)).toBe(true);
    expect(opensQuotation(text, 12, 0, text.length)).toBe(false);
    expect(opensQuotation(text, 22, 0, text.length)).toBe(false);
    expect(closesQuotation(text, 22, 0, text.length)).toBe(true);
    expect(closesQuotation('a 6"x', 3, 0, 5)).toBe(false);
  });

  it('tells apostrophes from quotes', () => {
    const text = 'It’s the ’90s ‘now’';
    expect(isApostrophe(text, 2, 0, text.length)).toBe(true);
    expect(isApostrophe(text, 9, 0, text.length)).toBe(true);
    expect(isApostrophe(text, 14, 0, text.length)).toBe(false);
    expect(isApostrophe(text, 18, 0, text.length)).toBe(false);
  });
});
