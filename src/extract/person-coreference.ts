// Short and full forms of one person's name ("Xi", "President Xi", "Xi Jinping's") get one key,
// within an article and across the articles of a cluster; ambiguous short forms keep their own.
import { CorroborateError, describeType } from '../errors.js';
import { jaroWinklerSimilarity } from '../text/natural-adapter.js';
import { foldWord } from '../text/word-tokens.js';
import { RUN_CONNECTORS } from './people/word-lists.js';
import type { PersonMention } from './types.js';

/** Name suffixes that do not count as the surname when matching a short form ("Marcos" ⇒ "Ferdinand Marcos Jr."). */
const KEY_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Most shorter names one full name can contain: a short form is a trailing part or the first
 * word of its full name, so a name of n words contains at most n + 1 of them. Names run to ~8
 * words; beyond this many candidates no single full name can contain them all, so resolution
 * stops early instead of comparing every pair (it must stay linear on adversarial input).
 */
export const MAX_NESTED_CANDIDATES = 9;

/**
 * The canonical key of a name: lower case, no diacritics, no dots or apostrophes, hyphens as
 * spaces, single-letter middle initials dropped: "Donald J. Trump" → "donald trump",
 * "Yoon Suk-yeol" → "yoon suk yeol", "Xi Jinping" → "xi jinping".
 */
export function personNameKey(name: string): string {
  const words = foldWord(name)
    .replace(/['’]/g, '')
    .split(/[\s\-‐‑_]+/)
    .filter((word) => word !== '');
  return words.filter((word, index) => index === 0 || word.length > 1).join(' ');
}

function coreWords(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 1 && KEY_SUFFIXES.has(words[end - 1] as string)) end -= 1;
  return end === words.length ? words : words.slice(0, end);
}

/**
 * Western order: a short form is the full name's trailing words ("Takaichi", "Rapp Hooper").
 * A one-word short form ignores suffixes ("Marcos" ⇒ "Ferdinand Marcos Jr."); a longer one must
 * match exactly, so "Donald Trump" never becomes "Donald Trump Jr.".
 */
function isTrailingPart(short: readonly string[], full: readonly string[]): boolean {
  const target = short.length === 1 ? coreWords(full) : full;
  if (short.length >= target.length) return false;
  const offset = target.length - short.length;
  return short.every((word, index) => target[offset + index] === word);
}

/**
 * Family name first (Chinese, Korean, some Japanese and Cambodian names): a one-word short form
 * that is the first word of a full name, and not its last ("Xi" ⇒ "Xi Jinping", "Lee" ⇒
 * "Lee Jae Myung").
 */
function isFamilyNameFirst(short: readonly string[], full: readonly string[]): boolean {
  if (short.length !== 1 || full.length < 2) return false;
  const core = coreWords(full);
  return full[0] === short[0] && core[core.length - 1] !== short[0];
}

function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  return isTrailingPart(short, full) || isFamilyNameFirst(short, full);
}

/**
 * Maps every key that is a short form of exactly one longest name among `keys` to that name.
 * Keys with no such name, or with two ("Lee" beside "Lee Jae Myung" and "Lee Hsien Loong"),
 * are left out of the map: they stay as they are. Independent of the order of `keys`.
 */
export function resolveShortNames(keys: Iterable<string>): Map<string, string> {
  const unique = [...new Set(keys)].sort();
  const wordsOf = new Map(unique.map((key) => [key, key.split(' ')] as const));
  // Index full names by each of their trailing parts and by their first word, so a short form
  // finds its candidates by one look-up instead of comparing every pair.
  const byTrailingPart = new Map<string, string[]>();
  const byFirstWord = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, part: string, key: string): void => {
    const list = index.get(part);
    if (list) list.push(key);
    else index.set(part, [key]);
  };
  for (const key of unique) {
    const words = wordsOf.get(key) as string[];
    if (words.length < 2) continue;
    for (let offset = 1; offset < words.length; offset += 1)
      add(byTrailingPart, words.slice(offset).join(' '), key);
    const core = coreWords(words);
    if (core.length !== words.length) add(byTrailingPart, core[core.length - 1] as string, key);
    add(byFirstWord, words[0] as string, key);
  }
  const resolved = new Map<string, string>();
  for (const key of unique) {
    const short = wordsOf.get(key) as string[];
    const pool = new Set([
      ...(byTrailingPart.get(key) ?? []),
      ...(short.length === 1 ? (byFirstWord.get(key) ?? []) : []),
    ]);
    if (pool.size === 0 || pool.size > MAX_NESTED_CANDIDATES) continue;
    const candidates = [...pool].filter(
      (full) => full !== key && isShortFormOf(short, wordsOf.get(full) as string[]),
    );
    if (candidates.length === 0) continue;
    // Keep the longest names: "Rapp Hooper" is itself a short form of "Mira Rapp Hooper".
    const longest = candidates.filter(
      (candidate) =>
        !candidates.some(
          (other) =>
            other !== candidate &&
            isShortFormOf(wordsOf.get(candidate) as string[], wordsOf.get(other) as string[]),
        ),
    );
    if (longest.length === 1) resolved.set(key, longest[0] as string);
  }
  return resolved;
}

/** Keys of the people an article makes claims about: every mention's key except bylines. */
export function claimPersonKeys(mentions: readonly PersonMention[]): string[] {
  return mentions.filter((mention) => !mention.byline).map((mention) => mention.key);
}

/**
 * Gives each mention of one article its article-level key: a short form resolves to the one full
 * name in the article it fits ("Xi" → "xi jinping"); byline names are left out of resolution.
 * Returns new mention objects.
 */
export function assignArticleKeys(mentions: readonly PersonMention[]): PersonMention[] {
  const map = resolveShortNames(claimPersonKeys(mentions));
  return mentions.map((mention) => ({
    ...mention,
    key: mention.byline ? mention.key : (map.get(mention.key) ?? mention.key),
  }));
}

/**
 * Jaro–Winkler similarity from which the rest of two names with the same first word is read as
 * one name spelled two ways. Chosen on name pairs (rest compared without spaces):
 * "zelensky"/"zelenskyy" 0.978, "jae myung"/"jaemyung" 1, "jinping"/"jin ping" 1 must merge;
 * "jong un"/"jong nam" 0.910 and "jong un"/"jong il" 0.867 (Kim Jong Un, Kim Jong Nam, Kim Jong
 * Il) must not. The gap between 0.91 and 0.97 is wide; 0.93 sits in it. Reused, not re-tuned,
 * word by word for names whose every word differs ({@link isWordwiseVariant}): on the ECB+ dev
 * topics "kurbanguli"/"gurbanguli" (skeletons) 0.933 merges, "maria"/"mario" 0.920 and
 * "john"/"joan" 0.867 would not.
 */
export const NAME_VARIANT_SIMILARITY = 0.93;

/**
 * Most keys compared pairwise under one first word or one surname: beyond this many (an
 * adversarial list of "Kim …" or "… Smith" names) variants are matched by skeleton only, so
 * resolution stays near-linear.
 */
export const MAX_VARIANT_BUCKET = 32;

/**
 * A spelling skeleton of a name key: no spaces, "y" as "i", doubled letters single. Two
 * transliterations that differ only there ("Zelensky"/"Zelenskyy", "Lee Jae Myung"/"Lee
 * Jaemyung", "Hasan"/"Hassan") share a skeleton; "Johnson" and "Johnston" do not.
 */
export function nameSkeleton(key: string): string {
  let skeleton = '';
  for (const char of key) {
    if (char === ' ') continue;
    const letter = char === 'y' ? 'i' : char;
    if (skeleton.endsWith(letter)) continue;
    skeleton += letter;
  }
  return skeleton;
}

/** The key's name suffixes ("jr", "iii"), joined: names with different suffixes are different people. */
function suffixOf(words: readonly string[]): string {
  return words.slice(coreWords(words).length).join(' ');
}

/**
 * Whether two person keys are one name spelled two ways: the same skeleton
 * ({@link nameSkeleton}), or two or more words each with the same suffixes and either the same
 * first word and the rest at least {@link NAME_VARIANT_SIMILARITY} alike by Jaro–Winkler
 * ("volodymyr zelensky"/"volodymyr zelenskyy") or every word spelled two ways
 * ({@link isWordwiseVariant}: "kurbanguly berdymukhamedov"/"gurbanguli berdimuhamedov").
 * "kim jong un" and "kim jong nam" are not; neither are "donald trump" and "donald trump jr".
 */
export function isSpellingVariant(first: string, second: string): boolean {
  if (first === second) return true;
  const a = first.split(' ');
  const b = second.split(' ');
  if (suffixOf(a) !== suffixOf(b)) return false;
  if (nameSkeleton(first) === nameSkeleton(second)) return true;
  if (a.length < 2 || b.length < 2) return false;
  if (a[0] === b[0]) {
    const restA = coreWords(a).slice(1).join('');
    const restB = coreWords(b).slice(1).join('');
    if (restA === '' || restB === '') return false;
    return jaroWinklerSimilarity(restA, restB) >= NAME_VARIANT_SIMILARITY;
  }
  return isWordwiseVariant(coreWords(a), coreWords(b));
}

/**
 * Whether two names of the same number of words (two or more, suffixes aside) spell each word
 * two ways: every pair of words, taken in order, has spelling skeletons ({@link nameSkeleton})
 * at least {@link NAME_VARIANT_SIMILARITY} alike by Jaro–Winkler. Transliterations differ even
 * in the first letter ("Kurbanguly Berdymukhamedov" / "Gurbanguli Berdimuhamedov": "kurbanguli"
 * / "gurbanguli" 0.933, "berdimukhamedov" / "berdimuhamedov" 0.987); two people who share a
 * surname do not ("George" / "Laura Bush" 0.46, "John" / "Joan Smith" 0.87, "Maria" / "Mario
 * Garcia" 0.92).
 */
export function isWordwiseVariant(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  return a.every((word, index) => {
    const other = b[index] as string;
    if (word === other) return true;
    return (
      jaroWinklerSimilarity(nameSkeleton(word), nameSkeleton(other)) >= NAME_VARIANT_SIMILARITY
    );
  });
}

/** Union–find over key indices, with path halving. */
function findRoot(parents: number[], index: number): number {
  let cursor = index;
  while (parents[cursor] !== cursor) {
    parents[cursor] = parents[parents[cursor] as number] as number;
    cursor = parents[cursor] as number;
  }
  return cursor;
}

/**
 * Maps each key spelled differently from its cluster's preferred spelling to that spelling:
 * "volodymyr zelensky" → "volodymyr zelenskyy" when more articles write it so, "kurbanguly
 * berdymukhamedov" → "gurbanguli berdymukhamedov" ({@link isWordwiseVariant}). Candidate
 * pairs come from shared skeletons, shared first words and shared surnames (each bucket of at
 * most {@link MAX_VARIANT_BUCKET} keys compared pairwise), never from all pairs. A group of
 * spellings is merged only when it is unambiguous: every two of its keys are variants of each
 * other (so chains such as A~B~C with A≁C stay apart) and no article writes two of them (an
 * article that names both "Robert Kennedy" and "Robert Kenney" means two people). The
 * preferred spelling is the one most articles use, then the longer, then the first in
 * code-point order, so the result does not depend on article order.
 */
export function resolveSpellingVariants(
  keysByArticle: readonly (readonly string[])[],
): Map<string, string> {
  const articleCount = new Map<string, number>();
  for (const keys of keysByArticle) {
    for (const key of new Set(keys)) articleCount.set(key, (articleCount.get(key) ?? 0) + 1);
  }
  const keys = [...articleCount.keys()].sort();
  const parents = keys.map((_, index) => index);
  const union = (a: number, b: number): void => {
    const rootA = findRoot(parents, a);
    const rootB = findRoot(parents, b);
    if (rootA !== rootB) parents[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  };
  const bySkeleton = new Map<string, number>();
  const byFirstWord = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const skeleton = nameSkeleton(key);
    const same = bySkeleton.get(skeleton);
    if (same === undefined) bySkeleton.set(skeleton, index);
    else if (isSpellingVariant(keys[same] as string, key)) union(same, index);
    const words = key.split(' ');
    if (words.length < 2) return;
    const bucket = byFirstWord.get(words[0] as string);
    if (bucket) bucket.push(index);
    else byFirstWord.set(words[0] as string, [index]);
    const core = coreWords(words);
    if (core.length < 2) return;
    const last = core[core.length - 1] as string;
    const sameSurname = bySurname.get(last);
    if (sameSurname) sameSurname.push(index);
    else bySurname.set(last, [index]);
  });
  for (const bucket of [...byFirstWord.values(), ...bySurname.values()]) {
    if (bucket.length > MAX_VARIANT_BUCKET) continue;
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const a = bucket[i] as number;
        const b = bucket[j] as number;
        if (isSpellingVariant(keys[a] as string, keys[b] as string)) union(a, b);
      }
    }
  }
  const groups = new Map<number, string[]>();
  keys.forEach((key, index) => {
    const root = findRoot(parents, index);
    const group = groups.get(root);
    if (group) group.push(key);
    else groups.set(root, [key]);
  });
  // Which keys each article writes, built only if some group of spellings needs checking.
  let written: Set<string>[] | undefined;
  const resolved = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > MAX_NESTED_CANDIDATES) continue;
    const clique = group.every((a, i) => group.slice(i + 1).every((b) => isSpellingVariant(a, b)));
    if (!clique) continue;
    written ??= keysByArticle.map((articleKeys) => new Set(articleKeys));
    const together = written.some((set) => group.filter((key) => set.has(key)).length > 1);
    if (together) continue;
    const preferred = [...group].sort(
      (a, b) =>
        (articleCount.get(b) ?? 0) - (articleCount.get(a) ?? 0) ||
        b.length - a.length ||
        (a < b ? -1 : a > b ? 1 : 0),
    )[0] as string;
    for (const key of group) if (key !== preferred) resolved.set(key, preferred);
  }
  return resolved;
}

/**
 * Fewest letters of an acronym read as a named thing, and of one an expansion is keyed by.
 * Two-letter capitals are mostly places, pronouns and units ("US", "UK", "TV", "KO") and spell
 * too many phrases ("US" would take "United Services"); from three letters on ("AMD", "FBI",
 * "NATO") an acronym names one body.
 */
export const ACRONYM_MIN_LETTERS = 3;

/**
 * Most letters of an acronym read as a named thing: the bound `sentence-profile` uses for
 * acronyms (`ACRONYM_MAX_LENGTH`, chosen on MSRP and STS-B: all-caps words of 2–5 letters in
 * lower-case sentences are nearly all acronyms, longer ones mostly emphasis).
 */
export const ACRONYM_MAX_LETTERS = 5;

/** {@link ACRONYM_MIN_LETTERS} to {@link ACRONYM_MAX_LETTERS} capital letters and nothing else. */
const ACRONYM_NAME = /^\p{Lu}{3,5}$/u;

/**
 * The initials of a name key's words, connectors ("of", "and", "the", "for") left out:
 * "advanced micro devices" → "amd", "bank of america" → "ba". Empty when fewer than
 * {@link ACRONYM_MIN_LETTERS} words remain.
 */
export function keyInitials(key: string): string {
  const words = key.split(' ').filter((word) => word !== '' && !RUN_CONNECTORS.has(word));
  if (words.length < ACRONYM_MIN_LETTERS) return '';
  return words.map((word) => word[0]).join('');
}

/**
 * Maps each name key whose initials ({@link keyInitials}) spell one of `acronymKeys` (keys of
 * names written as acronyms in the cluster) to that acronym's key: "advanced micro devices" →
 * "amd" when some source writes "AMD". A key that is itself an acronym stays. "united services"
 * has two initials and never becomes "us"; "jane anne doe" becomes "jad" only if some source
 * writes "JAD".
 */
export function acronymKeyMap(
  keys: Iterable<string>,
  acronymKeys: ReadonlySet<string>,
): Map<string, string> {
  const map = new Map<string, string>();
  if (acronymKeys.size === 0) return map;
  for (const key of keys) {
    if (acronymKeys.has(key) || map.has(key)) continue;
    const initials = keyInitials(key);
    if (initials !== '' && acronymKeys.has(initials)) map.set(key, initials);
  }
  return map;
}

/** Whether a mention's name is written as an acronym ({@link ACRONYM_MIN_LETTERS}–{@link ACRONYM_MAX_LETTERS} capitals, nothing else). */
export function isAcronymName(name: string): boolean {
  return ACRONYM_NAME.test(name);
}

/** People of a cluster of articles with keys that agree across the articles. */
export interface ClusterPersonKeys {
  /** The mentions, one array per article in the order given, with cluster-level keys. */
  mentionsByArticle: PersonMention[][];
  /**
   * Per article, each of its article-level keys → its cluster-level key (keys sorted). Apply it
   * to role mentions' `personKey` and event slots' `participants` of the same article.
   */
  keyMapByArticle: Array<Record<string, string>>;
}

function assertMentionsByArticle(value: unknown): asserts value is PersonMention[][] {
  if (!Array.isArray(value)) {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `resolvePersonKeys: mentionsByArticle must be an array with one array of person mentions per article, but it is ${describeType(value)}.`,
      { field: 'mentionsByArticle' },
    );
  }
  value.forEach((mentions: unknown, articleIndex) => {
    if (!Array.isArray(mentions)) {
      throw new CorroborateError(
        'INVALID_ARTICLE',
        `resolvePersonKeys: mentionsByArticle[${articleIndex}] must be the array extractPeople returned, but it is ${describeType(mentions)}.`,
        { field: 'mentionsByArticle', index: articleIndex },
      );
    }
    mentions.forEach((mention: unknown, mentionIndex) => {
      const record = mention as Partial<PersonMention> | null;
      if (
        record === null ||
        typeof record !== 'object' ||
        typeof record.key !== 'string' ||
        record.key === ''
      ) {
        throw new CorroborateError(
          'INVALID_ARTICLE',
          `resolvePersonKeys: mentionsByArticle[${articleIndex}][${mentionIndex}] must be a person mention with a non-empty string key.`,
          { field: 'mentionsByArticle', index: articleIndex, mentionIndex },
        );
      }
    });
  });
}

/**
 * The person keys of a cluster (per article, bylines left out) that resolve to another key:
 * spelling variants to the preferred spelling, then short forms to the one full name that fits
 * ("xi" → "xi jinping"), then names whose initials spell one of `acronymKeys` (keys the
 * cluster writes as acronyms) to that acronym ({@link acronymKeyMap}: "advanced micro devices"
 * → "amd"). Keys that stay as they are have no entry. Depends only on the set of keys per
 * article, not on the order of the articles.
 */
export function clusterKeyMap(
  keysByArticle: readonly (readonly string[])[],
  acronymKeys: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const variants = resolveSpellingVariants(keysByArticle);
  const spelled = (key: string): string => variants.get(key) ?? key;
  // Every key once, in first-seen order (a corpus passes thousands of articles' keys per call).
  const keys = new Set<string>();
  for (const articleKeys of keysByArticle) for (const key of articleKeys) keys.add(key);
  const shortNames = resolveShortNames([...keys].map(spelled));
  const full = (key: string): string => shortNames.get(spelled(key)) ?? spelled(key);
  const expansions = acronymKeyMap([...keys].map(full).sort(), acronymKeys);
  const map = new Map<string, string>();
  for (const key of keys) {
    const resolved = expansions.get(full(key)) ?? full(key);
    if (resolved !== key) map.set(key, resolved);
  }
  return map;
}

/**
 * Resolves person keys across the articles of one cluster: an article that only says "President
 * Xi" gets the key "xi jinping" when another article names Xi Jinping and no other full name in
 * the cluster fits "Xi". Spellings of one name across articles ("Zelensky"/"Zelenskyy") first
 * take the cluster's preferred spelling (see {@link resolveSpellingVariants}); a name whose
 * initials spell an acronym some mention is written as takes the acronym's key ("Advanced Micro
 * Devices" → "amd" beside "AMD", {@link acronymKeyMap}). Resolution uses the union of all
 * articles' keys, so the result does not depend on article order. Inputs are not modified.
 */
export function resolvePersonKeys(
  mentionsByArticle: readonly (readonly PersonMention[])[],
): ClusterPersonKeys {
  assertMentionsByArticle(mentionsByArticle);
  const acronyms = new Set<string>();
  for (const mentions of mentionsByArticle)
    for (const mention of mentions)
      if (!mention.byline && isAcronymName(mention.name)) acronyms.add(mention.key);
  const map = clusterKeyMap(mentionsByArticle.map(claimPersonKeys), acronyms);
  const resolvedMentions = mentionsByArticle.map((mentions) =>
    mentions.map((mention) => ({
      ...mention,
      key: mention.byline ? mention.key : (map.get(mention.key) ?? mention.key),
    })),
  );
  const keyMapByArticle = mentionsByArticle.map((mentions) => {
    const keys = [...new Set(mentions.map((mention) => mention.key))].sort();
    const record: Record<string, string> = {};
    for (const key of keys) record[key] = map.get(key) ?? key;
    return record;
  });
  return { mentionsByArticle: resolvedMentions, keyMapByArticle };
}
