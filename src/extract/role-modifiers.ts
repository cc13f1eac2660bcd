// Words that change what a role mention claims: "former", "then-", "late", "acting", "-elect",
// "predecessor". Read next to the title, never across punctuation or a sentence boundary.
import type { WordToken } from '../text/word-tokens.js';
import type { RoleModifier, RoleModifierKind, RoleTense } from './types.js';

/** Modifier words before a title (or between a jurisdiction and its title), by folded form. */
const MODIFIERS_BEFORE: ReadonlyMap<string, RoleModifierKind> = new Map([
  ['former', 'former'],
  ['ex', 'ex'],
  ['then', 'then'],
  ['late', 'late'],
  ['outgoing', 'outgoing'],
  ['incoming', 'incoming'],
  ['acting', 'acting'],
  ['interim', 'interim'],
  ['caretaker', 'interim'],
  ['new', 'new'],
  ['newly', 'new'],
]);

/** Hyphenated modifiers after a title ("President-elect", "Prime Minister-designate"). */
const MODIFIERS_AFTER: ReadonlyMap<string, RoleModifierKind> = new Map([
  ['elect', 'elect'],
  ['designate', 'incoming'],
]);

/** Nouns that name the holder before or after someone ("her predecessor, Fumio Kishida"). */
export const RELATION_MODIFIERS: ReadonlyMap<string, RoleModifierKind> = new Map([
  ['predecessor', 'predecessor'],
  ['successor', 'successor'],
]);

/** Modifiers that say the person held the role before the article's date. */
const PAST_KINDS: ReadonlySet<RoleModifierKind> = new Set([
  'former',
  'ex',
  'then',
  'late',
  'predecessor',
]);
/** Modifiers that say the person is about to take the role. */
const FUTURE_KINDS: ReadonlySet<RoleModifierKind> = new Set(['incoming', 'elect']);
/** Modifiers of a holder without full, formal standing. */
const ACTING_KINDS: ReadonlySet<RoleModifierKind> = new Set(['acting', 'interim']);

/**
 * The modifier kind of a word before a title, or undefined. "then" and "ex" count only when
 * hyphenated to the next word ("then-Chancellor"), so "and then President Trump" is not a
 * "then-" mention; "late" counts only as an adjective directly before a title or modifier.
 */
export function modifierBefore(
  tokens: readonly WordToken[],
  index: number,
): RoleModifierKind | undefined {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word') return undefined;
  const kind = MODIFIERS_BEFORE.get(token.norm);
  if (kind === undefined) return undefined;
  if ((kind === 'then' || kind === 'ex') && !tokens[index + 1]?.joined) return undefined;
  return kind;
}

/** The modifier kind of a hyphenated word right after a title ("-elect"), or undefined. */
export function modifierAfter(
  tokens: readonly WordToken[],
  index: number,
): RoleModifierKind | undefined {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || !token.joined) return undefined;
  return MODIFIERS_AFTER.get(token.norm);
}

/** Modifiers read backwards from just before token `start`: "the late former PM" → late, former. */
export interface ModifiersBefore {
  /** First token of the modifiers (equal to `start` when there are none). */
  start: number;
  kinds: RoleModifierKind[];
  words: string[];
}

/**
 * Reads the modifiers that stand directly before token `start`, stopping at the first word that
 * is not one (a determiner, a name, punctuation). Returns them in text order.
 */
export function readModifiersBefore(tokens: readonly WordToken[], start: number): ModifiersBefore {
  const kinds: RoleModifierKind[] = [];
  const words: string[] = [];
  let cursor = start - 1;
  while (cursor >= 0) {
    const kind = modifierBefore(tokens, cursor);
    if (kind === undefined) break;
    kinds.unshift(kind);
    words.unshift((tokens[cursor] as WordToken).text);
    cursor -= 1;
  }
  return { start: cursor + 1, kinds, words };
}

/** What a set of modifier kinds claims about time: past beats future beats present. */
export function tenseOf(kinds: readonly RoleModifierKind[]): RoleTense {
  if (kinds.some((kind) => PAST_KINDS.has(kind))) return 'past';
  if (kinds.some((kind) => FUTURE_KINDS.has(kind))) return 'future';
  return 'present';
}

/** Builds the modifier record of a mention, or null when it has no modifier words. */
export function buildModifier(
  kinds: readonly RoleModifierKind[],
  words: readonly string[],
): RoleModifier | null {
  if (kinds.length === 0) return null;
  return {
    kinds: [...kinds],
    text: words.join(' '),
    tense: tenseOf(kinds),
    acting: kinds.some((kind) => ACTING_KINDS.has(kind)),
  };
}
