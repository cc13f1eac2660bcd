// Describing words the name patterns read into a name on wire copy: a descriptor standing
// before it ("Actress Jane Roe", "Fired John Doe", "Hawk Jane Roe" beside "the Hawks").
// Measured on ECB+ dev with bench/person-names.ts (see bench/BENCHMARKS.md).
import type { WordToken } from '../../text/word-tokens.js';
import { countWords, isSyntaxCapitalised } from './lexicon.js';
import type { NameCandidate } from './runs.js';
import { DESCRIPTOR_NOUNS } from './word-lists.js';

/**
 * Whether the first word of a name candidate describes the person instead of naming them, so
 * it is cut off: a descriptor noun ("Actress Jane Roe", "Quarterback John Doe",
 * "Englishman Tom Smith"); a word the sentence capitalises only by position that the article
 * also writes in lower case ("Fired John Doe …" beside "was fired"); or, before a name of two
 * more words, a member of a team the article names in the plural ("Hawk Jane Roe", "Hawks Jane
 * Roe" beside "the Hawks"). `lowerCase` holds the article's lower-case words among those asked
 * about ({@link leadingWordNorms}), `teams` its team words ({@link pluralTeamNorms}).
 */
export function isLeadingDescriptor(
  tokens: readonly WordToken[],
  candidate: NameCandidate,
  lowerCase: ReadonlySet<string>,
  teams: ReadonlySet<string> = new Set(),
): boolean {
  if (candidate.first >= candidate.last) return false;
  const token = tokens[candidate.first] as WordToken;
  const next = tokens[candidate.first + 1] as WordToken;
  // "Jean-Paul Sartre": the first word goes on past a hyphen, it is one name word.
  if (token.kind !== 'word' || token.allCaps || next.joined) return false;
  if (DESCRIPTOR_NOUNS.has(token.norm)) return true;
  if (lowerCase.has(token.norm) && isSyntaxCapitalised(tokens, candidate.first)) return true;
  const rest = candidate.last - candidate.first;
  return rest >= 2 && (teams.has(token.norm) || teams.has(`${token.norm}s`));
}

/**
 * The last descriptor noun inside a name candidate that two or more name words still follow,
 * or -1: "Highway Patrol Officer Jane Roe" is officer Jane Roe ("Officer" at 2 → the name
 * starts after it). Only {@link DESCRIPTOR_NOUNS} count inside a name; "Jane Star Roe" (one
 * word after) keeps its words.
 */
export function innerDescriptorEnd(tokens: readonly WordToken[], candidate: NameCandidate): number {
  let found = -1;
  for (let index = candidate.first + 1; index <= candidate.last - 2; index += 1) {
    const token = tokens[index] as WordToken;
    if (token.kind !== 'word' || token.joined || token.allCaps || token.possessive) continue;
    if (!DESCRIPTOR_NOUNS.has(token.norm) || (tokens[index + 1] as WordToken).joined) continue;
    if (countWords(tokens, index + 1, candidate.last) >= 2) found = index;
  }
  return found;
}

/**
 * Plural capitalised words the article writes right after "the" ("the Hawks", "The Owls
 * said"): the teams and groups whose members a name may be prefixed with. Words ending in
 * "ss" ("the Congress") are not plurals.
 */
export function pluralTeamNorms(tokensBySentence: readonly (readonly WordToken[])[]): Set<string> {
  const teams = new Set<string>();
  for (const tokens of tokensBySentence) {
    for (let index = 1; index < tokens.length; index += 1) {
      const token = tokens[index] as WordToken;
      if (token.kind !== 'word' || !token.capitalised || token.possessive) continue;
      if (!token.norm.endsWith('s') || token.norm.endsWith('ss') || token.norm.length < 4) continue;
      if ((tokens[index - 1] as WordToken).norm === 'the') teams.add(token.norm);
    }
  }
  return teams;
}

/** Folded first words of the candidates {@link isLeadingDescriptor} may ask the article's vocabulary about. */
export function leadingWordNorms(
  candidates: readonly NameCandidate[],
  tokensBySentence: readonly (readonly WordToken[])[],
): Set<string> {
  const norms = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.byline || candidate.first >= candidate.last) continue;
    const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
    if (isSyntaxCapitalised(tokens, candidate.first))
      norms.add((tokens[candidate.first] as WordToken).norm);
  }
  return norms;
}
