// Companies and bodies written as acronyms ("AMD", "ATI") are named things too, and a name
// whose initials spell an acronym the cluster writes ("Advanced Micro Devices" → "AMD") is that
// thing: one source writes the full name, the others the acronym.
import { isStopword } from '../../text/stopwords.js';
import type { WordToken } from '../../text/word-tokens.js';
import { ACRONYM_MAX_LETTERS, isAcronymName } from '../person-coreference.js';
import { isHeadingLine } from './lexicon.js';
import { lowerCaseVocabulary } from './resolve.js';
import type { NameCandidate } from './runs.js';
import { TITLE_WORDS } from './title-words.js';
import {
  ABBREVIATED_TITLES,
  NAME_SUFFIXES,
  NEWS_OUTLETS,
  ORGANISATION_WORDS,
} from './word-lists.js';

/** Roman numerals of a name or title ("Henry VIII", "Super Bowl XLII"): not acronyms. */
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/**
 * Whether a neighbour of an acronym makes it part of a longer capitalised name: a word
 * capitalised in the ordinary way ("PETER Capaldi", "ATI Technologies"), or a word in capitals
 * too long to be an acronym ("BORGO EGNAZIA", a shouted name).
 */
function continuesName(token: WordToken | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || !token.capitalised) return false;
  return !token.allCaps || token.text.length > ACRONYM_MAX_LETTERS;
}

/**
 * Whether token `index` is an acronym standing alone as a name: three to five capital letters
 * and nothing else ("AMD", "NATO"; not "U.S.", "KO", "Henry VIII", "JR"), not a place the
 * gazetteer matched (`places`), a title, a news agency, an organisation word or a stopword, not
 * part of a longer capitalised name ("PETER Capaldi", "WBA Champion", "ATI Technologies",
 * "BORGO EGNAZIA") and not the second part of a hyphen compound.
 */
export function isStandaloneAcronym(
  tokens: readonly WordToken[],
  index: number,
  places: ReadonlySet<number>,
): boolean {
  const token = tokens[index] as WordToken;
  if (token.kind !== 'word' || !token.allCaps || token.joined || places.has(index)) return false;
  if (!isAcronymName(token.text) || ROMAN_NUMERAL.test(token.text)) return false;
  const norm = token.norm;
  if (TITLE_WORDS.has(norm) || ABBREVIATED_TITLES.has(norm) || NAME_SUFFIXES.has(norm))
    return false;
  if (NEWS_OUTLETS.has(norm) || ORGANISATION_WORDS.has(norm) || isStopword(norm)) return false;
  return !continuesName(tokens[index - 1]) && !continuesName(tokens[index + 1]);
}

/**
 * The acronyms an article names as things ({@link isStandaloneAcronym}), one candidate per
 * occurrence. Not in headings or all-capitals lines (every word is capitalised there), not in
 * byline sentences (`skipSentences`), and not a word the article also writes in lower case
 * (emphasis: "did NOT"). `placesBySentence` gives each sentence's gazetteer token indices.
 */
export function acronymCandidates(
  tokensBySentence: readonly (readonly WordToken[])[],
  placesBySentence: readonly ReadonlySet<number>[],
  skipSentences: ReadonlySet<number>,
): NameCandidate[] {
  const found: NameCandidate[] = [];
  tokensBySentence.forEach((tokens, sentenceIndex) => {
    if (skipSentences.has(sentenceIndex) || isHeadingLine(tokens)) return;
    if (!tokens.some((token) => token.kind === 'word' && !token.allCaps && !token.capitalised))
      return;
    const places = placesBySentence[sentenceIndex] ?? new Set<number>();
    for (let index = 0; index < tokens.length; index += 1) {
      if (isStandaloneAcronym(tokens, index, places))
        found.push({ sentenceIndex, first: index, last: index, source: 'pattern', byline: false });
    }
  });
  if (found.length === 0) return found;
  const normOf = (candidate: NameCandidate) =>
    (tokensBySentence[candidate.sentenceIndex] as readonly WordToken[])[candidate.first]!.norm;
  const lowerCase = lowerCaseVocabulary(tokensBySentence, new Set(found.map(normOf)));
  if (lowerCase.size === 0) return found;
  return found.filter((candidate) => !lowerCase.has(normOf(candidate)));
}
