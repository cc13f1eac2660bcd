// Capitalised phrases the sequence rule reads as names that are common nouns written with
// capitals: products, services, units and titles ("Windows Update", "Emergency Response",
// "Two-Time Heavyweight Champion"). A person's name ends in a surname, not in an ordinary noun.
import { isStopword } from '../../text/stopwords.js';
import type { WordToken } from '../../text/word-tokens.js';
import { isKnownPersonName } from '../compromise-adapter.js';
import { lowerCaseVocabulary } from './resolve.js';
import type { NameCandidate } from './runs.js';
import { DESCRIPTOR_NOUNS } from './word-lists.js';

/**
 * The forms of a folded word that count as the same common noun when the article writes it in
 * lower case: itself, its plural and, for a word in "s", its singular ("update" ⇐ "updates",
 * "updates" ⇐ "update").
 */
export function nounForms(norm: string): string[] {
  const forms = [norm, `${norm}s`];
  if (norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss')) forms.push(norm.slice(0, -1));
  return forms;
}

/**
 * Whether a name candidate's last word is an ordinary noun by the article's own evidence: a
 * describing noun ({@link DESCRIPTOR_NOUNS}: "… Heavyweight Champion"), or a word the article
 * also writes in lower case, singular or plural ("Windows Update" beside "security updates").
 * The last token must be a plain capitalised word (not a hyphen part, not all capitals) and not
 * a stopword ("Doctor Who" beside "who").
 * `lowerCase` holds the article's lower-case words ({@link lowerCaseVocabulary}).
 */
export function endsInCommonNoun(
  tokens: readonly WordToken[],
  candidate: NameCandidate,
  lowerCase: ReadonlySet<string>,
): boolean {
  const last = tokens[candidate.last] as WordToken;
  if (last.kind !== 'word' || last.joined || last.allCaps || !last.capitalised) return false;
  if (DESCRIPTOR_NOUNS.has(last.norm)) return true;
  // "Doctor Who" beside "who said": a function word is no noun.
  if (isStopword(last.norm)) return false;
  return nounForms(last.norm).some((form) => lowerCase.has(form));
}

/**
 * Whether an accepted name is a common-noun phrase, not a person: found by the capitalised
 * sequence rule (no title vouches for it; bylines never are), two or more tokens, ending in
 * an ordinary noun ({@link endsInCommonNoun}), and none of the words before that noun is a given
 * name or surname compromise lists (`isPersonWord`). "Windows Update" (beside "updates") and
 * "Time Heavyweight Champion" are phrases; "Neil Young" (beside "young fans"), "Gary Player"
 * and "Referee Tony Weeks" (beside "weeks") are people: a listed given name stands before the
 * last word.
 */
export function isCommonNounPhrase(
  tokens: readonly WordToken[],
  candidate: NameCandidate,
  lowerCase: ReadonlySet<string>,
  isPersonWord: (word: string) => boolean = isKnownPersonName,
): boolean {
  if (candidate.byline || candidate.source !== 'pattern') return false;
  if (candidate.last <= candidate.first) return false;
  if (!endsInCommonNoun(tokens, candidate, lowerCase)) return false;
  for (let index = candidate.first; index < candidate.last; index += 1) {
    const token = tokens[index] as WordToken;
    if (token.kind === 'word' && token.capitalised && isPersonWord(token.text)) return false;
  }
  return true;
}

/**
 * Whether a common-noun phrase is a title or description, not the name of anything: its last
 * word is a describing noun ({@link DESCRIPTOR_NOUNS}: "Two-Time Heavyweight Champion"). A
 * product or service ("Windows Update") names one thing the sources share; a title names
 * nobody in particular.
 */
export function isDescriptionPhrase(
  tokens: readonly WordToken[],
  candidate: NameCandidate,
): boolean {
  return DESCRIPTOR_NOUNS.has((tokens[candidate.last] as WordToken).norm);
}

/**
 * Takes the accepted names that are common-noun phrases ({@link isCommonNounPhrase}) out of
 * `accepted`, in place, and returns those that name a thing: they are named things, not
 * people; titles and descriptions ({@link isDescriptionPhrase}) are neither. No later word
 * resolves as their short form ("Update" alone). Only the candidates' last words are looked
 * up in the article's lower-case vocabulary, and compromise is asked only about the other
 * words of candidates that end in a common noun, each distinct word once.
 */
export function takeCommonNounPhrases(
  accepted: NameCandidate[],
  tokensBySentence: readonly (readonly WordToken[])[],
): NameCandidate[] {
  const wanted = new Set<string>();
  for (const candidate of accepted) {
    if (candidate.byline || candidate.source !== 'pattern' || candidate.last <= candidate.first)
      continue;
    const last = (tokensBySentence[candidate.sentenceIndex] as readonly WordToken[])[
      candidate.last
    ] as WordToken;
    for (const form of nounForms(last.norm)) wanted.add(form);
  }
  if (wanted.size === 0) return [];
  const lowerCase = lowerCaseVocabulary(tokensBySentence, wanted);
  const answers = new Map<string, boolean>();
  const isPersonWord = (word: string): boolean => {
    let known = answers.get(word);
    if (known === undefined) {
      known = isKnownPersonName(word);
      answers.set(word, known);
    }
    return known;
  };
  const kept: NameCandidate[] = [];
  const taken: NameCandidate[] = [];
  for (const candidate of accepted) {
    const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
    if (!isCommonNounPhrase(tokens, candidate, lowerCase, isPersonWord)) kept.push(candidate);
    else if (!isDescriptionPhrase(tokens, candidate)) taken.push(candidate);
  }
  accepted.length = 0;
  accepted.push(...kept);
  return taken;
}
