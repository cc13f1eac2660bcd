// Whether a date is told as past or future (the nearest tense cue: "will", "last", "-ed" verbs),
// whether it sits in a background clause about history, and whether it is inside a quotation.
import type { Token } from '../../text/tokenize.js';

/** Tense-neutral words that mark a date as background history ("since 2019", "back in 2023"). */
const HISTORY_MARKERS: ReadonlySet<string> = new Set(['since']);
/** Two-word history markers, as "first second" ("back in", "as early as" is checked as "early as"). */
const HISTORY_BIGRAMS: ReadonlySet<string> = new Set(['back in', 'early as', 'back to']);

/** Words that place a clause after the article's own time (scheduling, intention, "will"). */
const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will',
  'shall',
  'upcoming',
  'forthcoming',
  'planned',
  'plans',
  'plan',
  'planning',
  'scheduled',
  'slated',
  'expected',
  'expects',
  'anticipated',
  'intends',
  'intend',
  'aims',
  'aim',
  'hopes',
  'hope',
  'expect',
  'prepares',
  'preparing',
  'next',
  'later',
  'tomorrow',
  'coming',
  'ahead',
]);

/** Words that are future cues only before "to": "set to", "due to", "going to", "poised to". */
const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(['set', 'due', 'going', 'poised']);

/** Words that place a clause before the article's own time: past auxiliaries and irregular pasts. */
const PAST_CUES: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'did',
  'ago',
  'last',
  'earlier',
  'previously',
  'yesterday',
  'since',
  'said',
  'told',
  'met',
  'went',
  'came',
  'made',
  'took',
  'gave',
  'left',
  'flew',
  'spoke',
  'held',
  'began',
  'became',
  'saw',
  'sent',
  'brought',
  'thought',
  'felt',
  'kept',
  'wrote',
  'sold',
  'bought',
  'paid',
  'led',
  'rose',
  'fell',
  'grew',
  'struck',
]);

/** Words ending in "-ed" that are not past-tense verbs (nouns, present verbs, common adjectives). */
const ED_NOT_PAST: ReadonlySet<string> = new Set([
  'hundred',
  'need',
  'speed',
  'seed',
  'feed',
  'proceed',
  'exceed',
  'succeed',
  'indeed',
  'embed',
  'united',
  'based',
  'limited',
  'related',
  'detailed',
  'advanced',
  'armed',
  'interested',
  'concerned',
  'supposed',
  'alleged',
  'beloved',
  'sacred',
]);

/** Words before an "-ed" word that make it an adjective ("a planned meeting", "the limited talks"). */
const ADJECTIVE_MAKERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'very',
  'highly',
  'more',
  'most',
  'less',
  'least',
  'well',
  'newly',
  'much',
]);

/**
 * Furthest a tense cue may stand from a date, in word tokens. Chosen so that the scheduling
 * word at the head of a long noun phrase still reaches the date at its end ("a planned meeting
 * with Chinese President Xi Jinping in Busan, South Korea, on Thursday": 12 words), while a
 * verb in another clause of a long sentence usually does not.
 */
export const MAX_TENSE_CUE_DISTANCE = 15;

/** Direction of time a clause points in, relative to the article's own time. */
export type Direction = 'past' | 'future' | null;

/** Whether a history marker stands right before the date: "since 2019", "back in 2023", "as early as 2019". */
export function isHistoryMarked(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1];
  if (previous === undefined) return false;
  if (HISTORY_MARKERS.has(previous.norm)) return true;
  const beforePrevious = tokens[first - 2];
  return (
    beforePrevious !== undefined && HISTORY_BIGRAMS.has(`${beforePrevious.norm} ${previous.norm}`)
  );
}

const PAST = -1;
const FUTURE = 1;

/**
 * Tense cue of every token: +1 future ("will", "planned", "set to"), −1 past ("was", "said",
 * an "-ed" verb that no determiner makes an adjective), 0 none.
 */
export function tenseCues(tokens: readonly Token[]): Int8Array {
  const cues = new Int8Array(tokens.length);
  tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    cues[index] = tenseCueOf(token.norm, tokens[index - 1]?.norm, tokens[index + 1]?.norm);
  });
  return cues;
}

/** Tense cue of one word given its neighbours (see {@link tenseCues}). */
export function tenseCueOf(
  word: string,
  previous: string | undefined,
  next: string | undefined,
): number {
  if (FUTURE_CUES.has(word) || word.endsWith("'ll")) return FUTURE;
  if (FUTURE_BEFORE_TO.has(word) && next === 'to') return FUTURE;
  if (PAST_CUES.has(word)) return PAST;
  if (isPastParticipleVerb(word, previous)) return PAST;
  return 0;
}

/**
 * "embarked", "has warned": an "-ed" word is a past verb unless it is short, a known non-verb
 * ("hundred", "united"), hyphenated ("long-awaited") or follows a determiner that makes it an
 * adjective ("a planned meeting").
 */
function isPastParticipleVerb(word: string, previous: string | undefined): boolean {
  if (word.length < 5 || !word.endsWith('ed') || word.includes('-')) return false;
  if (ED_NOT_PAST.has(word)) return false;
  return previous === undefined || !ADJECTIVE_MAKERS.has(previous);
}

/**
 * The tense cue nearest to tokens [first, last), counting word tokens either way up to
 * {@link MAX_TENSE_CUE_DISTANCE}; equally near cues that disagree cancel out.
 */
export function nearestTenseCue(cues: Int8Array, first: number, last: number): Direction {
  let left = first - 1;
  let right = last;
  for (let distance = 1; distance <= MAX_TENSE_CUE_DISTANCE; distance++) {
    const leftCue = left >= 0 ? (cues[left] as number) : 0;
    const rightCue = right < cues.length ? (cues[right] as number) : 0;
    if (leftCue !== 0 || rightCue !== 0) {
      const sum = leftCue + rightCue;
      if (sum === 0) return null;
      return sum > 0 ? 'future' : 'past';
    }
    left--;
    right++;
    if (left < 0 && right >= cues.length) break;
  }
  return null;
}

/** Double quotation marks that open, close, or (straight `"`) do either depending on neighbours. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '„', '«']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»']);

/**
 * 1 for each token inside double quotation marks. State is per sentence: the sentence
 * splitter keeps a quotation closed on the same line in one unit, and a quote left open at a
 * line break protects nothing. A closing mark with no opener quotes everything before it.
 */
export function quotedTokens(tokens: readonly Token[], text: string): Uint8Array {
  const quoted = new Uint8Array(tokens.length);
  let open = false;
  let sawQuote = false;
  tokens.forEach((token, index) => {
    if (token.kind === 'punct') {
      const role = quoteRole(token, text);
      if (role === 'open') {
        open = true;
        sawQuote = true;
        return;
      }
      if (role === 'close') {
        if (!open && !sawQuote) quoted.fill(1, 0, index);
        open = false;
        sawQuote = true;
        return;
      }
    }
    if (open) quoted[index] = 1;
  });
  return quoted;
}

/** Whether a punctuation token opens or closes a quotation (straight quotes by their neighbours). */
function quoteRole(token: Token, text: string): 'open' | 'close' | null {
  if (OPENING_QUOTES.has(token.text)) return 'open';
  if (CLOSING_QUOTES.has(token.text)) return 'close';
  if (token.text !== '"') return null;
  const before = token.start === 0 ? ' ' : text.charAt(token.start - 1);
  const after = text.charAt(token.end);
  const spaceBefore = before === ' ' || before === '(' || before === '[' || before === '\t';
  const spaceAfter = after === '' || after === ' ' || after === '\t';
  return spaceBefore && !spaceAfter ? 'open' : 'close';
}
