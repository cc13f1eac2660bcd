// What a figure quantifies: the noun phrase after it ("53,000 personnel") or before it
// ("tariffs on Chinese imports of 15%"), found within a bounded window of tokens.
import { SCALE_EXPONENTS } from '../../text/money-words.js';
import { SMALL_NUMBER_WORDS } from '../../text/number-words.js';
import { isStopword } from '../../text/stopwords.js';
import type { Token } from '../../text/tokenize.js';
import { tenseCueOf } from '../dates/tense.js';
import { type Figure, isCapitalisedWord, isInitialism, MULTIPLIER_WORDS } from './numbers.js';

/** Words that end a subject noun phrase or cannot be its head though not stopwords. */
const NON_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'according',
  'ago',
  'times',
  'fold',
  'percent',
  'per',
  'cent',
  'points',
  'point',
  'said',
  'says',
  'say',
  'told',
  'compared',
  'respectively',
  'alone',
  'last',
  'next',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'versus',
  'vs',
  'following',
  'lower',
  'higher',
  'late',
  'early',
  'earlier',
  'later',
  'full',
  'ahead',
  'behind',
  'straight',
]);

/** Adverbs that may sit between a sum and what it buys ("$350 billion upfront in …"). */
const SKIPPABLE_AFTER_FIGURE: ReadonlySet<string> = new Set([
  'upfront',
  'annually',
  'apiece',
  'overall',
  'total',
  'each',
  'yearly',
]);

/**
 * Words between a figure and the noun phrase before it that say how they relate, not what is
 * counted ("tariffs … to as high as 155%", "trade surging 26%", "aid totaling $61 billion").
 */
const LINK_WORDS: ReadonlySet<string> = new Set([
  'to',
  'at',
  'by',
  'of',
  'as',
  'high',
  'low',
  'much',
  'many',
  'than',
  'more',
  'less',
  'fewer',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'under',
  'up',
  'beyond',
  'worth',
  'reach',
  'reached',
  'reaches',
  'hit',
  'hits',
  'stood',
  'stands',
  'rose',
  'fell',
  'grew',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'from',
  'some',
  'an',
  'roughly',
  'approximately',
  'estimated',
  'just',
  'least',
  'most',
  'already',
  'now',
  'still',
]);

/** Prepositions that may join two nouns inside one subject ("tariffs on Chinese imports", "aid to Ukraine"). */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'in', 'to']);

/** Most words a subject noun phrase takes on either side of its preposition. */
const MAX_SUBJECT_WORDS = 3;
/** Most link words skipped between a figure and the noun phrase before it (see {@link LINK_WORDS}). */
const MAX_LINK_WORDS = 5;
/** Determiners and possessives skipped between "of"/"in" and the noun phrase ("6.7% of its GDP"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'all',
]);

/**
 * The noun phrase after a figure: "53,000 US troops", "$550 billion in planned investments",
 * "$100 billion worth of Russian energy", "6.7% of GDP", "a five-day visit". It ends at a
 * function word, punctuation, a verb form, or after a plural head noun ("two leaders met").
 * "in" introduces a subject only for money and only when a lower-case word follows, so "$550
 * billion in the US" does not make "us" the subject.
 */
export function forwardSubject(tokens: readonly Token[], index: number, figure: Figure): string[] {
  let cursor = index;
  for (let step = 0; step < 2 && SKIPPABLE_AFTER_FIGURE.has(tokens[cursor]?.norm ?? ''); step++) {
    cursor++;
  }
  const words: string[] = [];
  if (figure.compound !== undefined && figure.unit !== 'duration' && figure.compound !== 'strong') {
    // "a five-nation tour": the compound names what is counted.
    words.push(figure.compound);
  }
  const lead = tokens[cursor];
  let afterPreposition = false;
  let inPlace = false;
  if (words.length === 0 && lead !== undefined) {
    if (lead.norm === 'worth') {
      cursor++;
      if (tokens[cursor]?.norm === 'of') cursor++;
      afterPreposition = true;
    } else if (lead.norm === 'of' || (lead.norm === 'in' && figure.unit === 'money')) {
      inPlace = lead.norm === 'in';
      cursor++;
      afterPreposition = true;
    }
    if (afterPreposition) {
      for (let step = 0; step < 2 && SUBJECT_DETERMINERS.has(tokens[cursor]?.norm ?? ''); step++) {
        cursor++;
      }
      if (inPlace && isPlaceName(tokens, cursor)) return [];
    }
  }
  let joined = false;
  let pendingConjunction: string | null = null;
  while (words.length < MAX_SUBJECT_WORDS + 1) {
    const token = tokens[cursor];
    if (!joined && words.length > 0 && isJoinedNoun(tokens, cursor, 1)) {
      // "refining and processing plants": one "and"/"or" between two nouns stays in the phrase.
      joined = true;
      pendingConjunction = (token as Token).norm;
      cursor++;
      continue;
    }
    if (token === undefined || !isSubjectWord(token)) break;
    // A phrase's first word, or the first after "and": "-ed"/"-ing" may be adjectives
    // ("planned investments", "and processing plants"); later ones end the phrase.
    const opening = words.length === 0 || pendingConjunction !== null;
    const verb = opening
      ? isFiniteVerb(tokens, cursor)
      : isVerbForm(token, tokens[cursor - 1], tokens[cursor + 1]);
    if (verb) break;
    if (pendingConjunction !== null) {
      words.push(pendingConjunction);
      pendingConjunction = null;
    }
    words.push(token.norm);
    cursor++;
    if (isPluralHead(token)) break;
  }
  return words;
}

/**
 * "in the US", "in Japan": after "in", a run of capitalised words that no lower-case noun
 * follows is a place, not what a sum is for ("in Russian central bank assets" is a subject).
 */
function isPlaceName(tokens: readonly Token[], index: number): boolean {
  let cursor = index;
  while (cursor < tokens.length && cursor - index < MAX_SUBJECT_WORDS) {
    const token = tokens[cursor] as Token;
    if (token.kind !== 'word' || !isCapitalisedWord(token)) break;
    cursor++;
  }
  if (cursor === index) return tokens[index] === undefined;
  const next = tokens[cursor];
  return next === undefined || !isSubjectWord(next);
}

/**
 * Third-person verbs and irregular participles that end a noun phrase though they look like
 * nouns ("the five-day mission comes", "assets frozen"): frequent in news, closed list.
 */
const VERB_WORDS: ReadonlySet<string> = new Set([
  'comes',
  'goes',
  'includes',
  'marks',
  'remains',
  'says',
  'shows',
  'begins',
  'ends',
  'faces',
  'means',
  'seems',
  'makes',
  'takes',
  'gives',
  'looks',
  'needs',
  'wants',
  'represents',
  'continues',
  'follows',
  'involves',
  'requires',
  'allows',
  'covers',
  'starts',
  'brings',
  'puts',
  'gets',
  'frozen',
  'taken',
  'given',
  'driven',
  'risen',
  'fallen',
  'grown',
  'shown',
  'known',
  'spent',
  'seen',
  'done',
  'gone',
]);

/** A word that can be part of a subject noun phrase: not a function word, figure or unit word. */
function isSubjectWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  // "US" and "U.S." are countries, not the pronoun "us".
  if (isStopword(token.norm) && !isInitialism(token)) return false;
  if (NON_SUBJECT_WORDS.has(token.norm)) return false;
  if (LINK_WORDS.has(token.norm) || SCALE_EXPONENTS.has(token.norm)) return false;
  if (SMALL_NUMBER_WORDS.has(token.norm) || MULTIPLIER_WORDS.has(token.norm)) return false;
  // "-ly" adverbs ("currently", "largely") end a noun phrase.
  return !(token.norm.length > 4 && token.norm.endsWith('ly'));
}

/** A verb form that ends a noun phrase: "-ing", "-ed", or a past/future tense cue ("met", "will"). */
function isVerbForm(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  const word = token.norm;
  if (VERB_WORDS.has(word)) return true;
  if (word.length > 4 && word.endsWith('ing')) return true;
  if (word.length >= 5 && word.endsWith('ed')) return true;
  return tenseCueOf(word, previous?.norm, next?.norm) !== 0;
}

/**
 * A verb that cannot open a noun phrase: a listed verb ("$6 billion comes from …"), an irregular
 * past ("met", "said"), or an "-ed"/"-ing" form with no noun after it ("pledged for");
 * "planned investments" and "remaining troops" are adjectives with their nouns.
 */
function isFiniteVerb(tokens: readonly Token[], index: number): boolean {
  const word = (tokens[index] as Token).norm;
  const next = tokens[index + 1];
  if (VERB_WORDS.has(word)) return true;
  if (word.endsWith('ed') || word.endsWith('ing')) {
    // "planned investments", "refining and processing plants", but not "$48 billion pledged
    // for …": an adjective or gerund needs a noun after it (or is joined to one).
    return !(next !== undefined && isSubjectWord(next)) && !isJoinedNoun(tokens, index + 1, 1);
  }
  // Future cues include nouns ("a five-year plan"); only past forms ("met", "said") are sure verbs.
  return tenseCueOf(word, tokens[index - 1]?.norm, next?.norm) < 0;
}

/** "troops", "leaders", "investments": a plural noun usually ends the noun phrase a count quantifies. */
function isPluralHead(token: Token): boolean {
  const word = token.norm;
  return (
    word.length >= 4 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  );
}

/**
 * The noun phrase before a figure, past link words and verbs: "tariffs on Chinese imports to as
 * high as 155%", "global wheat prices by 20%", "casualties mounting beyond 500,000", "aid to
 * Ukraine totaling $61 billion". Reaching the previous figure ("trade surging 26% to $240
 * billion") shares its subject; with no noun phrase, a gerund right before the figure names it
 * ("investing $550 billion"). A proper name before a verb is the actor, not the subject
 * ("Japan pledged $550 billion").
 */
export function backwardSubject(
  tokens: readonly Token[],
  start: number,
  previous: { first: number; last: number; subject: string[] } | null,
): string[] {
  let cursor = start - 1;
  let gerund: string | null = null;
  let skippedVerb = false;
  for (let skipped = 0; cursor >= 0 && skipped < MAX_LINK_WORDS; skipped++) {
    const token = tokens[cursor] as Token;
    if (previous !== null && cursor >= previous.first && cursor < previous.last) {
      return previous.subject;
    }
    if (token.kind !== 'word') break;
    if (isBareVerbAfterModal(token, tokens[cursor - 1])) {
      // "Japan will contribute $9 billion", "demand to rise 5%": skip the verb and its helper.
      skippedVerb = true;
      cursor -= 2;
      continue;
    }
    const verb = isVerbForm(token, tokens[cursor - 1], tokens[cursor + 1]);
    if (!LINK_WORDS.has(token.norm) && !verb) break;
    if (verb && gerund === null && token.norm.endsWith('ing')) gerund = token.norm;
    if (verb) skippedVerb = true;
    cursor--;
  }
  const run: string[] = [];
  let joined = false;
  while (cursor >= 0 && run.length < MAX_SUBJECT_WORDS) {
    // "nickel and lithium": one "and"/"or" between two nouns stays in the phrase.
    const conjunction = !joined && run.length > 0 && isJoinedNoun(tokens, cursor, -1);
    const wordIndex = conjunction ? cursor - 1 : cursor;
    const token = tokens[wordIndex];
    if (
      token === undefined ||
      !isSubjectWord(token) ||
      isVerbForm(token, tokens[wordIndex - 1], tokens[wordIndex + 1])
    ) {
      break;
    }
    if (conjunction) {
      run.unshift((tokens[cursor] as Token).norm);
      joined = true;
    }
    run.unshift(token.norm);
    cursor = wordIndex - 1;
  }
  if (run.length === 0) return gerund === null ? [] : [gerund];
  const preposition = tokens[cursor];
  const head = tokens[cursor - 1];
  if (
    preposition !== undefined &&
    head !== undefined &&
    SUBJECT_PREPOSITIONS.has(preposition.norm) &&
    isSubjectWord(head) &&
    !isVerbForm(head, tokens[cursor - 2], preposition)
  ) {
    return [head.norm, preposition.norm, ...run];
  }
  if (skippedVerb && isProperName(tokens, cursor + 1, run.length)) {
    return gerund === null ? [] : [gerund];
  }
  return run;
}

/**
 * Whether the token at `index` is "and"/"or" with a noun-phrase word on the far side
 * (`direction` 1 reads forwards, −1 backwards).
 */
function isJoinedNoun(tokens: readonly Token[], index: number, direction: 1 | -1): boolean {
  const conjunction = tokens[index];
  const beyond = tokens[index + direction];
  return (
    conjunction !== undefined &&
    (conjunction.norm === 'and' || conjunction.norm === 'or') &&
    beyond !== undefined &&
    isSubjectWord(beyond) &&
    !VERB_WORDS.has(beyond.norm) &&
    tenseCueOf(beyond.norm, undefined, undefined) >= 0
  );
}

/** Modal verbs and the infinitive "to": the lower-case word after them is a verb. */
const VERB_HELPERS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'to',
]);

/**
 * "contribute" in "will contribute $9 billion", "rise" in "fares to rise 5%": a lower-case word
 * after a modal or "to" is a verb, not the noun a figure measures. ("aid to Ukraine" keeps its
 * capitalised noun.)
 */
function isBareVerbAfterModal(token: Token, previous: Token | undefined): boolean {
  return (
    previous !== undefined &&
    VERB_HELPERS.has(previous.norm) &&
    !token.norm.endsWith('ing') &&
    !isCapitalisedWord(token) &&
    !LINK_WORDS.has(token.norm) &&
    !isInitialism(token)
  );
}

/**
 * Whether `count` tokens from `first` are all capitalised: before a verb ("Japan pledged $550
 * billion") such a run is who acts, not what the figure measures.
 */
function isProperName(tokens: readonly Token[], first: number, count: number): boolean {
  for (let index = first; index < first + count; index++) {
    const token = tokens[index];
    if (token === undefined || !isCapitalisedWord(token)) return false;
  }
  return true;
}

/**
 * Words after a bare count that stand for a noun said before it: "played in 10 games, then
 * missed four straight", "12 people were hurt, and two more". Only when nothing that could be
 * a noun follows them ("four more wins" counts wins).
 */
const ELLIPSIS_WORDS: ReadonlySet<string> = new Set(['straight', 'more']);

/**
 * The subject of a count whose noun is left out: after {@link ELLIPSIS_WORDS} at `index` (the
 * token after the number), the count counts what the sentence's previous figure counts, so
 * "10 games … four straight" fills the games slot twice. Empty when there is no such ellipsis
 * or no previous figure with a subject.
 */
export function elidedSubject(
  tokens: readonly Token[],
  index: number,
  previous: { subject: string[] } | null,
): string[] {
  if (previous === null || previous.subject.length === 0) return [];
  const marker = tokens[index];
  if (marker === undefined || !ELLIPSIS_WORDS.has(marker.norm)) return [];
  const next = tokens[index + 1];
  if (next !== undefined && isSubjectWord(next)) return [];
  return previous.subject;
}
