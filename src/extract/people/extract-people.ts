// Finds people's names in an article's sentences: title patterns and capitalised-sequence rules
// with stop-lists first, short forms of names already found second, compromise last and only for
// the capitalised words nothing cheaper explained.
import { assertSentences } from '../../text/assert-sentences.js';
import type { SentenceSpan } from '../../text/types.js';
import type { TrieMatch, WordToken } from '../../text/word-tokens.js';
import { type GazetteerEntry, type TokenizedSentences, tokenizeSentences } from '../gazetteer.js';
import { assignArticleKeys, personNameKey } from '../person-coreference.js';
import type { PersonMention } from '../types.js';
import { acronymCandidates } from './acronyms.js';
import { takeCommonNounPhrases } from './common-phrases.js';
import {
  innerDescriptorEnd,
  isLeadingDescriptor,
  leadingWordNorms,
  pluralTeamNorms,
} from './descriptors.js';
import { countWords } from './lexicon.js';
import {
  acceptVouchedHeadingNames,
  candidateKey,
  isSentenceCaseWord,
  lowerCaseVocabulary,
  rangeWords,
  resolveFromKnownNames,
  resolveWithCompromise,
  sentenceOpenerNorms,
  venueNameKeys,
} from './resolve.js';
import { type NameCandidate, type PendingWord, scanSentence } from './runs.js';
import { namedThingKeys } from './things.js';
import { ABBREVIATED_TITLES } from './word-lists.js';

/**
 * Finds the people named in an article's sentences.
 *
 * Rules, cheapest first: a title or honorific before a capitalised sequence ("Chinese President
 * Xi Jinping", "Mr Lee"); a sequence of two or more capitalised words that stop-lists do not
 * explain as a place, organisation, date, heading or sentence opener ("Sanae Takaichi"); a single
 * word that is the first or last word of a name found elsewhere in the article ("Takaichi");
 * finally compromise's people lexicon, only for the capitalised words still unexplained.
 * Describing words are cut off a name ("Actress Jane Roe", "Highway Patrol Officer Jane Roe",
 * "Hawk Jane Roe" beside "the Hawks" → "Jane Roe"), and a headline name counts when the prose
 * uses its surname alone as a name; a one-word place after a listed given name is a surname
 * ("Eddie Jordan"). Names the article writes as a team, place or company ("the Indianapolis
 * Colts", "Aceh province", "Fort Smith") and capitalised phrases ending in an ordinary noun
 * ("Windows Update", "Heavyweight Champion") are not people (see {@link namesIn}).
 * Bylines and photo credits are returned with `byline: true`. Sorted by position.
 *
 * @example
 * ```ts
 * extractPeople([{ text: 'Japanese Prime Minister Sanae Takaichi met Trump.', start: 0, end: 48 }])
 * // → [{ name: 'Sanae Takaichi', key: 'sanae takaichi', source: 'title', … }, { name: 'Trump', … }]
 * ```
 */
export function extractPeople(sentences: readonly SentenceSpan[]): PersonMention[] {
  assertSentences(sentences, 'extractPeople');
  return peopleIn(sentences, tokenizeSentences(sentences));
}

/** {@link extractPeople} on sentences the prepare stage has tokenized already. */
export function peopleIn(
  sentences: readonly SentenceSpan[],
  tokenized: TokenizedSentences,
): PersonMention[] {
  return namesIn(sentences, tokenized).people;
}

/**
 * The capitalised names of an article, split into people ({@link extractPeople}) and named
 * things: names the people rules accepted that the article writes as a team, a place or a
 * company ("the Indianapolis Colts", "off Banda Aceh", "Fort Smith": `namedThingKeys`),
 * capitalised phrases that end in an ordinary noun ("Windows Update" beside "updates":
 * `takeCommonNounPhrases`) and acronyms standing alone ("AMD", "NATO": `acronymCandidates`).
 * Things have the shape of a person mention (`source` as found, `byline` false) and
 * article-level keys ("Colts" → "indianapolis colts"). Both lists sorted by position.
 */
export function namesIn(
  sentences: readonly SentenceSpan[],
  tokenized: TokenizedSentences,
): { people: PersonMention[]; things: PersonMention[] } {
  const tokensBySentence = tokenized.tokens;
  const accepted: NameCandidate[] = [];
  const pending: PendingWord[] = [];
  const placesBySentence = tokenized.places;
  tokensBySentence.forEach((tokens, sentenceIndex) => {
    const places = placesBySentence[sentenceIndex] as TrieMatch<GazetteerEntry>[];
    scanSentence(tokens, places, sentenceIndex, accepted, pending);
  });
  trimLeadingDescriptors(accepted, pending, tokensBySentence);
  const phrases = takeCommonNounPhrases(accepted, tokensBySentence);
  const pendingLeft = acceptVouchedHeadingNames(pending, tokensBySentence, accepted);
  const knownNames: string[][] = [];
  for (const candidate of accepted) {
    if (candidate.byline) continue;
    const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
    knownNames.push(rangeWords(tokens, candidate.first, candidate.last));
  }
  const left = resolveFromKnownNames(pendingLeft, tokensBySentence, knownNames, accepted);
  const vocabulary = lowerCaseVocabulary(
    tokensBySentence,
    sentenceOpenerNorms(left, tokensBySentence),
  );
  const unresolved = left.filter(
    (word) =>
      !isSentenceCaseWord(
        tokensBySentence[word.sentenceIndex] as readonly WordToken[],
        word,
        vocabulary,
      ),
  );
  resolveWithCompromise(unresolved, tokensBySentence, accepted);
  const venues = venueNameKeys(accepted, tokensBySentence);
  const named = accepted.filter(
    (candidate) =>
      candidate.source === 'title' ||
      candidate.byline ||
      !venues.has(candidateKey(tokensBySentence, candidate)),
  );
  const thingKeys = namedThingKeys(named, tokensBySentence);
  const people: NameCandidate[] = [];
  const things: NameCandidate[] = [];
  for (const candidate of named) {
    const thing =
      !candidate.byline &&
      candidate.source !== 'title' &&
      thingKeys.has(candidateKey(tokensBySentence, candidate));
    (thing ? things : people).push(candidate);
  }
  things.push(...phrases, ...acronymsIn(tokensBySentence, placesBySentence, accepted));
  return {
    people: toMentions(people, sentences, tokensBySentence),
    things: toMentions(things, sentences, tokensBySentence),
  };
}

/**
 * The acronyms the article names as things ({@link acronymCandidates}), outside byline
 * sentences; `places` gives each sentence's gazetteer matches.
 */
function acronymsIn(
  tokensBySentence: readonly (readonly WordToken[])[],
  places: readonly (readonly TrieMatch<GazetteerEntry>[])[],
  accepted: readonly NameCandidate[],
): NameCandidate[] {
  const bylines = new Set(
    accepted.filter((found) => found.byline).map((found) => found.sentenceIndex),
  );
  const placeIndices = places.map((matches) => {
    const indices = new Set<number>();
    for (const match of matches)
      for (let index = match.start; index < match.end; index += 1) indices.add(index);
    return indices;
  });
  return acronymCandidates(tokensBySentence, placeIndices, bylines);
}

/** Mentions of the candidates, sorted, exact repeats dropped, with article-level keys. */
function toMentions(
  candidates: readonly NameCandidate[],
  sentences: readonly SentenceSpan[],
  tokensBySentence: readonly (readonly WordToken[])[],
): PersonMention[] {
  const mentions = candidates.map((candidate): PersonMention => {
    const sentence = sentences[candidate.sentenceIndex] as SentenceSpan;
    const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
    const startInSentence = (tokens[candidate.first] as WordToken).start;
    const lastToken = tokens[candidate.last] as WordToken;
    // "… led by Hun Sen.": the sentence's full stop is not part of the name.
    const dotted = ABBREVIATED_TITLES.has(lastToken.norm) && lastToken.text.endsWith('.');
    const endInSentence = lastToken.end - (dotted ? 1 : 0);
    const name = sentence.text.slice(startInSentence, endInSentence);
    return {
      name,
      key: personNameKey(name),
      sentenceIndex: candidate.sentenceIndex,
      start: sentence.start + startInSentence,
      end: sentence.start + endInSentence,
      source: candidate.source,
      byline: candidate.byline,
    };
  });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return assignArticleKeys(dedupeMentions(mentions));
}

/**
 * Cuts describing words off the accepted names: up to a descriptor noun inside the name
 * ({@link innerDescriptorEnd}: "Highway Patrol Officer Jane Roe" → "Jane Roe"), then a
 * describing first word ({@link isLeadingDescriptor}: "Actress Jane Roe" → "Jane Roe"). A name left with one word waits, like any single word, for the
 * known-name pass ("Coach Doe" → "Doe", a short form of "John Doe").
 */
function trimLeadingDescriptors(
  accepted: NameCandidate[],
  pending: PendingWord[],
  tokensBySentence: readonly (readonly WordToken[])[],
): void {
  const lowerCase = lowerCaseVocabulary(
    tokensBySentence,
    leadingWordNorms(accepted, tokensBySentence),
  );
  const teams = pluralTeamNorms(tokensBySentence);
  const kept: NameCandidate[] = [];
  for (const found of accepted) {
    const tokens = tokensBySentence[found.sentenceIndex] as readonly WordToken[];
    const inner = found.byline ? -1 : innerDescriptorEnd(tokens, found);
    const candidate = inner < 0 ? found : { ...found, first: inner + 1 };
    if (candidate.byline || !isLeadingDescriptor(tokens, candidate, lowerCase, teams)) {
      kept.push(candidate);
      continue;
    }
    const first = candidate.first + 1;
    if (candidate.source !== 'title' && countWords(tokens, first, candidate.last) < 2)
      pending.push({
        sentenceIndex: candidate.sentenceIndex,
        first,
        last: candidate.last,
        knownOnly: false,
      });
    else kept.push({ ...candidate, first });
  }
  accepted.length = 0;
  accepted.push(...kept);
}

/** Drops exact repeats of a span (a word found by two rules keeps the first, most specific). */
function dedupeMentions(mentions: readonly PersonMention[]): PersonMention[] {
  const kept: PersonMention[] = [];
  let previous: PersonMention | undefined;
  for (const mention of mentions) {
    if (previous && previous.start === mention.start && previous.end === mention.end) continue;
    kept.push(mention);
    previous = mention;
  }
  return kept;
}
