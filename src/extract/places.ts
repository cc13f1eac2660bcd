// Finds countries, cities and regions in an article's sentences with the gazetteer, and marks the
// mentions that are not locations: capitals standing for their governments, and appositives.
import { CorroborateError, describeType } from '../errors.js';
import { readOptions } from '../input/read-options.js';
import { assertSentences } from '../text/assert-sentences.js';
import type { SentenceSpan } from '../text/types.js';
import type { TrieMatch, WordToken } from '../text/word-tokens.js';
import {
  capitalOf,
  type GazetteerEntry,
  type TokenizedSentences,
  tokenizeSentences,
} from './gazetteer.js';
import { bylineNames } from './people/bylines.js';
import {
  COMMON_CAPITALISED_WORDS,
  isDateWord,
  isHeadingLine,
  isSyntaxCapitalised,
  isTitleOrQualifier,
} from './people/lexicon.js';
import { ORGANISATION_WORDS } from './people/word-lists.js';
import type { PlaceMention } from './types.js';

/** Options of {@link extractPlaces}. */
export interface ExtractPlacesOptions {
  /**
   * Also return demonyms and adjectives ("German", "Southeast Asian") as mentions of their
   * place, with `form: 'adjective'`.
   * @default false
   */
  adjectives?: boolean;
}

/** Nouns after a place that keep it a place ("the Beijing Summit", "Kuala Lumpur Convention Centre"). */
const PLACE_KEEPING_NOUNS: ReadonlySet<string> = new Set([
  'summit',
  'meeting',
  'talks',
  'conference',
  'convention',
  'forum',
  'games',
  'olympics',
  'declaration',
  'accord',
  'agreement',
  'treaty',
  'visit',
  'trip',
  'tour',
  'airport',
  'port',
  'region',
  'province',
  'government',
  'administration',
]);

/** Nouns after "the <demonym>" that make the phrase a location: "the Apulian coast", "the Lithuanian capital". */
const DEMONYM_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'capital',
  'coast',
  'coastline',
  'countryside',
  'region',
  'mainland',
]);

/** Words after "the <demonym> capital" that make "capital" money, not a city ("the Chinese capital markets"). */
const MONEY_CAPITAL_FOLLOWERS: ReadonlySet<string> = new Set([
  'market',
  'markets',
  'flow',
  'flows',
  'inflows',
  'outflows',
  'controls',
  'gains',
  'investment',
  'investments',
  'requirements',
  'ratio',
  'ratios',
  'account',
  'expenditure',
  'spending',
  'goods',
  'base',
  'stock',
  'reserves',
  'buffer',
  'buffers',
  'injection',
]);

/** A location named by "the <demonym> <noun>": the place it means and the token after the phrase. */
export interface DemonymPlacePhrase {
  entry: GazetteerEntry;
  /** Token index one past the phrase's last word. */
  end: number;
}

/**
 * "the Lithuanian capital" is Vilnius, "the Apulian coast" is Apulia, "the Chinese mainland" is
 * China: a demonym after "the" and before a place noun names a location. "capital" resolves to
 * the country's capital city from the gazetteer; it must be a country's demonym, and "the Chinese
 * capital markets" or "Chinese capital" without "the" are money, not a city.
 */
export function demonymPlacePhrase(
  tokens: readonly WordToken[],
  match: TrieMatch<GazetteerEntry>,
): DemonymPlacePhrase | null {
  const entry = match.values[0] as GazetteerEntry;
  if (entry.form !== 'adjective' || match.possessive) return null;
  if (tokens[match.start - 1]?.norm !== 'the') return null;
  const noun = tokens[match.end];
  if (noun === undefined || noun.kind !== 'word' || noun.joined) return null;
  if (!DEMONYM_PLACE_NOUNS.has(noun.norm)) return null;
  if (noun.norm !== 'capital') return { entry: { ...entry, form: 'name' }, end: match.end + 1 };
  let end = match.end + 1;
  const next = tokens[end];
  if (next?.norm === 'city' && !noun.possessive) end += 1;
  else if (next?.kind === 'word' && !noun.possessive && MONEY_CAPITAL_FOLLOWERS.has(next.norm))
    return null;
  if (entry.kind !== 'country' || entry.countryCode === undefined) return null;
  const capital = capitalOf(entry.countryCode);
  return capital ? { entry: capital, end } : null;
}

/** Lower-case words after which a capital can be the subject of a clause ("though Beijing has…"). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'as',
  'that',
  'though',
  'although',
  'because',
  'when',
  'if',
  'whereas',
  'so',
  'yet',
  'since',
  'until',
  'unless',
  'now',
  'both',
]);

/** Verbs (and auxiliaries) whose subject is a government, not a location: saying, stance, trade. */
const STANCE_VERBS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'may',
  'might',
  'could',
  'can',
  'should',
  'must',
  'does',
  'did',
  'do',
  'remain',
  'remains',
  'remained',
  'appear',
  'appears',
  'appeared',
  'seem',
  'seems',
  'seemed',
  'say',
  'says',
  'said',
  'insist',
  'insists',
  'insisted',
  'deny',
  'denies',
  'denied',
  'accuse',
  'accuses',
  'accused',
  'warn',
  'warns',
  'warned',
  'want',
  'wants',
  'wanted',
  'reject',
  'rejects',
  'rejected',
  'condemn',
  'condemns',
  'condemned',
  'confirm',
  'confirms',
  'confirmed',
  'announce',
  'announces',
  'announced',
  'hope',
  'hopes',
  'hoped',
  'fear',
  'fears',
  'feared',
  'believe',
  'believes',
  'believed',
  'expect',
  'expects',
  'expected',
  'see',
  'sees',
  'saw',
  'view',
  'views',
  'viewed',
  'trade',
  'trades',
  'traded',
  'exchange',
  'exchanges',
  'exchanged',
  'impose',
  'imposes',
  'imposed',
  'threaten',
  'threatens',
  'threatened',
  'retaliate',
  'retaliates',
  'retaliated',
  'respond',
  'responds',
  'responded',
  'agree',
  'agrees',
  'agreed',
  'refuse',
  'refuses',
  'refused',
  'urge',
  'urges',
  'urged',
  'demand',
  'demands',
  'demanded',
  'blame',
  'blames',
  'blamed',
  'criticise',
  'criticises',
  'criticised',
  'criticize',
  'criticizes',
  'criticized',
  'welcome',
  'welcomes',
  'welcomed',
  'oppose',
  'opposes',
  'opposed',
  'support',
  'supports',
  'supported',
  'back',
  'backs',
  'backed',
  'signal',
  'signals',
  'signaled',
  'signalled',
  'claim',
  'claims',
  'claimed',
  'argue',
  'argues',
  'argued',
  'maintain',
  'maintains',
  'maintained',
  'reiterate',
  'reiterates',
  'reiterated',
  'vow',
  'vows',
  'vowed',
  'pledge',
  'pledges',
  'pledged',
  'seek',
  'seeks',
  'sought',
  'sanction',
  'sanctions',
  'sanctioned',
  'protest',
  'protests',
  'protested',
  'plan',
  'plans',
  'planned',
  'intend',
  'intends',
  'intended',
  'negotiate',
  'negotiates',
  'negotiated',
  'recognise',
  'recognises',
  'recognised',
  'recognize',
  'recognizes',
  'recognized',
]);

/** Adverbs allowed between a subject and its verb ("Beijing has yet…", "Washington also said"). */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'still',
  'now',
  'already',
  'reportedly',
  'again',
  'quickly',
  'then',
]);

/**
 * A place name that is the start or end of a longer proper name: "Washington Post", "Malaysia
 * Airlines", "Jordan Peterson", "George Washington". Kept when the next word is an event or
 * venue noun ("Beijing Summit"), a title ("South Korea President"), a date or another place. In
 * headings every word is capitalised, so only the organisation rule applies there.
 */
export function isPartOfLongerName(
  tokens: readonly WordToken[],
  match: TrieMatch<GazetteerEntry>,
  places: ReadonlySet<number>,
  heading: boolean,
): boolean {
  const next = tokens[match.end];
  if (
    !match.possessive &&
    next !== undefined &&
    next.kind === 'word' &&
    next.capitalised &&
    !next.joined
  ) {
    if (ORGANISATION_WORDS.has(next.norm) && !PLACE_KEEPING_NOUNS.has(next.norm)) return true;
    if (!heading && isOrdinaryNameWord(tokens, match.end, places)) return true;
  }
  const previous = tokens[match.start - 1];
  const before = match.start - 1;
  return (
    !heading &&
    previous !== undefined &&
    previous.kind === 'word' &&
    previous.capitalised &&
    !previous.possessive &&
    !isSyntaxCapitalised(tokens, before) &&
    !(tokens[match.start] as WordToken).joined &&
    isOrdinaryNameWord(tokens, before, places)
  );
}

/** A capitalised word that could be part of a personal or corporate name: not a title, date, place, acronym or function word. */
function isOrdinaryNameWord(
  tokens: readonly WordToken[],
  index: number,
  places: ReadonlySet<number>,
): boolean {
  const token = tokens[index] as WordToken;
  return !(
    places.has(index) ||
    token.allCaps ||
    isTitleOrQualifier(token.norm) ||
    COMMON_CAPITALISED_WORDS.has(token.norm) ||
    PLACE_KEEPING_NOUNS.has(token.norm) ||
    isDateWord(tokens, index)
  );
}

/** Whether only "and", "&" or a comma (", and") stands between two places: a coordination. */
function isCoordination(tokens: readonly WordToken[], from: number, to: number): boolean {
  const between = tokens.slice(from, to).map((token) => token.norm);
  const joined = between.join(' ');
  return joined === 'and' || joined === '&' || joined === ',' || joined === ', and';
}

/**
 * A capital standing for its government: the subject of a verb of saying, stance or trade,
 * alone or coordinated with other places ("Beijing has yet to confirm it", "Washington and
 * Beijing trade threats"). Not after a preposition ("returns to Washington"), not before a
 * place phrase ("Beijing on Thursday").
 */
export function isCapitalMetonym(
  tokens: readonly WordToken[],
  matches: readonly TrieMatch<GazetteerEntry>[],
  position: number,
): boolean {
  const match = matches[position] as TrieMatch<GazetteerEntry>;
  const entry = match.values[0] as GazetteerEntry;
  if (entry.kind !== 'city' || !entry.capital || entry.form !== 'name') return false;
  let first = position;
  while (first > 0) {
    const previous = matches[first - 1] as TrieMatch<GazetteerEntry>;
    if (!isCoordination(tokens, previous.end, (matches[first] as TrieMatch<GazetteerEntry>).start))
      break;
    first -= 1;
  }
  let last = position;
  while (last + 1 < matches.length) {
    const next = matches[last + 1] as TrieMatch<GazetteerEntry>;
    if (!isCoordination(tokens, (matches[last] as TrieMatch<GazetteerEntry>).end, next.start))
      break;
    last += 1;
  }
  const chainStart = (matches[first] as TrieMatch<GazetteerEntry>).start;
  const chainEnd = matches[last] as TrieMatch<GazetteerEntry>;
  if (chainEnd.possessive) return false;
  const before = tokens[chainStart - 1];
  const subjectPosition =
    before === undefined ||
    isSyntaxCapitalised(tokens, chainStart) ||
    before.text === ',' ||
    (before.kind === 'word' && SUBJECT_OPENERS.has(before.norm));
  if (!subjectPosition) return false;
  let cursor = chainEnd.end;
  while (tokens[cursor] !== undefined && SUBJECT_ADVERBS.has((tokens[cursor] as WordToken).norm))
    cursor += 1;
  const verb = tokens[cursor];
  return (
    verb !== undefined && verb.kind === 'word' && !verb.capitalised && STANCE_VERBS.has(verb.norm)
  );
}

/**
 * A country or place right after a city and a comma that only says where the city is
 * ("Busan, South Korea", "Washington, D.C., U.S."): the same country, or the same place again.
 */
export function isAppositivePlace(
  tokens: readonly WordToken[],
  previous: { match: TrieMatch<GazetteerEntry>; entry: GazetteerEntry } | undefined,
  match: TrieMatch<GazetteerEntry>,
  entry: GazetteerEntry,
): boolean {
  if (!previous || previous.entry.kind === 'country' || previous.match.possessive) return false;
  if (
    match.start !== previous.match.end + 1 ||
    (tokens[previous.match.end] as WordToken).text !== ','
  )
    return false;
  if (entry.name === previous.entry.name) return true;
  return (
    entry.kind === 'country' &&
    entry.countryCode !== undefined &&
    entry.countryCode === previous.entry.countryCode
  );
}

function assertPlaceOptions(options: unknown): ExtractPlacesOptions {
  const { adjectives } = readOptions(
    options,
    ['adjectives'],
    'options',
    'extractPlaces',
  ) as ExtractPlacesOptions;
  if (adjectives !== undefined && typeof adjectives !== 'boolean') {
    throw new CorroborateError(
      'INVALID_OPTION',
      `extractPlaces: options.adjectives must be true or false, but it is ${describeType(adjectives)}.`,
      { field: 'options.adjectives' },
    );
  }
  return adjectives === undefined ? {} : { adjectives };
}

/**
 * Finds the countries, cities and regions named in an article's sentences, longest name first
 * ("South Korea" before "Korea"), skipping places that are part of a longer proper name
 * ("Washington Post") and byline lines ("By Laura Bicker, China correspondent"). Capitals used
 * for their governments are marked `metonym`; places that only locate the city before them
 * ("Busan, South Korea") are marked `appositive`. Sorted by position.
 *
 * @example
 * ```ts
 * extractPlaces([{ text: 'Trump meets Xi in Busan, South Korea.', start: 0, end: 37 }])
 * // → [{ name: 'Busan', kind: 'city', country: 'South Korea', … },
 * //    { name: 'South Korea', kind: 'country', appositive: true, … }]
 * ```
 */
export function extractPlaces(
  sentences: readonly SentenceSpan[],
  options?: ExtractPlacesOptions,
): PlaceMention[] {
  assertSentences(sentences, 'extractPlaces');
  const { adjectives = false } = assertPlaceOptions(options);
  return placesIn(sentences, tokenizeSentences(sentences), adjectives);
}

/** {@link extractPlaces} on sentences the prepare stage has tokenized already. */
export function placesIn(
  sentences: readonly SentenceSpan[],
  tokenized: TokenizedSentences,
  adjectives = false,
): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  const tokensBySentence = tokenized.tokens;
  const matchesBySentence = tokenized.places;
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = tokensBySentence[sentenceIndex] as WordToken[];
    if (bylineNames(tokens) !== null) return;
    const matches = matchesBySentence[sentenceIndex] as TrieMatch<GazetteerEntry>[];
    if (matches.length === 0) return;
    const heading = isHeadingLine(tokens);
    const placeTokens = new Set<number>();
    for (const match of matches)
      for (let index = match.start; index < match.end; index += 1) placeTokens.add(index);
    let previous: { match: TrieMatch<GazetteerEntry>; entry: GazetteerEntry } | undefined;
    matches.forEach((found, position) => {
      const phrase = demonymPlacePhrase(tokens, found);
      const entry = phrase ? phrase.entry : (found.values[0] as GazetteerEntry);
      const match = phrase
        ? {
            ...found,
            end: phrase.end,
            possessive: (tokens[phrase.end - 1] as WordToken).possessive,
          }
        : found;
      if (entry.form === 'adjective' && !adjectives) return;
      if (!phrase && isPartOfLongerName(tokens, match, placeTokens, heading)) return;
      const start = (tokens[match.start] as WordToken).start;
      const end = (tokens[match.end - 1] as WordToken).end;
      const mention: PlaceMention = {
        name: entry.name,
        text: sentence.text.slice(start, end),
        kind: entry.kind,
        ...(entry.country !== undefined ? { country: entry.country } : {}),
        ...(entry.countryCode !== undefined ? { countryCode: entry.countryCode } : {}),
        capital: entry.capital,
        form: entry.form,
        metonym: !phrase && isCapitalMetonym(tokens, matches, position),
        appositive: entry.form === 'name' && isAppositivePlace(tokens, previous, match, entry),
        sentenceIndex,
        start: sentence.start + start,
        end: sentence.start + end,
      };
      mentions.push(mention);
      if (entry.form === 'name') previous = { match, entry };
    });
  });
  return mentions;
}
