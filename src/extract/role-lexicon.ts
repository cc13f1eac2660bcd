// The role lexicon: every way the roles' records let text name an office ("German Chancellor",
// "Chancellor of Germany", "Germany's chancellor", "Treasury Secretary", "President"), as three
// token tries built once per roles array and cached, so matching is linear in the text.
import { CorroborateError, describeType } from '../errors.js';
import type { RoleRecord } from '../knowledge/types.js';
import { type CaseRule, TokenTrie, tokenizeWords, type WordToken } from '../text/word-tokens.js';
import { modifierBefore } from './role-modifiers.js';

/**
 * Titles too descriptive to name an office on their own before a name: "Leader Kim" and
 * "Chief Powell" are not how news styles anyone, while "the Chinese leader" with a jurisdiction
 * still is a role mention.
 */
export const DESCRIPTIVE_TITLES: ReadonlySet<string> = new Set([
  'leader',
  'chief',
  'head',
  'head of state',
  'top diplomat',
  'paramount leader',
]);

/**
 * Adjectives allowed between a jurisdiction and its title besides modifiers ("Japan's first
 * female prime minister"); at most {@link MAX_INNER_WORDS} of them.
 */
const NEUTRAL_ROLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'first',
  'female',
  'woman',
  'sitting',
  'current',
  'elected',
  'incumbent',
  'embattled',
  'veteran',
  'longtime',
  'long-serving',
  'hardline',
  'conservative',
  'liberal',
  'populist',
  'nationalist',
  'socialist',
  'centrist',
  'reformist',
  'youngest',
  'oldest',
]);

/** Most words between a jurisdiction and its title ("Japan's new first female prime minister" has three). */
export const MAX_INNER_WORDS = 3;

/** How a role phrase is built. */
export type RolePhraseShape =
  | 'jurisdiction-title'
  | 'title-of-jurisdiction'
  | 'standalone'
  | 'bare-title';

/** A role phrase found at a token position. Token ranges are half-open: `[start, end)`. */
export interface RolePhraseMatch {
  shape: RolePhraseShape;
  /** Role ids the phrase fits, sorted. */
  roleIds: string[];
  start: number;
  end: number;
  titleStart: number;
  titleEnd: number;
  /** The jurisdiction words, or null for standalone and bare titles. */
  jurisdiction: { start: number; end: number } | null;
  /** Modifier tokens between the jurisdiction and the title ("Japan's new prime minister"). */
  innerModifiers: number[];
  /** The phrase's last word is possessive ("the Prime Minister's Office"): it owns something, it names no one. */
  possessive: boolean;
}

interface TitleValue {
  roleId: string;
  /** The title's folded words joined by spaces: "prime minister". */
  title: string;
}

/** The compiled lexicon of one roles array. */
export interface RoleLexicon {
  /** The best role phrase starting at token `index`, or null. */
  matchAt(tokens: readonly WordToken[], index: number): RolePhraseMatch | null;
}

const cache = new WeakMap<readonly RoleRecord[], RoleLexicon>();

function assertStringList(value: unknown, where: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new CorroborateError(
      'INVALID_KNOWLEDGE',
      `${where} must be an array of strings such as ["president"], but it is ${describeType(value)}${Array.isArray(value) ? ' with a non-string item' : ''}.`,
      { field: where },
    );
  }
  return value as string[];
}

function assertRoles(roles: unknown): asserts roles is RoleRecord[] {
  if (!Array.isArray(roles)) {
    throw new CorroborateError(
      'INVALID_KNOWLEDGE',
      `roles must be an array of role records (officeHolders.roles, or your own), but it is ${describeType(roles)}.`,
      { field: 'roles' },
    );
  }
  roles.forEach((role: unknown, index) => {
    const record = role as Partial<RoleRecord> | null;
    if (
      record === null ||
      typeof record !== 'object' ||
      typeof record.id !== 'string' ||
      record.id === ''
    ) {
      throw new CorroborateError(
        'INVALID_KNOWLEDGE',
        `roles[${index}] must be a role record with a non-empty string id such as "de_chancellor".`,
        { field: `roles[${index}]`, index },
      );
    }
    assertStringList(record.jurisdictionNames, `roles[${index}].jurisdictionNames`, true);
    assertStringList(record.titles, `roles[${index}].titles`, true);
    assertStringList(record.standaloneTitles, `roles[${index}].standaloneTitles`, false);
  });
}

/** Phrase tokens of a lexicon entry; empty entries ("", "  ") are skipped. */
function phraseTokens(phrase: string): WordToken[] {
  return tokenizeWords(phrase).filter((token) => token.kind !== 'punct');
}

/** Titles match in any case ("prime minister", "Prime Minister"), acronyms inside them only in capitals. */
function titleCaseRules(tokens: readonly WordToken[]): CaseRule[] {
  return tokens.map((token) => (token.allCaps ? 'exact-caps' : 'any'));
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function intersect(first: readonly string[], second: ReadonlySet<string>): string[] {
  return uniqueSorted(first.filter((value) => second.has(value)));
}

/** Compiles a roles array into its lexicon. */
function compile(roles: readonly RoleRecord[]): RoleLexicon {
  const jurisdictions = new TokenTrie<string>();
  const titles = new TokenTrie<TitleValue>();
  const standalone = new TokenTrie<string>();
  for (const role of roles) {
    for (const name of role.jurisdictionNames) {
      const tokens = phraseTokens(name);
      if (tokens.length > 0) jurisdictions.insert(tokens, role.id);
    }
    for (const title of role.titles) {
      const tokens = phraseTokens(title);
      if (tokens.length === 0) continue;
      const key = tokens.map((token) => token.norm).join(' ');
      titles.insert(tokens, { roleId: role.id, title: key }, titleCaseRules(tokens));
    }
    for (const phrase of role.standaloneTitles ?? []) {
      const tokens = phraseTokens(phrase);
      if (tokens.length > 0) standalone.insert(tokens, role.id, titleCaseRules(tokens));
    }
  }

  const firstWords = new Set([
    ...jurisdictions.firstWords(),
    ...titles.firstWords(),
    ...standalone.firstWords(),
  ]);

  /** Modifiers and neutral adjectives after a jurisdiction, before its title. */
  const skipInnerWords = (
    tokens: readonly WordToken[],
    from: number,
  ): { next: number; modifiers: number[] } => {
    const modifiers: number[] = [];
    let cursor = from;
    while (cursor < tokens.length && cursor - from < MAX_INNER_WORDS) {
      const token = tokens[cursor] as WordToken;
      if (modifierBefore(tokens, cursor) !== undefined) modifiers.push(cursor);
      else if (!(token.kind === 'word' && NEUTRAL_ROLE_ADJECTIVES.has(token.norm))) break;
      cursor += 1;
    }
    return { next: cursor, modifiers };
  };

  const matchAt = (tokens: readonly WordToken[], index: number): RolePhraseMatch | null => {
    // Every phrase starts with a jurisdiction, a title or a standalone title: most words start none.
    if (!firstWords.has((tokens[index] as WordToken | undefined)?.norm ?? '')) return null;
    const found: RolePhraseMatch[] = [];
    const jurisdiction = jurisdictions.longestMatch(tokens, index);
    if (jurisdiction) {
      const inner = skipInnerWords(tokens, jurisdiction.end);
      const title = titles.longestMatch(tokens, inner.next);
      if (title) {
        const roleIds = intersect(
          title.values.map((value) => value.roleId),
          new Set(jurisdiction.values),
        );
        if (roleIds.length > 0) {
          found.push({
            shape: 'jurisdiction-title',
            roleIds,
            start: index,
            end: title.end,
            titleStart: title.start,
            titleEnd: title.end,
            jurisdiction: { start: jurisdiction.start, end: jurisdiction.end },
            innerModifiers: inner.modifiers,
            possessive: title.possessive,
          });
        }
      }
    }
    const title = titles.longestMatch(tokens, index);
    if (title && !title.possessive) {
      let cursor = title.end;
      if (tokens[cursor]?.norm === 'of') {
        cursor += 1;
        if (tokens[cursor]?.norm === 'the') cursor += 1;
        const owner = jurisdictions.longestMatch(tokens, cursor);
        if (owner) {
          const roleIds = intersect(
            title.values.map((value) => value.roleId),
            new Set(owner.values),
          );
          if (roleIds.length > 0) {
            found.push({
              shape: 'title-of-jurisdiction',
              roleIds,
              start: index,
              end: owner.end,
              titleStart: title.start,
              titleEnd: title.end,
              jurisdiction: { start: owner.start, end: owner.end },
              innerModifiers: [],
              possessive: owner.possessive,
            });
          }
        }
      }
    }
    if (title) {
      const roleIds = uniqueSorted(
        title.values
          .filter((value) => !DESCRIPTIVE_TITLES.has(value.title))
          .map((value) => value.roleId),
      );
      if (roleIds.length > 0) {
        found.push({
          shape: 'bare-title',
          roleIds,
          start: index,
          end: title.end,
          titleStart: title.start,
          titleEnd: title.end,
          jurisdiction: null,
          innerModifiers: [],
          possessive: title.possessive,
        });
      }
    }
    const alone = standalone.longestMatch(tokens, index);
    if (alone) {
      found.push({
        shape: 'standalone',
        roleIds: uniqueSorted(alone.values),
        start: index,
        end: alone.end,
        titleStart: alone.start,
        titleEnd: alone.end,
        jurisdiction: null,
        innerModifiers: [],
        possessive: alone.possessive,
      });
    }
    // Longest phrase wins; on a tie the more specific shape (found earlier) wins.
    let best: RolePhraseMatch | null = null;
    for (const candidate of found) {
      if (
        best === null ||
        candidate.end > best.end ||
        (candidate.end === best.end && SHAPE_RANK[candidate.shape] < SHAPE_RANK[best.shape])
      ) {
        best = candidate;
      }
    }
    return best;
  };
  return { matchAt };
}

/** Preference among phrases of equal length: a jurisdiction pins the role, a bare title does not. */
const SHAPE_RANK: Readonly<Record<RolePhraseShape, number>> = {
  'jurisdiction-title': 0,
  'title-of-jurisdiction': 1,
  standalone: 2,
  'bare-title': 3,
};

/**
 * The lexicon of a roles array, compiled on first use and cached for the array's lifetime
 * (a WeakMap keyed by the array). Throws `INVALID_KNOWLEDGE` for a malformed role record.
 */
export function roleLexicon(roles: readonly RoleRecord[]): RoleLexicon {
  const cached = cache.get(roles);
  if (cached) return cached;
  assertRoles(roles);
  const lexicon = compile(roles);
  cache.set(roles, lexicon);
  return lexicon;
}
