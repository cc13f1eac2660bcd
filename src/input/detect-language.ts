// Knowledge-light language check: which script the letters are in, and whose function words the
// words are. Every later stage assumes English; an article in another language is reported, not scored.
import { CorroborateError, describeType } from '../errors.js';

/** Languages the detector can name. `non-latin`: most letters are in another script. */
export type DetectedLanguage =
  | 'en'
  | 'de'
  | 'fr'
  | 'es'
  | 'it'
  | 'pt'
  | 'nl'
  | 'pl'
  | 'sv'
  | 'non-latin'
  | 'unknown';

/** Writing systems the detector tells apart; `other` is any other script with letters. */
export type DetectedScript =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'devanagari'
  | 'thai'
  | 'other'
  | 'none';

/** The Latin-script languages whose function words are counted, English first. */
export type StopwordLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'sv';

/** What {@link detectLanguage} found, with the counts behind it. */
export interface LanguageDetection {
  /** Best guess; `unknown` when the words match no list well enough. */
  language: DetectedLanguage;
  /** Script of most letters (`none` when there are no letters). */
  script: DetectedScript;
  /** 0..1: grows with the text's length and with the margin over the runner-up. */
  confidence: number;
  /** Whether the English pipeline should run on the text. */
  analysable: boolean;
  /** Plain English a person can check: "looks like German: der, die, und (31% of 240 words)". */
  reason: string;
  /** Word tokens in the sample (runs of letters). */
  words: number;
  /** Letters in the sample, any script. */
  letters: number;
  /** Share of the letters that are Latin, 0..1 (0 when there are no letters). */
  latinShare: number;
  /** Share of the words that are function words of each language, 0..1, rounded to 3 places. */
  stopwordShares: Record<StopwordLanguage, number>;
}

/**
 * Characters examined. A language shows in its function words within a few hundred words;
 * 50,000 characters (~8,000 words) keeps a 16 MB article as cheap as a short one.
 */
export const LANGUAGE_SAMPLE_CHARS = 50_000;

/**
 * Below this many words a text is too short to judge (a headline, a caption): it is
 * analysable, with low confidence. 20 words is where the English fixture sentences reach a
 * stable share of function words (single headlines range from 0% to 50%).
 */
export const MIN_WORDS_TO_JUDGE = 20;

/**
 * Share of letters that must be Latin for the text to be read as a Latin-script language.
 * Measured with `npx tsx fuzz/language-calibration.ts`: English samples are at 1.00; Russian,
 * Japanese, Korean and Chinese ones, which keep Latin code names, at 0.01-0.33. 0.5, the plain
 * majority, leaves room on both sides.
 */
export const MIN_LATIN_SHARE = 0.5;

/**
 * Least share of English function words for English. Measured with
 * `npx tsx fuzz/language-calibration.ts` (300-word samples): English news (fixture articles,
 * synthetic corpus, seed articles) lies at 0.22-0.38, terse technical English at 0.16-0.41;
 * German, French, Spanish, Italian, Polish and Portuguese text at 0.00-0.10. 0.13 is the
 * midpoint of the gap between 0.10 and 0.16.
 */
export const MIN_ENGLISH_SHARE = 0.13;

/**
 * Least share of another language's function words to name it. The same measurements put
 * foreign text at 0.15-0.51 for its own language's list and English text at or below 0.11
 * for any foreign list: 0.13 is the midpoint.
 */
export const MIN_FOREIGN_SHARE = 0.13;

/**
 * Below this share of English function words, a Latin-script text that matches no list well
 * is not read as English: Czech and Turkish text (no list of their own) measure 0.00-0.04,
 * name- and number-heavy English prose stays above 0.13; 0.06 leaves room on the low side.
 */
export const MIN_ENGLISH_SHARE_WHEN_UNKNOWN = 0.06;

/** Words at which length stops adding confidence (a few paragraphs). */
const CONFIDENT_WORDS = 100;
/** Margin over the runner-up language at which the margin stops adding confidence. */
const CONFIDENT_MARGIN = 0.2;
/** Letters at which a non-Latin verdict is fully confident. */
const CONFIDENT_LETTERS = 200;
/** Function words quoted in a reason. */
const REASON_EXAMPLES = 3;

/** English names of the languages, for reasons. */
const LANGUAGE_NAMES: Record<StopwordLanguage, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
  sv: 'Swedish',
};

// The ~40 most frequent function words of each language (from general frequency lists), all
// lists about the same size so that their shares compare. Words two languages share ("in",
// "de", "a") count for both: the margin between the best two decides, not single words.
const STOPWORD_TEXT: Record<StopwordLanguage, string> = {
  en: `the of and to in a is that for it was on with as he be by at his have from are this or
    an they which but not had has were been their its who will would said after there we she
    her them than when also about into`,
  de: `der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch
    es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über
    einen zum war haben nur oder aber vor zur`,
  fr: `de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il
    sont avec son aux ont mais ou elle été sa ses cette leur nous était entre après comme l
    d qu`,
  es: `de la que el en y los del se las por un para con no una su al es lo como más pero sus
    le ya fue este ha porque esta son entre cuando muy sin sobre también hasta hay donde han
    desde`,
  it: `di e il la che è per un in del non una della si le con i da al dei nel alla ha lo sono
    gli ma anche come più delle era suo sua questo nella dopo stato essere l dell`,
  pt: `de o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao
    ele das tem à seu sua ou ser quando muito há nos já está também pelo pela até isso`,
  nl: `de het een van en in is dat op te zijn niet met voor die er aan als ook maar om bij dan
    nog door werd naar wordt heeft hij zij wel uit over deze tot hebben kan worden al dit`,
  pl: `i w na z do nie się że to jest o jak po za od przez dla ale co jego tak już lub przy
    był była było są oraz jednak które który która tylko także może być ich tym jako go`,
  sv: `och i att det som en på är av för med till den har de inte om ett han men var jag sig
    från vi så kan man när år säger hon under också efter eller nu sin där vid mot ska`,
};

const STOPWORD_LANGUAGES = Object.keys(STOPWORD_TEXT) as StopwordLanguage[];

const STOPWORDS = new Map<StopwordLanguage, ReadonlySet<string>>(
  STOPWORD_LANGUAGES.map((language) => [
    language,
    new Set(STOPWORD_TEXT[language].split(/\s+/).filter((word) => word !== '')),
  ]),
);

/** Human names of the scripts, for reasons. */
const SCRIPT_NAMES: Record<Exclude<DetectedScript, 'none'>, string> = {
  latin: 'Latin',
  cyrillic: 'Cyrillic',
  greek: 'Greek',
  arabic: 'Arabic',
  hebrew: 'Hebrew',
  han: 'Han (Chinese characters)',
  kana: 'Japanese kana',
  hangul: 'Korean Hangul',
  devanagari: 'Devanagari',
  thai: 'Thai',
  other: 'non-Latin',
};

// One alternative per script, each a single class with one quantifier: linear on any input.
// The last alternative catches letters of every other script.
const SCRIPT_RUNS = new RegExp(
  [
    '(\\p{Script=Latin}+)',
    '(\\p{Script=Cyrillic}+)',
    '(\\p{Script=Greek}+)',
    '(\\p{Script=Arabic}+)',
    '(\\p{Script=Hebrew}+)',
    '(\\p{Script=Han}+)',
    '([\\p{Script=Hiragana}\\p{Script=Katakana}]+)',
    '(\\p{Script=Hangul}+)',
    '(\\p{Script=Devanagari}+)',
    '(\\p{Script=Thai}+)',
    '(\\p{L}+)',
  ].join('|'),
  'gu',
);
/** Scripts in the order of {@link SCRIPT_RUNS}' capture groups. */
const SCRIPT_ORDER: readonly Exclude<DetectedScript, 'none'>[] = [
  'latin',
  'cyrillic',
  'greek',
  'arabic',
  'hebrew',
  'han',
  'kana',
  'hangul',
  'devanagari',
  'thai',
  'other',
];

// A word: a letter, then letters and combining marks. Apostrophes split ("l'homme": l, homme),
// which is what the French and Italian lists expect.
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * Tells whether a text is English the pipeline can analyse, another Latin-script language,
 * or mostly another script, from two knowledge-light signals: the share of letters in Latin
 * script, and the share of words that are common function words of English and of eight
 * other European languages. Texts under {@link MIN_WORDS_TO_JUDGE} words are analysable with
 * low confidence, so a headline is never rejected. Deterministic; looks at the first
 * {@link LANGUAGE_SAMPLE_CHARS} characters.
 *
 * @throws {CorroborateError} `INVALID_ARTICLE` when `text` is not a string.
 *
 * @example
 * ```ts
 * detectLanguage('Der Bundeskanzler traf am Montag die Präsidentin der Kommission …');
 * // { language: 'de', analysable: false, reason: 'looks like German: der, die, am… ', … }
 * ```
 */
export function detectLanguage(text: string): LanguageDetection {
  if (typeof text !== 'string') {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `detectLanguage(text): text must be a string, but it is ${describeType(text)}.`,
      { field: 'text' },
    );
  }
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  const scripts = countScripts(sample);
  const letters = scripts.reduce((sum, count) => sum + count, 0);
  const latinShare = letters === 0 ? 0 : scripts[0]! / letters;
  const { words, hits, examples } = countStopwords(sample);
  const stopwordShares = Object.fromEntries(
    STOPWORD_LANGUAGES.map((language) => [
      language,
      round3(words === 0 ? 0 : hits[language] / words),
    ]),
  ) as Record<StopwordLanguage, number>;
  const base = { words, letters, latinShare: round3(latinShare), stopwordShares };

  if (letters === 0) {
    return {
      language: 'unknown',
      script: 'none',
      confidence: 0,
      analysable: true,
      reason: 'no letters to tell the language by; nothing stops the analysis.',
      ...base,
    };
  }
  if (latinShare < MIN_LATIN_SHARE) {
    const script = dominantScript(scripts);
    const share = scripts[SCRIPT_ORDER.indexOf(script)]! / letters;
    return {
      language: 'non-latin',
      script,
      confidence: round3((1 - latinShare) * Math.min(1, letters / CONFIDENT_LETTERS)),
      analysable: false,
      reason: `mostly ${SCRIPT_NAMES[script]} script (${percent(share)} of ${letters} letters); only English text can be analysed.`,
      ...base,
    };
  }

  const ranked = rankLanguages(stopwordShares);
  const [best, runnerUp] = ranked;
  const english = stopwordShares.en;
  const evidence = Math.min(1, words / CONFIDENT_WORDS);
  const marginConfidence = (share: number, other: number) =>
    round3(evidence * Math.min(1, Math.max(0, share - other) / CONFIDENT_MARGIN));
  const counted = `${percent(english)} of ${words} words are English function words`;

  if (words < MIN_WORDS_TO_JUDGE) {
    const guess = best!.share > 0 ? best!.language : 'unknown';
    return {
      language: guess,
      script: 'latin',
      confidence: guess === 'unknown' ? 0 : marginConfidence(best!.share, runnerUp!.share),
      analysable: true,
      reason: `only ${words} word${words === 1 ? '' : 's'}: too short to judge the language (a headline or caption), so it is analysed.`,
      ...base,
    };
  }
  if (isEnglish(english, best!.share)) {
    const other = best!.language === 'en' ? runnerUp!.share : best!.share;
    return {
      language: 'en',
      script: 'latin',
      confidence: marginConfidence(english, other),
      analysable: true,
      reason: `reads as English: ${counted} (${quoteExamples(examples.en)}).`,
      ...base,
    };
  }
  if (best!.language !== 'en' && isForeign(best!.share, english)) {
    const name = LANGUAGE_NAMES[best!.language];
    return {
      language: best!.language,
      script: 'latin',
      confidence: marginConfidence(best!.share, english),
      analysable: false,
      reason: `looks like ${name}: ${quoteExamples(examples[best!.language])}… (${percent(best!.share)} of ${words} words are ${name} function words, ${percent(english)} English); only English text can be analysed.`,
      ...base,
    };
  }
  const analysable = english >= MIN_ENGLISH_SHARE_WHEN_UNKNOWN;
  return {
    language: 'unknown',
    script: 'latin',
    confidence: 0,
    analysable,
    reason: analysable
      ? `Latin script matching no language well: ${counted}, enough to try the analysis.`
      : `Latin script but not recognisably English: ${counted}, fewer than ${percent(MIN_ENGLISH_SHARE_WHEN_UNKNOWN)}.`,
    ...base,
  };
}

// English wins when its function words are common and at least as common as any other list's.
function isEnglish(englishShare: number, bestShare: number): boolean {
  return englishShare >= MIN_ENGLISH_SHARE && englishShare >= bestShare;
}

// Another language is named only when its function words are common and beat English's.
function isForeign(foreignShare: number, englishShare: number): boolean {
  return foreignShare >= MIN_FOREIGN_SHARE && foreignShare > englishShare;
}

/** Letters per script, in {@link SCRIPT_ORDER}, counted in code points. */
function countScripts(sample: string): number[] {
  const counts = SCRIPT_ORDER.map(() => 0);
  for (const match of sample.matchAll(SCRIPT_RUNS)) {
    for (let group = 1; group <= SCRIPT_ORDER.length; group++) {
      const run = match[group];
      if (run === undefined) continue;
      counts[group - 1]! += codePointLength(run);
      break;
    }
  }
  return counts;
}

function codePointLength(run: string): number {
  let length = 0;
  for (let index = 0; index < run.length; index++) {
    const code = run.charCodeAt(index);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < run.length) {
      const next = run.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    length++;
  }
  return length;
}

/** The script with most letters; ties go to the earlier script in {@link SCRIPT_ORDER}. */
function dominantScript(counts: readonly number[]): Exclude<DetectedScript, 'none' | 'latin'> {
  let best = 1;
  for (let index = 2; index < counts.length; index++)
    if (counts[index]! > counts[best]!) best = index;
  return SCRIPT_ORDER[best] as Exclude<DetectedScript, 'none' | 'latin'>;
}

interface StopwordCounts {
  words: number;
  hits: Record<StopwordLanguage, number>;
  /** Each language's function words in the sample, most frequent first (ties alphabetical). */
  examples: Record<StopwordLanguage, string[]>;
}

function countStopwords(sample: string): StopwordCounts {
  const frequency = new Map<string, number>();
  let words = 0;
  for (const match of sample.matchAll(WORD)) {
    words++;
    const word = match[0].toLowerCase();
    frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const hits = {} as Record<StopwordLanguage, number>;
  const examples = {} as Record<StopwordLanguage, string[]>;
  for (const language of STOPWORD_LANGUAGES) {
    const list = STOPWORDS.get(language)!;
    const found: [string, number][] = [];
    let total = 0;
    for (const [word, count] of frequency) {
      if (!list.has(word)) continue;
      total += count;
      found.push([word, count]);
    }
    found.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    hits[language] = total;
    examples[language] = found.slice(0, REASON_EXAMPLES).map(([word]) => word);
  }
  return { words, hits, examples };
}

/** Languages by share, highest first; ties keep {@link STOPWORD_LANGUAGES} order (English first). */
function rankLanguages(
  shares: Record<StopwordLanguage, number>,
): { language: StopwordLanguage; share: number }[] {
  return STOPWORD_LANGUAGES.map((language, order) => ({ language, share: shares[language], order }))
    .sort((x, y) => y.share - x.share || x.order - y.order)
    .map(({ language, share }) => ({ language, share }));
}

function quoteExamples(words: readonly string[]): string {
  return words.length === 0 ? 'no common function words' : words.join(', ');
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
