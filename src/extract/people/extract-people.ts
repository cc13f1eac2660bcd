// Finds people's names in an article's sentences: title patterns and capitalised-sequence rules
// with stop-lists first, short forms of names already found second, compromise last and only for
// the capitalised words nothing cheaper explained.
import { assertSentences } from '../../text/assert-sentences.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../../text/calendar.js';
import type { SentenceSpan } from '../../text/types.js';
import type { TrieMatch, WordToken } from '../../text/word-tokens.js';
import { isKnownPersonName } from '../compromise-adapter.js';
import { type GazetteerEntry, type TokenizedSentences, tokenizeSentences } from '../gazetteer.js';
import { assignArticleKeys, personNameKey } from '../person-coreference.js';
import { ROLE_TITLE_HEADS, ROLE_TITLE_QUALIFIERS } from '../role-title-words.js';
import type { PersonMention, PersonSource } from '../types.js';

/** Longest name accepted, in words ("Mohammed bin Salman Al Saud" is 5): longer runs are headings or organisations. */
export const MAX_NAME_WORDS = 6;

/** Longest byline line, in word tokens ("By Jane Doe and John Roe, Asia correspondents in Seoul"). */
export const MAX_BYLINE_WORDS = 14;

/**
 * Share of content words that must be capitalised for a line to read as a heading. Chosen on
 * headlines and section headings ("Key Takeaways", "Trump Urges China to Join US …"), which
 * capitalise all of them, against prose sentences full of names, which stay below ~70%.
 */
export const HEADING_CAPITALISED_SHARE = 0.8;

/** Titles and honorifics that introduce a name ("President Lee", "Mr Lee", "Chancellor Scholz"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_TITLE_HEADS,
  'president',
  'presidents',
  'ministers',
  'chancellors',
  'premiers',
  'leaders',
  'senators',
  'vice',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'general',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'empress',
  'pope',
  'sheikh',
  'emir',
  'sultan',
  'crown',
  'governor',
  'gov',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'mayor',
  'ambassador',
  'amb',
  'envoy',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
  'chief',
  'director',
  'leader',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commissioner',
  'judge',
  'justice',
  'speaker',
  'pm',
  'pres',
  'sec',
  'ceo',
  'founder',
  // Role nouns that describe rather than title, yet stand before names the same way ("Host Giorgia Meloni").
  'host',
  'candidate',
  'nominee',
  'challenger',
  'rival',
  'cardinal',
  'archbishop',
  'bishop',
  'rabbi',
  'imam',
  'ayatollah',
  'commander',
  'marshal',
  'admiral',
  'adm',
  'colonel',
  'col',
  'captain',
  'capt',
  'sergeant',
  'sgt',
  'lt',
  'gen',
  'attorney',
  'adviser',
  'advisor',
  'correspondent',
  'editor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
]);

/** Words that only ever qualify a following title ("Foreign Minister", "Press Secretary"). */
const TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  ...ROLE_TITLE_QUALIFIERS,
  'prime',
  'foreign',
  'defense',
  'defence',
  'finance',
  'trade',
  'commerce',
  'interior',
  'home',
  'state',
  'treasury',
  'press',
  'managing',
  'executive',
  'supreme',
  'first',
  'deputy',
  'assistant',
  'under',
  'former',
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'late',
  'then',
  'ex',
  'opposition',
  'majority',
  'minority',
  'national',
  'security',
]);

/** Whether a folded word is a title or a word that only qualifies one ("Prime", "Foreign", "Press"). */
export function isTitleOrQualifier(norm: string): boolean {
  return TITLE_WORDS.has(norm) || TITLE_QUALIFIERS.has(norm);
}

/** Words that end an organisation or facility name and claim the capitalised words before them. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'institution',
  'institute',
  'university',
  'college',
  'school',
  'academy',
  'house',
  'office',
  'force',
  'army',
  'navy',
  'guard',
  'department',
  'ministry',
  'agency',
  'bureau',
  'bank',
  'fund',
  'council',
  'committee',
  'commission',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'party',
  'group',
  'company',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'llc',
  'plc',
  'association',
  'organization',
  'organisation',
  'union',
  'nations',
  'federation',
  'foundation',
  'center',
  'centre',
  'times',
  'post',
  'journal',
  'news',
  'daily',
  'herald',
  'tribune',
  'gazette',
  'review',
  'airlines',
  'airways',
  'motors',
  'technology',
  'technologies',
  'systems',
  'holdings',
  'electronics',
  'energy',
  'partners',
  'securities',
  'exchange',
  'reserve',
  'court',
  'tribunal',
  'garden',
  'lawn',
  'hall',
  'palace',
  'square',
  'street',
  'avenue',
  'road',
  'bridge',
  'tower',
  'building',
  'airport',
  'station',
  'port',
  'base',
  'summit',
  'forum',
  'conference',
  'convention',
  'games',
  'cup',
  'olympics',
  'award',
  'prize',
  'act',
  'treaty',
  'accord',
  'agreement',
  'declaration',
  'doctrine',
  'initiative',
  'program',
  'programme',
  'project',
  'deal',
  'war',
  'crisis',
  'revolution',
  'social',
  'media',
  'network',
  'radio',
  'television',
  'magazine',
  'stadium',
  'church',
  'museum',
  'hospital',
  'club',
  'league',
  'one',
  'two',
  'sea',
  'ocean',
  'strait',
  'gulf',
  'bay',
  'river',
  'lake',
  'mountains',
  'island',
  'islands',
  'peninsula',
  'valley',
  'coast',
  'province',
  'county',
  'district',
  'region',
  'republic',
  'kingdom',
  'empire',
  'administration',
  'government',
  'cabinet',
  'police',
  'zone',
  'order',
  'medal',
  'park',
  'plaza',
  'society',
  'relations',
  'affairs',
  'studies',
]);

/**
 * Capitalised words that are never a person's name wherever they stand: compass adjectives,
 * parties and their members, faiths, institutions known by one word.
 */
const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'western',
  'eastern',
  'northern',
  'southern',
  'democrat',
  'democrats',
  'democratic',
  'republican',
  'republicans',
  'communist',
  'communists',
  'conservative',
  'conservatives',
  'labour',
  'liberal',
  'liberals',
  'kremlin',
  'pentagon',
  'congressional',
  'internet',
  'covid',
  'brexit',
  'christmas',
  'easter',
  'ramadan',
  'muslim',
  'muslims',
  'christian',
  'christians',
  'catholic',
  'jewish',
  'islamic',
  'buddhist',
  'god',
]);

/** News agencies and outlets that stand alone as capitalised words ("Reuters said"). */
const NEWS_OUTLETS: ReadonlySet<string> = new Set([
  'reuters',
  'bloomberg',
  'xinhua',
  'yonhap',
  'kyodo',
  'bernama',
  'tass',
  'interfax',
  'politico',
  'axios',
  'getty',
]);

/** Months that are also given names: they are dates only next to a number or a date word. */
const MONTHS_THAT_ARE_NAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);

/** Lower-case words that bind a month to a date ("in May", "since June"). */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'since',
  'until',
  'by',
  'from',
  'of',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'through',
  'during',
  'before',
  'after',
]);

/**
 * Words that are capitalised only because they start a sentence, a quotation or a clause.
 * Checked only in those positions, so "Rose" or "Will" inside a sentence can still be names.
 */
export const COMMON_CAPITALISED_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those it its he she they we i you his her their our my your ' +
    'in on at to of for from by with without within about above across after against along amid ' +
    'among around as before behind below beneath beside besides between beyond but despite down ' +
    'during except following inside into like near off onto out outside over past per since than ' +
    'through throughout toward towards under underneath unlike until up upon via and or nor so yet ' +
    'also although though however meanwhile moreover nevertheless nonetheless notably still ' +
    'instead indeed thus therefore hence then now today yesterday tomorrow tonight here there ' +
    'when where while whether which who whom whose what why how if unless once because ' +
    'all any both each either every few many more most much neither no none not nothing other ' +
    'others several some such another one two three four five six seven eight nine ten first ' +
    'second third last next new old key major main top senior recent current former latest ' +
    'officials official analysts analyst critics experts sources leaders reporters investors ' +
    'diplomats lawmakers residents observers markets shares stocks prices talks trade tariffs ' +
    'exports imports both sides people many most speaking asked according already even only just ' +
    'again always never often sometimes perhaps maybe yes okay ok please thank thanks dear ' +
    'is are was were be been being has have had do does did will would shall should can could ' +
    'may might must let source sources ' +
    'photo image video watch read listen share updated published breaking exclusive analysis ' +
    'opinion editorial background context summary overview update live later earlier afterward ' +
    'afterwards finally separately similarly additionally ultimately overall elsewhere together ' +
    'recently currently previously initially eventually meanwhile regardless'
  )
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'dos',
  'das',
  'du',
  'di',
  'del',
  'la',
  'le',
  'ben',
  'ter',
  'zu',
]);

/** Connectors inside titles and organisation names ("Chancellor of Germany", "Bank of America"). */
const RUN_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and']);

/** Name suffixes, kept as the last word of a name ("Ferdinand Marcos Jr."). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-case words after a hyphen that turn a name into an adjective ("Biden-era", "Trump-backed"). */
const HYPHEN_ADJECTIVE_TAILS: ReadonlySet<string> = new Set([
  'era',
  'led',
  'backed',
  'based',
  'style',
  'born',
  'made',
  'owned',
  'run',
  'linked',
  'related',
  'type',
  'like',
  'controlled',
  'allied',
  'friendly',
  'aligned',
  'brokered',
  'sponsored',
  'funded',
  'imposed',
  'appointed',
  'elect',
  'designate',
  'level',
  'centric',
  'first',
]);

/** Punctuation after which the next word is capitalised by syntax, not because it is a name. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  '“',
  '"',
  '‘',
  "'",
  ':',
  '—',
  '–',
  '-',
  '(',
  '[',
  '•',
  '*',
  '.',
  '!',
  '?',
  ';',
  '…',
]);

/** Punctuation that ends a sentence: a line with one inside is prose, not a heading. */
const SENTENCE_ENDINGS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Word endings that mark a sentence-initial word as an ordinary English word, not a name. */
const COMMON_WORD_ENDINGS = ['ing', 'ly', 'tion', 'ment', 'ness'];

/** Whether token `index` opens a sentence, a quotation or a clause, so its capital says nothing. */
export function isSyntaxCapitalised(tokens: readonly WordToken[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const token = tokens[cursor] as WordToken;
    // "… Hun Sen. He met Xi": the dot of a name-final abbreviation ended the sentence.
    if (token.kind !== 'punct')
      return (
        cursor === index - 1 && token.text.endsWith('.') && isAbbreviationInName(tokens, cursor)
      );
    if (CLAUSE_OPENERS.has(token.text)) return true;
    if (token.text !== ',') return false;
  }
  return true;
}

/**
 * A heading or headline: no closing punctuation and (nearly) every content word capitalised.
 * In such lines capitals say nothing about names ("Key Takeaways", "Direct Appeal to China").
 */
export function isHeadingLine(tokens: readonly WordToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  if (last.kind === 'punct' && ['.', '!', '?', '…', '”', '"'].includes(last.text)) return false;
  // "… led by Hun Sen.": the full stop was read into the name's last word.
  if (last.text.endsWith('.') && isAbbreviationInName(tokens, tokens.length - 1)) return false;
  // "President Trump departs. REUTERS/Kylie Cooper": a sentence ends inside, so it is prose with a credit.
  if (tokens.some((token) => token.kind === 'punct' && SENTENCE_ENDINGS.has(token.text)))
    return false;
  let content = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || RUN_CONNECTORS.has(token.norm) || token.norm.length <= 3) {
      if (
        token.kind === 'word' &&
        token.capitalised &&
        token.norm.length > 1 &&
        token.norm.length <= 3
      ) {
        // Short capitalised words ("Key", "Xi", "US") still count as content.
        content += 1;
        capitalised += 1;
      }
      continue;
    }
    content += 1;
    if (token.capitalised || token.allCaps) capitalised += 1;
  }
  return content >= 2 && capitalised / content >= HEADING_CAPITALISED_SHARE;
}

/** Whether a token is a month or weekday here ("May" is a month in "in May" or "May 5", a name otherwise). */
export function isDateWord(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index] as WordToken;
  if (WEEKDAYS.has(token.norm)) return true;
  if (!MONTH_NAMES.has(token.norm) && !MONTH_ABBREVIATIONS.has(token.norm)) return false;
  // "Jun" in "Lee Jun-seok" and "Mar" in "Mar-a-Lago" are names; "Jun. 5" and "in Jun" are dates.
  const abbreviated = token.norm.length <= 4 && token.norm !== 'june' && token.norm !== 'july';
  if (abbreviated && token.text.endsWith('.')) return true;
  if (!abbreviated && !MONTHS_THAT_ARE_NAMES.has(token.norm)) return true;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  return (
    (next !== undefined && next.kind === 'number') ||
    (previous !== undefined && DATE_PREPOSITIONS.has(previous.norm))
  );
}

/** How a token reads inside a run of capitalised words. */
type RunClass =
  | 'name'
  | 'initial'
  | 'suffix'
  | 'particle'
  | 'connector'
  | 'title'
  | 'qualifier'
  | 'place'
  | 'organisation'
  | 'acronym'
  | 'date'
  | 'common';

/** A run of capitalised tokens (with particles and connectors between them) in one sentence. */
interface Run {
  /** Token indices, in order. */
  indices: number[];
}

/** A person name found in one sentence: token range and how it was found. */
interface NameCandidate {
  sentenceIndex: number;
  first: number;
  last: number;
  source: PersonSource;
  byline: boolean;
}

/** A capitalised word (or hyphen compound) no rule has explained yet. */
interface PendingWord {
  sentenceIndex: number;
  first: number;
  last: number;
  /**
   * Only a name known from elsewhere in the article may claim it, never compromise's guess: in a
   * heading line, or an organisation word that may be a surname ("President Park" after "Park Geun-hye").
   */
  knownOnly: boolean;
}

function isNameWordToken(token: WordToken): boolean {
  return token.kind === 'word' && (token.capitalised || token.allCaps);
}

/** "J." or "J.D.": one to three capitals, each with its dot. */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

function isInitialToken(token: WordToken): boolean {
  return token.kind === 'word' && token.text.length <= 6 && INITIALS.test(token.text);
}

/** Token indices covered by a gazetteer place (names and demonyms). */
function placeTokenMask(
  tokens: readonly WordToken[],
  matches: readonly TrieMatch<GazetteerEntry>[],
): Uint8Array {
  // Most sentences name no place: share one empty mask (every index reads as undefined, not 1).
  if (matches.length === 0) return NO_PLACES;
  const mask = new Uint8Array(tokens.length);
  for (const match of matches) mask.fill(1, match.start, match.end);
  return mask;
}

/** An empty token mask: reading any index gives undefined, never 1. */
const NO_PLACES = new Uint8Array(0);

/** Most lower-case particles in a row inside a name ("Ursula von der Leyen", "Maria de la Cruz"). */
export const MAX_NAME_PARTICLES = 3;

function isUnjoinedNameWord(token: WordToken | undefined): boolean {
  return token !== undefined && isNameWordToken(token) && !token.joined;
}

/**
 * Whether the particles starting at `index` ("von der", "bin", "de la") lead, within
 * {@link MAX_NAME_PARTICLES}, to a capitalised name word: "Ursula von der Leyen" is one name,
 * "Leyen von der" and "the bin of" are not.
 */
function particlesReachName(tokens: readonly WordToken[], index: number): boolean {
  for (let cursor = index; cursor < index + MAX_NAME_PARTICLES; cursor += 1) {
    const token = tokens[cursor];
    if (token === undefined || token.kind !== 'word' || !NAME_PARTICLES.has(token.text))
      return false;
    if (isUnjoinedNameWord(tokens[cursor + 1])) return true;
  }
  return false;
}

/** Builds the runs of capitalised tokens in a sentence. Linear: each token is looked at a bounded number of times. */
function buildRuns(tokens: readonly WordToken[]): Run[] {
  const runs: Run[] = [];
  let current: number[] = [];
  const close = (): void => {
    if (current.length > 0) runs.push({ indices: current });
    current = [];
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as WordToken;
    const previous =
      current.length > 0 ? (tokens[current[current.length - 1] as number] as WordToken) : undefined;
    if (previous?.possessive) close();
    if (isNameWordToken(token)) {
      current.push(index);
      continue;
    }
    if (token.kind === 'word' && token.joined && current.length > 0) {
      // "Suk-yeol" continues a name; "Biden-era" ends it.
      if (HYPHEN_ADJECTIVE_TAILS.has(token.norm)) {
        close();
        continue;
      }
      current.push(index);
      continue;
    }
    const bridges =
      token.kind === 'word' &&
      current.length > 0 &&
      ((NAME_PARTICLES.has(token.text) && particlesReachName(tokens, index)) ||
        (RUN_CONNECTORS.has(token.text) && isUnjoinedNameWord(tokens[index + 1])));
    if (bridges) {
      current.push(index);
      continue;
    }
    close();
  }
  close();
  return runs;
}

function classifyRunToken(
  tokens: readonly WordToken[],
  index: number,
  places: Uint8Array,
): RunClass {
  const token = tokens[index] as WordToken;
  if (places[index] === 1) return 'place';
  if (!token.capitalised && !token.allCaps) {
    // A hyphenated lower-case part continues the name ("Suk-yeol", "Jan-di"), particle or not.
    if (token.joined) return 'name';
    if (NAME_PARTICLES.has(token.text) && !RUN_CONNECTORS.has(token.text)) return 'particle';
    if (RUN_CONNECTORS.has(token.text)) return 'connector';
    return 'name';
  }
  if (
    NAME_SUFFIXES.has(token.norm) &&
    (token.norm === 'jr' || token.norm === 'sr' || token.allCaps)
  ) {
    return 'suffix';
  }
  if (isInitialToken(token)) return 'initial';
  if (TITLE_WORDS.has(token.norm)) return 'title';
  if (TITLE_QUALIFIERS.has(token.norm)) return 'qualifier';
  if (isDateWord(tokens, index)) return 'date';
  if (ORGANISATION_WORDS.has(token.norm) || NEWS_OUTLETS.has(token.norm)) return 'organisation';
  if (token.allCaps) return 'acronym';
  if (token.norm === 'i' || CAPITALISED_NON_NAMES.has(token.norm)) return 'common';
  if (COMMON_CAPITALISED_WORDS.has(token.norm) && isSyntaxCapitalised(tokens, index)) {
    return 'common';
  }
  return 'name';
}

/**
 * Organisation words claim the capitalised words before them: "Brookings Institution",
 * "White House", "Micron Technology" are organisations, not a person called Brookings. They do
 * not reach back across "and", which joins two phrases: in "Ursula von der Leyen and Council
 * President Charles Michel" the council does not claim Leyen.
 */
function absorbIntoOrganisations(
  tokens: readonly WordToken[],
  indices: readonly number[],
  classes: RunClass[],
): void {
  for (let index = 0; index < classes.length; index += 1) {
    if (classes[index] !== 'organisation') continue;
    for (
      let back = index - 1;
      back >= 0 && (classes[back] === 'name' || classes[back] === 'connector');
      back -= 1
    ) {
      if ((tokens[indices[back] as number] as WordToken).norm === 'and') break;
      classes[back] = 'organisation';
    }
  }
}

/** Whether the particle classes from `position` on end in a name class ("von der Leyen"). */
function particlesEndInName(classes: readonly RunClass[], position: number): boolean {
  let cursor = position;
  while (classes[cursor] === 'particle' && cursor < position + MAX_NAME_PARTICLES) cursor += 1;
  return classes[cursor] === 'name';
}

/** Abbreviated titles that are also name words when they follow a name: "Hun Sen", "Amartya Sen". */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set([
  'sen',
  'gen',
  'rep',
  'gov',
  'amb',
  'pres',
  'sec',
  'adm',
  'col',
  'capt',
  'sgt',
  'lt',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
]);

/**
 * Whether an abbreviated title standing right after a name word is the name's last word
 * ("Hun Sen", "Amartya Sen"), not a title: a title abbreviation comes before its name ("Sen.
 * Warren", "Sen Warren"), so after one it can only belong to the name. Written with its dot it
 * counts only when the dot ends the sentence ("… led by Hun Sen." or "Hun Sen. He …").
 */
export function isAbbreviationInName(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (token === undefined || previous === undefined || token.kind !== 'word') return false;
  if (!ABBREVIATED_TITLES.has(token.norm) || !token.capitalised || token.allCaps) return false;
  if (previous.kind !== 'word' || previous.possessive || !previous.capitalised) return false;
  if (!token.text.endsWith('.')) return true;
  const next = tokens[index + 1];
  return (
    next === undefined ||
    next.kind === 'punct' ||
    (next.capitalised && COMMON_CAPITALISED_WORDS.has(next.norm))
  );
}

/**
 * Whether an organisation word opens a personal name as its surname: "President Park Geun-hye",
 * "Park Geun-hye said". A name word must follow it, and either a title stands before it or the
 * given name after it is hyphenated (a Korean given name), so "Central Park Zoo", "Bank Negara"
 * and "House Speaker Mike Johnson" keep their organisation word.
 */
function isSurnameBeforeGivenName(
  tokens: readonly WordToken[],
  indices: readonly number[],
  classes: readonly RunClass[],
  position: number,
): boolean {
  const index = indices[position] as number;
  const token = tokens[index] as WordToken;
  if (classes[position] !== 'organisation' || !ORGANISATION_WORDS.has(token.norm)) return false;
  if (token.possessive || classes[position + 1] !== 'name') return false;
  if (indices[position + 1] !== index + 1 || (tokens[index + 1] as WordToken).joined) return false;
  if (position > 0 && classes[position - 1] === 'name') return false;
  return hasTitleBefore(classes, position) || tokens[index + 2]?.joined === true;
}

/**
 * An organisation word with no name word on either side in its run, right after a title or on
 * its own ("President Park said", "Park said"): a surname only if the article names someone so
 * elsewhere, so it waits for the known-name pass and is never put to compromise.
 */
function isLoneOrganisationWord(
  tokens: readonly WordToken[],
  indices: readonly number[],
  classes: readonly RunClass[],
  position: number,
): boolean {
  const token = tokens[indices[position] as number] as WordToken;
  if (classes[position] !== 'organisation' || !ORGANISATION_WORDS.has(token.norm)) return false;
  const next = classes[position + 1];
  if (next !== undefined && next !== 'date' && next !== 'common') return false;
  return position === 0 || hasTitleBefore(classes, position);
}

/** Classes a title may be separated from its name by: "Chancellor of Germany Olaf Scholz", "NATO Secretary General". */
const TITLE_BRIDGE: ReadonlySet<RunClass> = new Set([
  'place',
  'qualifier',
  'acronym',
  'connector',
  'organisation',
  'title',
]);

/** Whether a title stands before run position `position`, across places, qualifiers and acronyms only. */
function hasTitleBefore(classes: readonly RunClass[], position: number): boolean {
  for (let back = position - 1; back >= 0; back -= 1) {
    const kind = classes[back] as RunClass;
    if (kind === 'title') return true;
    if (!TITLE_BRIDGE.has(kind)) return false;
  }
  return false;
}

/** Groups hyphen-joined tokens of a segment into words: "Mira Rapp-Hooper" has two words. */
function countWords(tokens: readonly WordToken[], first: number, last: number): number {
  let words = 0;
  for (let index = first; index <= last; index += 1) {
    const token = tokens[index] as WordToken;
    if (!token.joined || index === first) words += 1;
  }
  return words;
}

/** Whether a single word that opens a sentence reads as an ordinary English word ("Securing", "Notably"). */
function looksLikeCommonWord(token: WordToken): boolean {
  return COMMON_WORD_ENDINGS.some(
    (ending) => token.norm.length > ending.length + 2 && token.norm.endsWith(ending),
  );
}

/**
 * A byline line ("By Jane Doe, Asia correspondent", "Written By Rodney Mbua"): returns the token
 * ranges of the author names, or null when the line is not a byline.
 */
export function bylineNames(tokens: readonly WordToken[]): Array<[number, number]> | null {
  let cursor = 0;
  const first = tokens[0];
  const second = tokens[1];
  if (first?.norm === 'by' && first.capitalised) cursor = 1;
  else if (
    first !== undefined &&
    ['written', 'reporting', 'words', 'report', 'edited'].includes(first.norm) &&
    first.capitalised &&
    second?.norm === 'by'
  ) {
    cursor = 2;
  } else return null;
  let words = 0;
  for (const token of tokens) if (token.kind === 'word') words += 1;
  if (words > MAX_BYLINE_WORDS) return null;
  const names: Array<[number, number]> = [];
  while (cursor < tokens.length) {
    const start = cursor;
    while (cursor < tokens.length && isNameWordToken(tokens[cursor] as WordToken)) {
      const token = tokens[cursor] as WordToken;
      cursor += 1;
      if (token.possessive) break;
    }
    while (cursor < tokens.length && (tokens[cursor] as WordToken).joined) cursor += 1;
    if (!isPlausibleAuthorName(tokens, start, cursor)) return null;
    names.push([start, cursor - 1]);
    const separator = tokens[cursor];
    if (
      separator?.norm === 'and' ||
      (separator?.text === ',' && tokens[cursor + 1]?.norm === 'and')
    ) {
      cursor += separator.norm === 'and' ? 1 : 2;
      continue;
    }
    // What may follow the names: nothing, or a description (", Asia correspondent", "in Seoul", "----").
    if (separator !== undefined && separator.kind === 'word' && separator.norm !== 'in')
      return null;
    break;
  }
  return names.length > 0 ? names : null;
}

/**
 * An author's name in a byline: two to {@link MAX_NAME_WORDS} words, none a date, title or
 * organisation word, so "By Friday, talks had collapsed." is not a byline.
 */
function isPlausibleAuthorName(tokens: readonly WordToken[], start: number, end: number): boolean {
  const words = end > start ? countWords(tokens, start, end - 1) : 0;
  if (words < 2 || words > MAX_NAME_WORDS) return false;
  for (let index = start; index < end; index += 1) {
    const token = tokens[index] as WordToken;
    if (
      isDateWord(tokens, index) ||
      TITLE_WORDS.has(token.norm) ||
      ORGANISATION_WORDS.has(token.norm)
    )
      return false;
  }
  return true;
}

/** A photo credit "REUTERS/Kylie Cooper": the agency in capitals, a slash, then the photographer. */
function photoCreditNames(tokens: readonly WordToken[]): Array<[number, number]> {
  const names: Array<[number, number]> = [];
  for (let index = 2; index < tokens.length; index += 1) {
    const slash = tokens[index - 1] as WordToken;
    const agency = tokens[index - 2] as WordToken;
    if (slash.text !== '/' || !agency.allCaps || slash.start !== agency.end) continue;
    let end = index;
    while (
      end < tokens.length &&
      isNameWordToken(tokens[end] as WordToken) &&
      end - index < MAX_NAME_WORDS
    )
      end += 1;
    if (end - index >= 2) names.push([index, end - 1]);
  }
  return names;
}

/** Scans one sentence: names it can accept now, and words it must leave to the second pass. */
function scanSentence(
  tokens: readonly WordToken[],
  placeMatches: readonly TrieMatch<GazetteerEntry>[],
  sentenceIndex: number,
  accepted: NameCandidate[],
  pending: PendingWord[],
): void {
  const byline = bylineNames(tokens);
  const bylineRanges = [...(byline ?? []), ...photoCreditNames(tokens)];
  // Tokens of a byline or credit; most sentences have none, and share an empty mask.
  const covered = bylineRanges.length > 0 ? new Uint8Array(tokens.length) : NO_PLACES;
  for (const [first, last] of bylineRanges) {
    accepted.push({ sentenceIndex, first, last, source: 'pattern', byline: true });
    covered.fill(1, first, last + 1);
  }
  if (byline) return;
  const heading = isHeadingLine(tokens);
  const places = placeTokenMask(tokens, placeMatches);
  for (const run of buildRuns(tokens)) {
    const indices =
      covered.length > 0 ? run.indices.filter((index) => covered[index] !== 1) : run.indices;
    const classes = indices.map((index) => classifyRunToken(tokens, index, places));
    const loneOrganisationWords: number[] = [];
    for (let position = 0; position < classes.length; position += 1) {
      const index = indices[position] as number;
      if (
        classes[position] === 'title' &&
        position > 0 &&
        classes[position - 1] === 'name' &&
        indices[position - 1] === index - 1 &&
        isAbbreviationInName(tokens, index)
      ) {
        classes[position] = 'name';
      } else if (isSurnameBeforeGivenName(tokens, indices, classes, position)) {
        classes[position] = 'name';
      } else if (isLoneOrganisationWord(tokens, indices, classes, position)) {
        loneOrganisationWords.push(index);
      }
    }
    for (const index of loneOrganisationWords)
      pending.push({ sentenceIndex, first: index, last: index, knownOnly: true });
    absorbIntoOrganisations(tokens, indices, classes);
    let position = 0;
    while (position < indices.length) {
      if (classes[position] !== 'name' && classes[position] !== 'initial') {
        position += 1;
        continue;
      }
      const startPosition = position;
      while (
        position < indices.length &&
        (classes[position] === 'name' ||
          classes[position] === 'initial' ||
          (classes[position] === 'particle' && particlesEndInName(classes, position)))
      ) {
        position += 1;
      }
      if (classes[position] === 'suffix') position += 1;
      const first = indices[startPosition] as number;
      const last = indices[position - 1] as number;
      const words = countWords(tokens, first, last);
      const onlyInitials = classes.slice(startPosition, position).every((kind) => kind !== 'name');
      if (onlyInitials || words > MAX_NAME_WORDS) continue;
      // In a heading every word is capitalised, so even after a title ("G7 Leaders Meet in
      // Puglia") only names the article gives elsewhere count.
      if (heading) {
        pending.push({ sentenceIndex, first, last, knownOnly: true });
      } else if (hasTitleBefore(classes, startPosition)) {
        accepted.push({ sentenceIndex, first, last, source: 'title', byline: false });
      } else if (words >= 2) {
        accepted.push({ sentenceIndex, first, last, source: 'pattern', byline: false });
      } else {
        pending.push({ sentenceIndex, first, last, knownOnly: false });
      }
    }
  }
}

/** The words of a token range, a hyphen compound being one word: "Mira Rapp-Hooper" → ["mira", "rapp hooper"]. */
function rangeWords(tokens: readonly WordToken[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let index = first; index <= last; index += 1) {
    const token = tokens[index] as WordToken;
    const norm = personNameKey(token.norm);
    if (token.joined && index > first && words.length > 0) words[words.length - 1] += ` ${norm}`;
    else words.push(norm);
  }
  return words;
}

/** First and last words (suffixes aside) of the names found so far: the short forms a later bare word may be. */
function knownNameParts(names: readonly (readonly string[])[]): Set<string> {
  const parts = new Set<string>();
  for (const words of names) {
    const core = words.filter((word) => !NAME_SUFFIXES.has(word));
    if (core.length === 0) continue;
    parts.add(core[0] as string);
    parts.add(core[core.length - 1] as string);
  }
  return parts;
}

/**
 * A word capitalised only by its position that the article also writes in lower case
 * ("Exports from the region…" next to "exports") is an ordinary word, not a name.
 */
function isSentenceCaseWord(
  tokens: readonly WordToken[],
  word: PendingWord,
  lowerCaseVocabulary: ReadonlySet<string>,
): boolean {
  if (word.first !== word.last || !isSyntaxCapitalised(tokens, word.first)) return false;
  const token = tokens[word.first] as WordToken;
  return lowerCaseVocabulary.has(token.norm) || looksLikeCommonWord(token);
}

/**
 * The last token of the longest known full name (two words or more) that starts at `first` and
 * ends by `limit`, or -1: in the headline "German Chancellor Olaf Scholz Visits Beijing", "Olaf
 * Scholz" is a name the article gives elsewhere, "Visits" is not part of it.
 */
function knownNameAt(
  tokens: readonly WordToken[],
  first: number,
  limit: number,
  knownKeys: ReadonlySet<string>,
): number {
  let found = -1;
  let key = personNameKey((tokens[first] as WordToken).norm);
  for (let index = first + 1; index <= limit && index < first + MAX_NAME_WORDS; index += 1) {
    const token = tokens[index] as WordToken;
    // A hyphen compound of two names ("Trump-Xi") names two people.
    if (token.joined) break;
    key += ` ${personNameKey(token.norm)}`;
    if (knownKeys.has(key)) found = index;
  }
  return found;
}

/**
 * Resolves pending words against names found elsewhere in the article: a whole segment that is
 * a known name, a word that is the first or last word of a known name ("Takaichi", "Rapp-Hooper"),
 * or each part of a hyphen compound of known words ("Trump-Xi"). Returns what is left.
 */
function resolveFromKnownNames(
  pendingWords: readonly PendingWord[],
  tokensBySentence: readonly (readonly WordToken[])[],
  knownNames: readonly (readonly string[])[],
  accepted: NameCandidate[],
): PendingWord[] {
  const knownKeys = new Set(knownNames.map((words) => words.join(' ')));
  const parts = knownNameParts(knownNames);
  const firstWords = new Set(
    knownNames.filter((words) => words.length > 1).map((words) => words[0] as string),
  );
  const unresolved: PendingWord[] = [];
  for (const word of pendingWords) {
    const tokens = tokensBySentence[word.sentenceIndex] as readonly WordToken[];
    const words = rangeWords(tokens, word.first, word.last);
    if (knownKeys.has(words.join(' ')) || (words.length === 1 && parts.has(words[0] as string))) {
      accepted.push({ ...word, source: 'pattern', byline: false });
      continue;
    }
    let matchedAny = false;
    for (let index = word.first; index <= word.last; index += 1) {
      const norm = personNameKey((tokens[index] as WordToken).norm);
      const full = firstWords.has(norm) ? knownNameAt(tokens, index, word.last, knownKeys) : -1;
      if (full > index || (norm.length > 1 && parts.has(norm))) {
        accepted.push({
          sentenceIndex: word.sentenceIndex,
          first: index,
          last: Math.max(full, index),
          source: 'pattern',
          byline: false,
        });
        matchedAny = true;
        index = Math.max(full, index);
      }
    }
    if (!matchedAny && !word.knownOnly) unresolved.push(word);
  }
  return unresolved;
}

/**
 * Asks compromise's people lexicon about the words no rule explained, each distinct word once
 * per article; the answer holds for every occurrence ("Putin" is listed, "Boeing" is not).
 */
function resolveWithCompromise(
  unresolved: readonly PendingWord[],
  tokensBySentence: readonly (readonly WordToken[])[],
  accepted: NameCandidate[],
): void {
  const answers = new Map<string, boolean>();
  for (const word of unresolved) {
    // Only single words: a hyphen compound nobody explained ("Mar-a-Lago") is not a listed name.
    if (word.first !== word.last) continue;
    const text = (tokensBySentence[word.sentenceIndex] as readonly WordToken[])[word.first]
      ?.text as string;
    let known = answers.get(text);
    if (known === undefined) {
      known = isKnownPersonName(text);
      answers.set(text, known);
    }
    if (known) accepted.push({ ...word, source: 'lexicon', byline: false });
  }
}

/** Nouns for venues a capitalised name can be ("the Borgo Egnazia luxury resort", "Sandringham, a royal estate"). */
const VENUE_NOUNS: ReadonlySet<string> = new Set([
  'resort',
  'hotel',
  'estate',
  'villa',
  'palace',
  'castle',
  'venue',
  'complex',
  'stadium',
  'arena',
  'ranch',
  'retreat',
  'compound',
  'lodge',
  'manor',
  'chateau',
]);

/** Words that may follow a venue noun when it is the head of its phrase ("a luxury resort in Italy"). */
const VENUE_HEAD_FOLLOWERS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'near',
  'outside',
  'overlooking',
  'where',
  'which',
  'that',
  'of',
  'by',
  'and',
]);

/** Most adjectives between "a" and the venue noun in an appositive ("a five-star seaside resort" has two). */
export const VENUE_DESCRIPTION_GAP = 3;

/** Whether a venue noun at `index` heads its phrase: nothing, punctuation or a preposition follows it. */
function isVenueHead(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || token.capitalised) return false;
  if (!VENUE_NOUNS.has(token.norm)) return false;
  const next = tokens[index + 1];
  return next === undefined || next.kind === 'punct' || VENUE_HEAD_FOLLOWERS.has(next.norm);
}

/**
 * A capitalised sequence the sentence calls a venue: before a venue noun ("the Borgo Egnazia
 * luxury resort, which…") or described as one after a comma ("Borgo Egnazia, a luxury resort in
 * southern Italy"). "Donald Trump, the hotel magnate" is a person: there the venue noun does
 * not head its phrase.
 */
export function isVenueName(tokens: readonly WordToken[], first: number, last: number): boolean {
  if (first > 0 && tokens[first - 1]?.possessive) return false;
  const next = tokens[last + 1];
  if (isVenueHead(tokens, last + 1)) return true;
  if (next?.kind === 'word' && !next.capitalised && isVenueHead(tokens, last + 2)) return true;
  if (next?.text !== ',' || !['a', 'an', 'the'].includes(tokens[last + 2]?.norm ?? ''))
    return false;
  for (let index = last + 3; index <= last + 3 + VENUE_DESCRIPTION_GAP; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word' || token.capitalised) return false;
    if (isVenueHead(tokens, index)) return true;
    if (VENUE_HEAD_FOLLOWERS.has(token.norm)) return false;
  }
  return false;
}

/** The person key of a candidate's words. */
function candidateKey(
  tokensBySentence: readonly (readonly WordToken[])[],
  candidate: NameCandidate,
): string {
  const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
  return rangeWords(tokens, candidate.first, candidate.last).join(' ');
}

/**
 * Keys of the names the article calls a venue anywhere ({@link isVenueName}): every mention of
 * them that no title vouches for is a place, not a person ("Borgo Egnazia" in a later sentence too).
 */
function venueNameKeys(
  candidates: readonly NameCandidate[],
  tokensBySentence: readonly (readonly WordToken[])[],
): Set<string> {
  const keys = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.source === 'title' || candidate.byline) continue;
    const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
    if (isVenueName(tokens, candidate.first, candidate.last))
      keys.add(candidateKey(tokensBySentence, candidate));
  }
  return keys;
}

/** Folded forms of the single pending words that open a sentence or clause: the only ones {@link isSentenceCaseWord} asks about. */
function sentenceOpenerNorms(
  words: readonly PendingWord[],
  tokensBySentence: readonly (readonly WordToken[])[],
): Set<string> {
  const norms = new Set<string>();
  for (const word of words) {
    if (word.first !== word.last) continue;
    const tokens = tokensBySentence[word.sentenceIndex] as readonly WordToken[];
    if (isSyntaxCapitalised(tokens, word.first)) norms.add((tokens[word.first] as WordToken).norm);
  }
  return norms;
}

/**
 * The words among `wanted` that the article writes in lower case somewhere: evidence that their
 * capitalised form is ordinary. Only the wanted words are collected, so an article with none
 * costs no scan at all.
 */
function lowerCaseVocabulary(
  tokensBySentence: readonly (readonly WordToken[])[],
  wanted: ReadonlySet<string>,
): Set<string> {
  const vocabulary = new Set<string>();
  if (wanted.size === 0) return vocabulary;
  for (const tokens of tokensBySentence) {
    for (const token of tokens) {
      if (token.kind === 'word' && !token.capitalised && !token.allCaps && wanted.has(token.norm))
        vocabulary.add(token.norm);
    }
  }
  return vocabulary;
}

/**
 * Finds the people named in an article's sentences.
 *
 * Rules, cheapest first: a title or honorific before a capitalised sequence ("Chinese President
 * Xi Jinping", "Mr Lee"); a sequence of two or more capitalised words that stop-lists do not
 * explain as a place, organisation, date, heading or sentence opener ("Sanae Takaichi"); a single
 * word that is the first or last word of a name found elsewhere in the article ("Takaichi");
 * finally compromise's people lexicon, only for the capitalised words still unexplained.
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
  const tokensBySentence = tokenized.tokens;
  const accepted: NameCandidate[] = [];
  const pending: PendingWord[] = [];
  const placesBySentence = tokenized.places;
  tokensBySentence.forEach((tokens, sentenceIndex) => {
    const places = placesBySentence[sentenceIndex] as TrieMatch<GazetteerEntry>[];
    scanSentence(tokens, places, sentenceIndex, accepted, pending);
  });
  const knownNames: string[][] = [];
  for (const candidate of accepted) {
    if (candidate.byline) continue;
    const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
    knownNames.push(rangeWords(tokens, candidate.first, candidate.last));
  }
  const left = resolveFromKnownNames(pending, tokensBySentence, knownNames, accepted);
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
  const people = accepted.filter(
    (candidate) =>
      candidate.source === 'title' ||
      candidate.byline ||
      !venues.has(candidateKey(tokensBySentence, candidate)),
  );
  const mentions = people.map((candidate): PersonMention => {
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
