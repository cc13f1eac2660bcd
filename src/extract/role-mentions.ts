// Finds claims that a named person holds an office: a role phrase from the lexicon bound to a
// person mention next to it ("German Chancellor Olaf Scholz", "Olaf Scholz, Germany's chancellor").
import { CorroborateError, describeType } from '../errors.js';
import { readOptions } from '../input/read-options.js';
import { normalizePersonName } from '../knowledge/person-names.js';
import type { RoleRecord } from '../knowledge/types.js';
import { assertSentences } from '../text/assert-sentences.js';
import type { SentenceSpan } from '../text/types.js';
import { tokenEndingAt, tokenStartingAt, type WordToken } from '../text/word-tokens.js';
import { type TokenizedSentences, tokenizeSentences } from './gazetteer.js';
import { bylineNames } from './people/bylines.js';
import { peopleIn } from './people/extract-people.js';
import { COMMON_CAPITALISED_WORDS, isDateWord } from './people/lexicon.js';
import { DESCRIPTIVE_TITLES, type RolePhraseMatch, roleLexicon } from './role-lexicon.js';
import {
  buildModifier,
  modifierAfter,
  modifierBefore,
  RELATION_MODIFIERS,
  readModifiersBefore,
} from './role-modifiers.js';
import type { PersonMention, RoleMention, RoleModifierKind } from './types.js';

/** Options of {@link extractRoleMentions}. */
export interface ExtractRoleMentionsOptions {
  /**
   * The article's people, as {@link extractPeople} returned them for the same sentences. Pass
   * them to avoid extracting people twice; by default they are extracted here.
   */
  people?: readonly PersonMention[];
}

/**
 * How many sentences back "his predecessor" may look for the role it refers to. One: the role is
 * named in the same sentence or the one before ("… Prime Minister Sanae Takaichi. Her predecessor,
 * Shigeru Ishiba, …"); further back the referent is a guess.
 */
export const RELATION_LOOKBACK_SENTENCES = 1;

/** Possessive determiners that open "his predecessor" / "her successor". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Words after which a role phrase continues into a longer, different title ("Secretary of State for Foreign Affairs"). */
const TITLE_CONTINUATIONS: ReadonlySet<string> = new Set(['for', 'of']);

/** Person mentions of one sentence, indexed by their first and last token. */
interface SentencePeople {
  byFirstToken: Map<number, { mention: PersonMention; last: number }>;
  byLastToken: Map<number, { mention: PersonMention; first: number }>;
}

/**
 * Lower-case name particles that join a family name to the given names: "Mohammed bin Salman",
 * "Luiz Inácio Lula da Silva", "Ursula von der Leyen".
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'bint',
  'abu',
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'du',
  'ter',
  'ten',
  'zu',
]);

/**
 * Arabic article particles, which are also English words ("at", "as", "an"): they join a name
 * only with a hyphen ("Abdel Fattah el-Sisi", "Bashar al-Assad"), never across a space
 * ("Kishida at Camp David").
 */
export const HYPHENATED_NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'ash',
  'as',
  'at',
  'az',
  'ar',
  'an',
]);

/** Whether the token at `index` is a lower-case particle that may continue a name. */
function isNameParticle(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || token.capitalised) return false;
  if (NAME_PARTICLES.has(token.norm)) return true;
  return HYPHENATED_NAME_PARTICLES.has(token.norm) && tokens[index + 1]?.joined === true;
}

/**
 * The last token of a name that goes on past `last` across particles: "Abdel Fattah" followed
 * by "el-Sisi" ends at "Sisi". A particle counts only when a capitalised word follows it
 * (after at most two particles: "von der Leyen"); otherwise the name ends at `last`.
 */
export function extendNameAcrossParticles(tokens: readonly WordToken[], last: number): number {
  let end = last;
  for (;;) {
    let cursor = end + 1;
    let particles = 0;
    while (particles < 2 && isNameParticle(tokens, cursor)) {
      cursor += 1;
      particles += 1;
    }
    const next = tokens[cursor];
    if (particles === 0 || next === undefined || next.kind !== 'word' || !next.capitalised) {
      return end;
    }
    end = cursor;
    // "el-Sisi's": a possessive closes the name.
    if (next.possessive) return end;
  }
}

/** The person mention widened to `last`, its name and key taken from the text. */
function widenMention(
  mention: PersonMention,
  tokens: readonly WordToken[],
  sentence: SentenceSpan,
  last: number,
): PersonMention {
  const end = sentence.start + (tokens[last] as WordToken).end;
  const name = sentence.text.slice(mention.start - sentence.start, end - sentence.start);
  return { ...mention, name, key: normalizePersonName(name), end };
}

function indexPeople(
  tokens: readonly WordToken[],
  sentence: SentenceSpan,
  people: readonly PersonMention[],
): SentencePeople {
  const byFirstToken = new Map<number, { mention: PersonMention; last: number }>();
  const byLastToken = new Map<number, { mention: PersonMention; first: number }>();
  for (const found of people) {
    if (found.byline) continue;
    const first = tokenStartingAt(tokens, found.start - sentence.start);
    const cut = tokenEndingAt(tokens, found.end - sentence.start);
    if (first < 0 || cut < first) continue;
    const last = extendNameAcrossParticles(tokens, cut);
    const mention = last === cut ? found : widenMention(found, tokens, sentence, last);
    if (!byFirstToken.has(first)) byFirstToken.set(first, { mention, last });
    if (!byLastToken.has(last)) byLastToken.set(last, { mention, first });
  }
  return { byFirstToken, byLastToken };
}

/**
 * A bare title right after another capitalised word is the tail of a longer title the lexicon
 * does not know ("Senate Foreign Relations Committee Chair Jim Risch", "Deputy Prime Minister",
 * "Malaysian Prime Minister" without a Malaysian role): it names none of the roles titled so.
 * Dates and sentence openers before it ("On Monday President Trump", "But President Xi") do not count.
 */
export function isInsideUnknownTitle(tokens: readonly WordToken[], start: number): boolean {
  const previous = tokens[start - 1];
  if (previous === undefined || previous.kind !== 'word' || previous.possessive) return false;
  if (!previous.capitalised && !previous.allCaps) return false;
  if (modifierBefore(tokens, start - 1) !== undefined) return false;
  return !(isDateWord(tokens, start - 1) || COMMON_CAPITALISED_WORDS.has(previous.norm));
}

/** "Secretary of State for Foreign Affairs", "Prime Minister of Vanuatu": the title goes on into one the lexicon did not match. */
function continuesIntoLongerTitle(tokens: readonly WordToken[], end: number): boolean {
  const next = tokens[end];
  const after = tokens[end + 1];
  return (
    next !== undefined &&
    TITLE_CONTINUATIONS.has(next.norm) &&
    after !== undefined &&
    (after.capitalised ||
      after.allCaps ||
      (after.norm === 'the' && tokens[end + 2]?.capitalised === true))
  );
}

/** An appositive name ends at a comma, a closing bracket, the end of the sentence, or a relative pronoun. */
function closesAppositive(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  return (
    token === undefined ||
    (token.kind === 'punct' && [',', '.', ')', ';', '—', '–'].includes(token.text)) ||
    token.norm === 'who'
  );
}

function spanText(
  sentence: SentenceSpan,
  tokens: readonly WordToken[],
  first: number,
  endExclusive: number,
): string {
  return sentence.text.slice(
    (tokens[first] as WordToken).start,
    (tokens[endExclusive - 1] as WordToken).end,
  );
}

function assertRoleOptions(options: unknown): ExtractRoleMentionsOptions {
  const { people } = readOptions(
    options,
    ['people'],
    'options',
    'extractRoleMentions',
  ) as ExtractRoleMentionsOptions;
  if (people !== undefined && !Array.isArray(people)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `extractRoleMentions: options.people must be the array extractPeople returned for the same sentences, but it is ${describeType(people)}.`,
      { field: 'options.people' },
    );
  }
  return people === undefined ? {} : { people };
}

/**
 * "Omar Warsi, a leader of Pakistan", "an adviser, a minister of …": an indefinite article makes
 * the phrase one of many, not the office the table lists ("the leader of Pakistan").
 */
export function isIndefiniteArticle(token: WordToken | undefined): boolean {
  return token !== undefined && (token.norm === 'a' || token.norm === 'an');
}

/**
 * "John Ging, the head of the UN Relief and Works agency": a descriptive title ("head",
 * "chief", "leader") of a jurisdiction that goes on into a longer name or noun phrase heads a
 * body inside it, not the jurisdiction itself. Only a clause boundary (punctuation or the end
 * of the sentence) right after the jurisdiction keeps "the head of the UN" the top office.
 */
export function describesSubBody(tokens: readonly WordToken[], phrase: RolePhraseMatch): boolean {
  if (phrase.shape !== 'title-of-jurisdiction') return false;
  const title = tokens
    .slice(phrase.titleStart, phrase.titleEnd)
    .map((token) => token.norm)
    .join(' ');
  if (!DESCRIPTIVE_TITLES.has(title)) return false;
  const next = tokens[phrase.end];
  return next !== undefined && next.kind !== 'punct';
}

/** Binds one role phrase to the person it names, or returns null when no person stands next to it. */
function bindPhrase(
  phrase: RolePhraseMatch,
  tokens: readonly WordToken[],
  sentence: SentenceSpan,
  sentenceIndex: number,
  people: SentencePeople,
): { mention: RoleMention; resumeAt: number } | null {
  const bare = phrase.shape === 'bare-title';
  const before = readModifiersBefore(tokens, phrase.start);
  let end = phrase.end;
  const afterKind = modifierAfter(tokens, end);
  const kinds: RoleModifierKind[] = [...before.kinds];
  const words: string[] = [...before.words];
  for (const index of phrase.innerModifiers) {
    kinds.push(modifierBefore(tokens, index) as RoleModifierKind);
    words.push((tokens[index] as WordToken).text);
  }
  if (afterKind !== undefined) {
    kinds.push(afterKind);
    words.push((tokens[end] as WordToken).text);
    end += 1;
  }
  if (
    bare &&
    (!(tokens[phrase.titleStart] as WordToken).capitalised ||
      isInsideUnknownTitle(tokens, before.start))
  ) {
    return null;
  }
  if (phrase.shape !== 'title-of-jurisdiction' && continuesIntoLongerTitle(tokens, end))
    return null;
  let person: { mention: PersonMention; first: number; last: number } | null = null;
  let shape: RoleMention['shape'] = bare ? 'bare-title' : 'title-name';
  if (!phrase.possessive) {
    const direct = people.byFirstToken.get(end);
    if (direct) person = { mention: direct.mention, first: end, last: direct.last };
    else if (!bare && tokens[end]?.text === ',') {
      const appositive = people.byFirstToken.get(end + 1);
      if (appositive && closesAppositive(tokens, appositive.last + 1)) {
        person = { mention: appositive.mention, first: end + 1, last: appositive.last };
      }
    }
  }
  if (!person && !bare && !phrase.possessive && !describesSubBody(tokens, phrase)) {
    // "Olaf Scholz, the German chancellor": a comma, an optional article, then the phrase.
    let cursor = before.start - 1;
    if (isIndefiniteArticle(tokens[cursor])) return null;
    if (tokens[cursor]?.norm === 'the') cursor -= 1;
    if (tokens[cursor]?.text === ',') {
      const named = people.byLastToken.get(cursor - 1);
      if (named) {
        person = { mention: named.mention, first: named.first, last: cursor - 1 };
        shape = 'name-title';
      }
    }
  }
  if (!person) return null;
  const jurisdiction = phrase.jurisdiction
    ? spanText(sentence, tokens, phrase.jurisdiction.start, phrase.jurisdiction.end)
    : null;
  const firstToken = Math.min(before.start, person.first);
  const lastToken = Math.max(end - 1, person.last);
  const mention: RoleMention = {
    roleId: !bare && phrase.roleIds.length === 1 ? (phrase.roleIds[0] as string) : null,
    roleCandidates: [...phrase.roleIds],
    title: spanText(sentence, tokens, phrase.titleStart, phrase.titleEnd),
    jurisdiction,
    person: person.mention.name,
    personKey: person.mention.key,
    modifier: buildModifier(kinds, words),
    shape,
    sentenceIndex,
    start: sentence.start + (tokens[firstToken] as WordToken).start,
    end: sentence.start + (tokens[lastToken] as WordToken).end,
    personStart: person.mention.start,
    personEnd: person.mention.end,
  };
  return { mention, resumeAt: shape === 'name-title' ? end : Math.max(end, person.last + 1) };
}

/**
 * "her predecessor, Fumio Kishida", "Scholz's successor Friedrich Merz": the role of an earlier
 * mention, held by the named person before or after. The role comes from the possessor's own
 * mention when the possessor is named, else from the latest mention in this sentence or the
 * {@link RELATION_LOOKBACK_SENTENCES} before it. Never binds a name across a sentence boundary.
 */
function findRelations(
  tokens: readonly WordToken[],
  sentence: SentenceSpan,
  sentenceIndex: number,
  people: SentencePeople,
  earlier: readonly RoleMention[],
): RoleMention[] {
  const relations: RoleMention[] = [];
  tokens.forEach((token, index) => {
    const kind = RELATION_MODIFIERS.get(token.norm);
    if (kind === undefined || token.possessive) return;
    let personFirst = index + 1;
    if (tokens[personFirst]?.text === ',') personFirst += 1;
    const named = people.byFirstToken.get(personFirst);
    if (!named) return;
    const previous = tokens[index - 1];
    if (previous === undefined) return;
    const possessor = previous.possessive ? people.byLastToken.get(index - 1) : undefined;
    if (!possessor && !POSSESSIVE_DETERMINERS.has(previous.norm) && previous.norm !== 'the') return;
    const inScope = earlier.filter(
      (mention) =>
        mention.shape !== 'relation' &&
        (mention.sentenceIndex < sentenceIndex || mention.end <= sentence.start + token.start),
    );
    let source: RoleMention | undefined;
    if (possessor) {
      source = [...inScope]
        .reverse()
        .find((mention) => mention.personKey === possessor.mention.key);
    } else {
      source = [...inScope]
        .reverse()
        .find((mention) => mention.sentenceIndex >= sentenceIndex - RELATION_LOOKBACK_SENTENCES);
    }
    if (!source || source.personKey === named.mention.key) return;
    const startToken = possessor ? possessor.first : index - 1;
    relations.push({
      roleId: source.roleId,
      roleCandidates: [...source.roleCandidates],
      title: source.title,
      jurisdiction: source.jurisdiction,
      person: named.mention.name,
      personKey: named.mention.key,
      modifier: buildModifier([kind], [token.text]),
      shape: 'relation',
      sentenceIndex,
      start: sentence.start + (tokens[startToken] as WordToken).start,
      end: named.mention.end,
      personStart: named.mention.start,
      personEnd: named.mention.end,
    });
  });
  return relations;
}

/**
 * Finds role mentions: a role phrase built from the roles' jurisdiction names, titles and
 * standalone titles, bound to the person named right after it ("German Chancellor Olaf Scholz",
 * "Japan's new prime minister, Sanae Takaichi") or right before it after a comma ("Olaf Scholz,
 * the German chancellor"), with its modifiers ("former", "then-", "late", "acting", "-elect") and
 * "predecessor"/"successor" relations.
 *
 * A bare title before a name ("President Lee") gives `roleId: null` and every role with that
 * title in `roleCandidates`, for the stale-figure stage to narrow down with the person. Titles of
 * offices not in `roles` ("Kremlin spokesman Dmitry Peskov", "Committee Chair Jim Risch") give no
 * mention: nothing could check them. Byline lines are skipped. Sorted by position.
 *
 * @example
 * ```ts
 * extractRoleMentions(sentences, officeHolders.roles)
 * // "German Chancellor Olaf Scholz" → { roleId: 'de_chancellor', person: 'Olaf Scholz', title: 'Chancellor', … }
 * ```
 */
export function extractRoleMentions(
  sentences: readonly SentenceSpan[],
  roles: readonly RoleRecord[],
  options?: ExtractRoleMentionsOptions,
): RoleMention[] {
  assertSentences(sentences, 'extractRoleMentions');
  // Malformed roles are reported before malformed options, as the lexicon is built first.
  roleLexicon(roles);
  const checked = assertRoleOptions(options);
  const tokenized = tokenizeSentences(sentences);
  return roleMentionsIn(
    sentences,
    tokenized,
    roles,
    checked.people ?? peopleIn(sentences, tokenized),
  );
}

/** {@link extractRoleMentions} on sentences the prepare stage has tokenized, with their people. */
export function roleMentionsIn(
  sentences: readonly SentenceSpan[],
  tokenized: TokenizedSentences,
  roles: readonly RoleRecord[],
  people: readonly PersonMention[],
): RoleMention[] {
  const lexicon = roleLexicon(roles);
  const peopleBySentence = new Map<number, PersonMention[]>();
  for (const mention of people) {
    const list = peopleBySentence.get(mention.sentenceIndex);
    if (list) list.push(mention);
    else peopleBySentence.set(mention.sentenceIndex, [mention]);
  }
  const mentions: RoleMention[] = [];
  const tokensBySentence = tokenized.tokens;
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = tokensBySentence[sentenceIndex] as WordToken[];
    if (bylineNames(tokens) !== null) return;
    const sentencePeople = indexPeople(tokens, sentence, peopleBySentence.get(sentenceIndex) ?? []);
    const found: RoleMention[] = [];
    let index = 0;
    while (index < tokens.length) {
      const phrase = lexicon.matchAt(tokens, index);
      if (!phrase) {
        index += 1;
        continue;
      }
      const bound = bindPhrase(phrase, tokens, sentence, sentenceIndex, sentencePeople);
      if (bound) found.push(bound.mention);
      index = bound ? bound.resumeAt : phrase.end;
    }
    mentions.push(...found);
    const relations = findRelations(tokens, sentence, sentenceIndex, sentencePeople, mentions);
    mentions.push(...relations);
  });
  return mentions.sort(
    (a, b) => a.start - b.start || a.end - b.end || a.personStart - b.personStart,
  );
}
