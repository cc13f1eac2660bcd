// Normalising and comparing written person names: spelling, romanisation and surname-only forms.

/**
 * Letters that Unicode NFKD does not decompose into a base letter plus a mark,
 * mapped to the ASCII spelling English news uses ("Szydło" → "Szydlo").
 */
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
};

const COMBINING_MARKS = /\p{M}+/gu;
const UNDECOMPOSED = /[łŁøØđĐðÐßæÆœŒıþÞ]/g;
/** An English possessive at the very end: "Xi Jinping's", "Merz’s", "Reynolds'". */
const TRAILING_POSSESSIVE = /['’ʼ][sS]?$/;
const APOSTROPHES = /['’ʼ‘`]/g;
/** Dots, hyphens, dashes and any other non-letter, non-digit character separate name parts. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** Generational suffixes that follow a surname but are not part of it ("Marcos Jr."). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

/**
 * Lower-case particles that belong to the surname after them
 * ("von der Leyen", "Van Rompuy", "da Silva", "bin Salman").
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'bin',
  'binti',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);

/**
 * Romanised Chinese and Korean family names, normalised. Their given names are
 * the ones English news writes either hyphenated or spaced ("Suk-yeol" / "Suk Yeol").
 */
const CHINESE_KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  // Chinese (pinyin and Wade–Giles/Taiwanese/Singaporean spellings)
  'cai',
  'chan',
  'chang',
  'chen',
  'cheng',
  'chiang',
  'chou',
  'chu',
  'deng',
  'ding',
  'fang',
  'feng',
  'gao',
  'goh',
  'guo',
  'han',
  'he',
  'ho',
  'hu',
  'huang',
  'jiang',
  'ko',
  'kuo',
  'lai',
  'lam',
  'lau',
  'lee',
  'leung',
  'li',
  'liang',
  'lim',
  'lin',
  'liu',
  'lu',
  'luo',
  'ma',
  'ng',
  'ong',
  'peng',
  'soong',
  'su',
  'sun',
  'tan',
  'tang',
  'teo',
  'tsai',
  'wang',
  'wei',
  'wen',
  'wong',
  'wu',
  'xi',
  'xie',
  'xu',
  'yang',
  'yu',
  'zhang',
  'zhao',
  'zheng',
  'zhou',
  'zhu',
  // Korean
  'ahn',
  'ban',
  'cho',
  'choe',
  'choi',
  'chun',
  'chung',
  'hong',
  'hwang',
  'jang',
  'jeon',
  'jung',
  'kang',
  'kim',
  'kwon',
  'moon',
  'oh',
  'pak',
  'park',
  'rhee',
  'roh',
  'seo',
  'shin',
  'song',
  'yi',
  'yoon',
  'yun',
]);

/**
 * Romanised family names common in Chinese, Korean, Vietnamese and Khmer
 * names, normalised. Only consulted together with a family-name-first
 * jurisdiction or a hyphenated given name (see {@link inferFamilyNameFirst}).
 */
const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  ...CHINESE_KOREAN_FAMILY_NAMES,
  // Vietnamese
  'bui',
  'dang',
  'duong',
  'hoang',
  'huynh',
  'le',
  'ngo',
  'nguyen',
  'pham',
  'phan',
  'to',
  'tran',
  'vo',
  'vu',
  // Khmer
  'hun',
  'sar',
  'chea',
  'sam',
]);

/**
 * Role-id prefixes (ISO 3166 alpha-2) of jurisdictions whose English-language
 * news writes leaders' names family name first: China, Taiwan, the two Koreas,
 * Vietnam, Cambodia, Singapore, Hong Kong and Macau. Japan is absent on
 * purpose: English news writes "Sanae Takaichi", given name first.
 */
const FAMILY_NAME_FIRST_JURISDICTIONS: ReadonlySet<string> = new Set([
  'cn',
  'tw',
  'kr',
  'kp',
  'vn',
  'kh',
  'sg',
  'hk',
  'mo',
]);

/**
 * Canonical comparable form of a written person name: diacritics stripped
 * (NFKD), lower case, a trailing possessive dropped ("Xi Jinping's" → "xi jinping"),
 * apostrophes removed ("O'Brien" → "obrien"), hyphens, dots and other punctuation
 * turned into single spaces ("Suk-yeol" → "suk yeol"), and runs of single-letter
 * initials joined ("J. D. Vance", "J.D. Vance", "JD Vance" → "jd vance").
 * Titles ("President", "Dr") are kept: stripping them is the extractor's job.
 */
export function normalizePersonName(name: string): string {
  const cached = normalizedNames.get(name);
  if (cached !== undefined) return cached;
  const normalized = foldPersonName(name);
  // A pure function's memo: building an index normalises the same few thousand names many times.
  if (name.length <= MAX_CACHED_NAME_LENGTH) {
    if (normalizedNames.size >= NORMALIZED_CACHE_SIZE) normalizedNames.clear();
    normalizedNames.set(name, normalized);
  }
  return normalized;
}

/**
 * Entries kept by {@link normalizePersonName}'s memo before it starts over:
 * the bundled data (with the imported cabinets) has about 29,000 distinct name
 * forms, so this holds them all with room for the names of a batch of articles.
 * At 8,192 the memo cleared itself while the bundled table was being indexed.
 */
const NORMALIZED_CACHE_SIZE = 65_536;
/** Longer strings are not names; they are normalised but not remembered, so the memo stays small. */
const MAX_CACHED_NAME_LENGTH = 120;
const normalizedNames = new Map<string, string>();

function foldPersonName(name: string): string {
  const trimmed = name.trim().replace(TRAILING_POSSESSIVE, '');
  // Most names are plain ASCII; the Unicode folding steps are needed only for the rest.
  const folded = (
    ASCII_ONLY.test(trimmed)
      ? trimmed.toLowerCase().replace(APOSTROPHES, '').replace(ASCII_SEPARATORS, ' ')
      : trimmed
          .normalize('NFKD')
          .replace(COMBINING_MARKS, '')
          .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
          .toLowerCase()
          .replace(APOSTROPHES, '')
          .replace(SEPARATORS, ' ')
  ).trim();
  if (folded === '') return '';
  return folded.includes(' ') ? joinInitials(folded.split(' ')).join(' ') : folded;
}

// "J. D." and "JD" must compare equal, so consecutive one-letter tokens become one token.
function joinInitials(tokens: readonly string[]): string[] {
  const joined: string[] = [];
  let initials = '';
  for (const token of tokens) {
    if (token.length === 1) {
      initials += token;
      continue;
    }
    if (initials !== '') joined.push(initials);
    initials = '';
    joined.push(token);
  }
  if (initials !== '') joined.push(initials);
  return joined;
}

/**
 * An identity key that also ignores how a name is split into parts, so
 * romanisations that differ only in hyphens or spaces compare equal:
 * "Xi Jinping", "Xi Jin-ping" and "Xi Jin Ping" all give "xijinping".
 */
export function personKey(name: string): string {
  return normalizePersonName(name).replaceAll(' ', '');
}

/** Options for reading the parts of a name. */
export interface NameOrderOptions {
  /** Whether the family name is written first ("Xi Jinping", "Lee Jae-myung"). */
  familyNameFirst: boolean;
}

/**
 * Whether a person's name is written family name first. Decides per term:
 * the first word must be a common East Asian family name AND either the
 * office's jurisdiction writes names family-first (role id prefix `cn_`,
 * `kr_`, `sg_` …) or the given name is hyphenated Korean/Chinese style
 * ("Ban Ki-moon" at the UN). So "Lawrence Wong" (Singapore) and "Jim Yong Kim"
 * (World Bank) stay given-name first; a wrong guess is fixed with an explicit
 * `familyNameFirst` on the term.
 */
export function inferFamilyNameFirst(name: string, roleId = ''): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return false;
  const family = normalizePersonName(words[0] ?? '');
  if (!EAST_ASIAN_FAMILY_NAMES.has(family)) return false;
  if (FAMILY_NAME_FIRST_JURISDICTIONS.has(jurisdictionPrefix(roleId))) return true;
  return hasHyphenatedGivenName(words);
}

// The `<iso2>` part of `<iso2>_<office>`; organisation ids ("nato_…") yield a non-country prefix.
function jurisdictionPrefix(roleId: string): string {
  const underscore = roleId.indexOf('_');
  return underscore === -1 ? roleId : roleId.slice(0, underscore);
}

// Korean and Taiwanese given names are romanised as two hyphenated syllables ("Ki-moon", "Ing-wen").
function hasHyphenatedGivenName(words: readonly string[]): boolean {
  return words.length === 2 && /^\p{L}+-\p{L}+$/u.test(words[1] ?? '');
}

/**
 * The forms a surname-only mention of this person may take, normalised, best
 * first. Given-name-first names use the last word with any particles before
 * it ("von der leyen", then "leyen"); family-name-first names use the first
 * word ("xi"). Generational suffixes are skipped ("Ferdinand Marcos Jr." → "marcos").
 * A hyphenated surname stays one surname ("Okonjo-Iweala" → "okonjo iweala").
 */
export function surnameForms(name: string, options: NameOrderOptions): string[] {
  const words = name
    .trim()
    .split(/\s+/)
    .map((word) => normalizePersonName(word))
    .filter((word) => word !== '');
  if (words.length < 2) return [];
  if (options.familyNameFirst) return [words[0]!];
  let last = words.length - 1;
  while (last > 0 && NAME_SUFFIXES.has(words[last]!.replaceAll(' ', ''))) last -= 1;
  if (last === 0) return [];
  const surname = words[last]!;
  let first = last;
  while (first - 1 > 0 && SURNAME_PARTICLES.has(words[first - 1]!)) first -= 1;
  if (first === last) return [surname];
  return [words.slice(first, last + 1).join(' '), surname];
}

/**
 * Spellings of a Chinese or Korean family-name-first name that differ only in how the two
 * syllables of the given name are joined, which English news uses
 * interchangeably: "Yoon Suk Yeol" ↔ "Yoon Suk-yeol", "Lee Jae-myung" ↔
 * "Lee Jae Myung". Returns only forms different from `name`; a name that is
 * not family-name first, or whose given name is not two syllables, has none.
 */
export function romanisationVariants(name: string, options: NameOrderOptions): string[] {
  if (!options.familyNameFirst) return [];
  const words = name.trim().split(/\s+/);
  const family = words[0];
  // Only a Chinese or Korean family name starts such a name: "Premier Li Qiang" and "Nguyen Phu Trong" have no variant.
  if (family === undefined || !CHINESE_KOREAN_FAMILY_NAMES.has(normalizePersonName(family))) {
    return [];
  }
  const syllables = givenNameSyllables(words.slice(1));
  if (syllables === undefined) return [];
  const [first, second] = syllables;
  const variants = [
    `${family} ${capitalise(first)}-${second.toLowerCase()}`,
    `${family} ${capitalise(first)} ${capitalise(second)}`,
  ];
  return variants.filter((variant) => variant !== name);
}

// Two-syllable given names are written "Jae-myung" or "Jae Myung"; other shapes have no split to vary.
function givenNameSyllables(given: readonly string[]): [string, string] | undefined {
  if (given.length === 2) {
    const [first, second] = given;
    if (first && second && isLetters(first) && isLetters(second)) return [first, second];
    return undefined;
  }
  if (given.length === 1) {
    const parts = (given[0] ?? '').split('-');
    const [first, second] = parts;
    if (parts.length === 2 && first && second && isLetters(first) && isLetters(second)) {
      return [first, second];
    }
  }
  return undefined;
}

function isLetters(word: string): boolean {
  return /^\p{L}+$/u.test(word);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** How a written name relates to a known person, most specific first. */
export type PersonMatchKind = 'full-name' | 'alias' | 'romanisation' | 'surname';

/** Ranking of {@link PersonMatchKind}, lower is more specific. */
export const PERSON_MATCH_KIND_RANK: Readonly<Record<PersonMatchKind, number>> = {
  'full-name': 0,
  alias: 1,
  romanisation: 2,
  surname: 3,
};

/** A known person's names, as the knowledge base stores them. */
export interface PersonNames {
  /** Canonical full name: "Yoon Suk Yeol". */
  person: string;
  /** Other listed spellings and short forms. */
  aliases: readonly string[];
  familyNameFirst: boolean;
}

/** One written form under which a person can be found, with what kind of match it gives. */
export interface PersonNameForm {
  /** The form as the table writes it (or the surname as it appears in the full name). */
  form: string;
  /** `normalizePersonName(form)`. */
  normalized: string;
  /** `personKey(form)`. */
  key: string;
  kind: PersonMatchKind;
  /** Whether the table lists this form (canonical name, alias, derived variant) rather than deriving a surname. */
  listed: boolean;
}

/**
 * Every form a person may be written in: the full name, each alias, the
 * romanisation variants of both, and the surname forms. An alias that is
 * just the surname ("Xi") counts as a surname match: it says no more than a surname.
 */
export function personNameForms(names: PersonNames): PersonNameForm[] {
  const order = { familyNameFirst: names.familyNameFirst };
  const surnames = new Set(surnameForms(names.person, order));
  const forms: PersonNameForm[] = [];
  const seen = new Set<string>();
  const add = (form: string, kind: PersonMatchKind, listed: boolean) => {
    const normalized = normalizePersonName(form);
    if (normalized === '') return;
    const effectiveKind = kind !== 'full-name' && surnames.has(normalized) ? 'surname' : kind;
    const id = `${effectiveKind}\u0000${normalized}`;
    if (seen.has(id)) return;
    seen.add(id);
    forms.push({
      form,
      normalized,
      key: normalized.replaceAll(' ', ''),
      kind: effectiveKind,
      listed,
    });
  };
  add(names.person, 'full-name', true);
  for (const alias of names.aliases) add(alias, 'alias', true);
  for (const written of [names.person, ...names.aliases]) {
    for (const variant of romanisationVariants(written, order)) add(variant, 'romanisation', true);
  }
  for (const surname of surnames) add(surname, 'surname', false);
  return forms;
}

/**
 * How `written` denotes the person `names`, or undefined when it does not:
 * the same full name, a listed alias, a romanisation (same letters, other
 * hyphens or spaces), or the surname alone. Comparison is by
 * {@link normalizePersonName}, so case, diacritics, possessives and
 * punctuation do not matter.
 */
export function matchPersonName(written: string, names: PersonNames): PersonMatchKind | undefined {
  const normalized = normalizePersonName(written);
  if (normalized === '') return undefined;
  const key = normalized.replaceAll(' ', '');
  let best: PersonMatchKind | undefined;
  for (const form of personNameForms(names)) {
    let kind: PersonMatchKind | undefined;
    if (form.normalized === normalized) kind = form.kind;
    else if (form.key === key) kind = form.kind === 'surname' ? 'surname' : 'romanisation';
    if (
      kind &&
      (best === undefined || PERSON_MATCH_KIND_RANK[kind] < PERSON_MATCH_KIND_RANK[best])
    ) {
      best = kind;
    }
  }
  return best;
}
