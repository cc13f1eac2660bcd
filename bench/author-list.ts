// Normalises bookstore author strings ("Han, Jiawei; Kamber, Micheline", "Jiawei Han, Micheline Kamber", "HAN")
// to one comparable value: the sorted set of surnames. Used by bench/truth-book.ts for claims and the answer key.

/** Whole-field placeholders that mean "no author given": such listings make no claim. */
const NO_AUTHOR = new Set([
  'not available',
  'none',
  'n/a',
  'na',
  'unknown',
  'various',
  'anonymous',
]);

/** Name parts that are never a surname: generational suffixes, degrees, titles, role words. */
const NOT_A_SURNAME = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'editor',
  'editors',
  'ed',
  'eds',
  'author',
  'authors',
  'et',
  'al',
  'etc',
  'others',
]);

/** Lower-case particles that belong to the surname after them ("van Rossum", "De Clercq"): skipped when judging shape. */
const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'della',
  'le',
  'la',
]);

/**
 * The sorted, de-duplicated surnames of an author string, joined by `;`
 * (`"han;kamber"`), or `null` when it names nobody ("Not Available", empty).
 * Surnames are lower-case ASCII letters and digits only, so "O'Leary",
 * "OLeary" and "o'leary" agree, as do "Stützle" and "Stutzle". Order, initials,
 * given names, "(Author)" / "(Editor)" notes and "et al." do not matter.
 *
 * Handles "Last, First", "First Last", and lists separated by `;`, `|`, `/`,
 * `&`, "and", parenthetical notes, or commas alone (see {@link surnamesOfCommaList}).
 */
export function normalizeAuthorList(raw: string): string | null {
  const cleaned = decodeEntities(raw).trim();
  if (NO_AUTHOR.has(cleaned.toLowerCase())) return null;
  const surnames = new Set<string>();
  for (const chunk of splitAuthors(cleaned)) {
    for (const surname of surnamesOfCommaList(chunk)) surnames.add(surname);
  }
  if (surnames.size === 0) return null;
  return [...surnames].sort().join(';');
}

/**
 * Splits on the separators that always divide authors: `;`, `|`, `/`, `&`,
 * the words "and", "by" and "edited", which stores put before each name
 * ("Edited by Jones, Karen Edited by Willett, Peter"), and parenthetical
 * notes, which they put after it ("Kaplan, Joseph E. (Author) Dunn, Ryan (Author)").
 */
export function splitAuthors(text: string): string[] {
  return text
    .replace(/\([^()]*\)/g, ';')
    .split(/[;|/&]|\b(?:and|by|edited)\b/i)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
}

/**
 * Surnames of one comma-separated chunk. If its first part is one word, the
 * chunk is "Last, First[, Last, First…]"; otherwise every part is
 * "First Last". In "Last, First" lists a given-name part may also hold the next
 * author's surname when the store dropped a separator
 * ("Hofmeister, Christine Nord, Robert Soni, Dilip"): see {@link givenPartEndsInSurname}.
 */
export function surnamesOfCommaList(chunk: string): string[] {
  const parts = chunk
    .split(',')
    .map(nameWords)
    .filter((words) => words.length > 0);
  const first = parts[0];
  if (first === undefined) return [];
  if (significantWords(first).length !== 1) {
    return parts.map(surnameOfFirstLast).filter((surname) => surname !== null);
  }
  const surnames: string[] = [];
  let expectSurname = true;
  for (let i = 0; i < parts.length; i++) {
    const words = parts[i]!;
    if (expectSurname) {
      const surname = surnameOfFirstLast(words);
      if (surname !== null) surnames.push(surname);
      expectSurname = false;
      continue;
    }
    if (givenPartEndsInSurname(words, parts[i + 1], i + 1 === parts.length - 1)) {
      const surname = surnameOfFirstLast(words);
      if (surname !== null) surnames.push(surname);
      continue; // the next part is this new author's given names
    }
    expectSurname = true;
  }
  return surnames;
}

/**
 * In a "Last, First" list, does this given-name part end with the next
 * author's surname? Yes when it has two or more words, the last a full word
 * (not an initial), and the following part is not a lone word that itself
 * starts a new "Last, First" pair. Motivating case: "Han, Jiawei Kamber,
 * Micheline" (→ han, kamber). Must not fire on "Johnson, Michael K., Troan,
 * Erik W." (ends in an initial) or "Knuth, Donald Ervin, Jones, Bob" (next
 * part "Jones" is a lone word followed by more).
 */
export function givenPartEndsInSurname(
  words: string[],
  next: string[] | undefined,
  nextIsLast: boolean,
): boolean {
  if (next === undefined) return false;
  const last = words[words.length - 1]!;
  if (words.length < 2 || last.length < 2 || NOT_A_SURNAME.has(last)) return false;
  const nextIsLoneSurname = significantWords(next).length === 1 && !nextIsLast;
  return !nextIsLoneSurname;
}

// "First Middle Last": the last word that is not an initial, suffix or role word.
function surnameOfFirstLast(words: string[]): string | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (word.length >= 2 && !NOT_A_SURNAME.has(word) && !SURNAME_PARTICLES.has(word)) return word;
  }
  return null;
}

function significantWords(words: string[]): string[] {
  return words.filter((word) => !SURNAME_PARTICLES.has(word) && !NOT_A_SURNAME.has(word));
}

// Lower-case ASCII words; dots split too, so "J.N." is two initials and "W.Richard" is "w richard".
function nameWords(part: string): string[] {
  return part
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`-]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

// Stores escape names as HTML: "&amp;" separates authors, "&oacute;" is an accented letter.
function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/gi, '&')
    .replace(/&([a-z])(?:acute|grave|uml|circ|tilde|ring|cedil|slash);/gi, '$1')
    .replace(/&#?[a-z0-9]{1,8};/gi, ' ');
}

/**
 * How far a source naming the authors `supporting` backs the list
 * `supported`: the share of `supporting`'s surnames that `supported` also
 * lists. Stores often give only the first author, so "han" fully backs
 * "han;kamber" while "han;kamber" backs "han" only half — TruthFinder's
 * author implication (Yin, Han & Yu 2007, §4: a fact that is a subset of
 * another supports it).
 */
export function authorListSupport(supporting: string, supported: string): number {
  const a = supporting.split(';');
  const b = new Set(supported.split(';'));
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared / a.length;
}
