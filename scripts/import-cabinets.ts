// Dev script: imports national heads, deputies and cabinet ministers from two open datasets into
// src/knowledge/data/cabinets.ts (compact text, decoded on first use by data/decode-cabinets.ts).
//
//   npx tsx scripts/import-cabinets.ts [path/to/wikidata-leaders-2023] [path/to/ifg-ministers-uk]
//
// Defaults: ../shared/reference/wikidata-leaders-2023 and ../shared/reference/ifg-ministers-uk
// next to the repository. Facts only (names, dates); every source file's sha256 is recorded.
//
// - Wikidata leaders (CC0, snapshot 2023-01-15): only catalogs that are countries of the
//   gazetteer (territories, sub-national and disputed entities are skipped, and so are the
//   organisations, which the hand-checked table covers); only posts `classifyPostLabel` names;
//   the United Kingdom comes from the IfG data instead.
// - IfG Ministers Database (MIT, 2026-06-19): UK cabinet-rank posts (Secretaries of State, the
//   Chancellor of the Exchequer, the Deputy Prime Minister), with exact dates and acting flags.
//
// A post whose non-acting terms overlap (two holders at once: a state post mixed into a
// national file, or two labels for one department) is rejected unless the overlap is a
// handover of at most OVERLAP_HANDOVER_DAYS, which is trimmed to the handover day. Posts the
// hand-checked table already has (heads of the countries it covers, the US secretary of state
// and treasury secretary, the Russian foreign minister) are left to it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COUNTRIES } from '../src/extract/gazetteer-data.js';
import { addDays } from '../src/input/parse-date.js';
import { type CabinetPost, classifyPostLabel } from '../src/knowledge/cabinet-titles.js';
import { decodeCabinets } from '../src/knowledge/data/decode-cabinets.js';
import { BUNDLED_ROLES, BUNDLED_TERMS, SNAPSHOT_DATE } from '../src/knowledge/data/index.js';
import { createKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { normalizePersonName } from '../src/knowledge/person-names.js';
import type { RoleKind } from '../src/knowledge/types.js';

/** The Wikidata snapshot's date: nothing later is known from it. */
export const WIKIDATA_SNAPSHOT = '2023-01-15';

/** The IfG data's date (the commit the copy was taken from). */
export const IFG_SNAPSHOT = '2026-06-19';

/**
 * Most days two holders of one post may overlap and still be a handover (the outgoing
 * minister's end recorded a few days after the successor's start); the same grace the knowledge
 * base gives handovers. Longer overlaps mean the position mixes two offices.
 */
export const OVERLAP_HANDOVER_DAYS = 14;

/**
 * A gap between two terms longer than this (half a year with nobody in the post) means the
 * source misses a holder, so coverage starts after the latest such gap.
 */
export const MAX_COVERAGE_GAP_DAYS = 183;

/**
 * Longest term that lies wholly inside another holder's and is read as a stand-in (an interim
 * minister while the holder is ill: India's finance ministry in 2018 and 2019, about 100 days
 * each), marked acting instead of making the post mixed. Half a year: a state minister's term
 * nested in a national one is rarely that short, and a longer nested term stays a conflict.
 */
export const MAX_STAND_IN_DAYS = 183;

/** Posts the hand-checked table already holds, by `<iso2>_<post>`. */
const HAND_CHECKED_POSTS: ReadonlyMap<string, string> = new Map([
  ['us_foreign_minister', 'us_secretary_of_state'],
  ['us_finance_minister', 'us_treasury_secretary'],
  ['ru_foreign_minister', 'ru_foreign_minister'],
  ['us_vice_president', 'us_vice_president'],
]);

/**
 * The hand-checked table's people by every name they go by (normalised), so that a minister
 * the table knows as a head ("Bongbong Marcos", the Philippines' agriculture secretary) keeps
 * one canonical name and every alias across both.
 */
export function knownPeople(): Map<string, { person: string; aliases: string[] }> {
  const known = new Map<string, { person: string; aliases: string[] }>();
  for (const term of BUNDLED_TERMS) {
    const entry = { person: term.person, aliases: [...(term.aliases ?? [])] };
    for (const name of [term.person, ...(term.aliases ?? [])]) {
      const key = normalizePersonName(name);
      // Only full names: a listed surname ("Marcos") may be anyone's.
      if (key.includes(' ') && !known.has(key)) known.set(key, entry);
    }
  }
  return known;
}

/** The imported names, merged into the hand-checked person they name, if any. */
export function canonicalNames(
  names: { person: string; aliases: string[] },
  known: ReadonlyMap<string, { person: string; aliases: string[] }>,
): { person: string; aliases: string[] } {
  for (const name of [names.person, ...names.aliases]) {
    const match = known.get(normalizePersonName(name));
    if (match) {
      const aliases = new Set([...match.aliases, names.person, ...names.aliases]);
      aliases.delete(match.person);
      return { person: match.person, aliases: [...aliases].sort() };
    }
  }
  return names;
}

/** One imported term, before encoding. */
export interface ImportedTerm {
  person: string;
  aliases: string[];
  start: string;
  end: string | null;
  acting: boolean;
}

/** One imported role, before encoding. */
export interface ImportedRole {
  iso: string;
  post: CabinetPost;
  kind: RoleKind;
  source: 'W' | 'I';
  coverage: { from: string; to: string };
  terms: ImportedTerm[];
}

/** Why positions were left out, for the summary. */
export interface ImportReport {
  rejectedMixed: string[];
  trimmedHandovers: number;
  /** The overlap that made the latest post mixed, for the message. */
  lastConflict?: string;
  /** Short terms inside another holder's, marked acting. */
  standIns: number;
  /** Rows whose end date precedes their start. */
  invalidRows: number;
  skippedCatalogs: string[];
  handChecked: string[];
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((cell) => cell !== '')) rows.push(row);
  return rows;
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((row) =>
    Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])),
  );
}

/** Country names and demonyms of the gazetteer, by ISO2 (lower case). */
export function gazetteerCountries(): Map<string, { name: string; names: string[] }> {
  const countries = new Map<string, { name: string; names: string[] }>();
  for (const line of COUNTRIES.split('\n')) {
    const [iso, names, demonyms] = line.split('|');
    if (!iso || !names) continue;
    const list = names.split(';');
    countries.set(iso.toLowerCase(), {
      name: list[0]!,
      names: [...list, ...(demonyms ? demonyms.split(';') : [])],
    });
  }
  return countries;
}

/** Honorifics Wikidata labels sometimes carry; the name without them is added as an alias. */
const HONORIFIC =
  /^(?:sheikh|sheikha|dr\.?|sir|dame|lord|baroness|prince|princess|general|gen\.|colonel|king|queen|emir)\s+/i;

/** The person's names: the label, the article title without its disambiguation, honorifics dropped. */
export function personNames(label: string, article: string): { person: string; aliases: string[] } {
  const person = label.trim();
  const aliases = new Set<string>();
  const title = article.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (title !== '' && title !== person) aliases.add(title);
  for (const name of [person, title]) {
    const bare = name.replace(HONORIFIC, '');
    if (bare !== name && bare.split(/\s+/).length >= 2) aliases.add(bare);
  }
  // A double-barrelled surname is often cut to its first part ("Dilan Yeşilgöz" for
  // "Dilan Yeşilgöz-Zegerius"): the first part with the given names is a listed short form.
  for (const name of [person, title]) {
    const words = name.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    const barrels = last.split('-');
    if (
      words.length >= 2 &&
      barrels.length === 2 &&
      barrels.every((part) => /^\p{Lu}/u.test(part))
    ) {
      aliases.add([...words.slice(0, -1), barrels[0]].join(' '));
    }
  }
  // A spelling that differs only in case, accents or hyphens matches anyway.
  const key = normalizePersonName(person).replaceAll(' ', '');
  return {
    person,
    aliases: [...aliases]
      .filter((alias) => normalizePersonName(alias).replaceAll(' ', '') !== key)
      .sort(),
  };
}

/**
 * Orders a post's terms and makes them one holder at a time: exact repeats dropped, a
 * person's overlapping terms merged, short nested terms read as stand-ins, handover overlaps
 * of at most {@link OVERLAP_HANDOVER_DAYS} trimmed to the handover day. Returns null when two
 * holders still overlap, or an open-ended term is followed by someone else's: the post is mixed.
 */
export function resolveTerms(
  input: readonly ImportedTerm[],
  report: Pick<ImportReport, 'trimmedHandovers' | 'standIns' | 'lastConflict'>,
): ImportedTerm[] | null {
  const terms = [...input]
    .map((term) => ({ ...term }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.person.localeCompare(b.person));
  const merged: ImportedTerm[] = [];
  for (const term of terms) {
    const same = merged.find(
      (other) =>
        other.person === term.person &&
        other.acting === term.acting &&
        (other.end === null || other.end >= term.start),
    );
    if (same) {
      if (same.end !== null && (term.end === null || term.end > same.end)) same.end = term.end;
      continue;
    }
    merged.push(term);
  }
  markStandIns(merged, report);
  const formal = merged.filter((term) => !term.acting);
  for (let index = 0; index + 1 < formal.length; index += 1) {
    const current = formal[index]!;
    const next = formal[index + 1]!;
    // Still in office at the snapshot while someone else took the post: a state minister under
    // the national label (Kerala's health minister in india.csv), or a missing end date. Either
    // way the source does not say who held the post, so the post is mixed.
    if (current.end === null) {
      report.lastConflict = `${current.person} ${current.start}– (open) / ${next.person} ${next.start}`;
      return null;
    }
    if (current.end > next.start) {
      if (current.end > addDays(next.start, OVERLAP_HANDOVER_DAYS)) {
        report.lastConflict = `${current.person} ${current.start}–${current.end} / ${next.person} ${next.start}`;
        return null;
      }
      current.end = next.start;
      report.trimmedHandovers += 1;
    }
  }
  return merged;
}

/**
 * Marks acting every ended term of at most {@link MAX_STAND_IN_DAYS} that lies wholly inside
 * another person's term: a stand-in, not a second holder.
 */
export function markStandIns(terms: ImportedTerm[], report: Pick<ImportReport, 'standIns'>): void {
  for (const term of terms) {
    if (term.acting || term.end === null || addDays(term.start, MAX_STAND_IN_DAYS) < term.end)
      continue;
    const host = terms.find(
      (other) =>
        other !== term &&
        other.person !== term.person &&
        !other.acting &&
        other.start < term.start &&
        (other.end === null || other.end > term.end!),
    );
    if (host) {
      term.acting = true;
      report.standIns += 1;
    }
  }
}

/**
 * The span the terms cover completely: from the first term after the latest gap longer than
 * {@link MAX_COVERAGE_GAP_DAYS} (the holder in office when the source starts), to `snapshot`
 * when someone holds the post at the end, else the last term's end.
 */
export function coverageOf(
  terms: readonly ImportedTerm[],
  snapshot: string,
): { from: string; to: string } {
  const formal = terms.filter((term) => !term.acting);
  const list = formal.length > 0 ? formal : terms;
  let from = list[0]!.start;
  for (let index = 1; index < list.length; index += 1) {
    const previousEnd = list[index - 1]!.end;
    if (previousEnd !== null && addDays(previousEnd, MAX_COVERAGE_GAP_DAYS) < list[index]!.start) {
      from = list[index]!.start;
    }
  }
  const last = list[list.length - 1]!;
  let to = last.end === null ? snapshot : last.end < snapshot ? last.end : snapshot;
  if (to < from) to = from;
  return { from, to };
}

function roleKind(post: CabinetPost, hasPrimeMinister: boolean): RoleKind {
  if (post === 'prime_minister') return 'head-of-government';
  if (post === 'president')
    return hasPrimeMinister ? 'head-of-state' : 'head-of-state-and-government';
  if (post === 'vice_president' || post === 'deputy_prime_minister') return 'other';
  return 'cabinet';
}

/** Posts of the hand-checked table, as `<iso2>_<post>`, with the role that holds each. */
function handCheckedPosts(): Map<string, string> {
  const taken = new Map(HAND_CHECKED_POSTS);
  for (const role of BUNDLED_ROLES) {
    const iso = role.id.split('_')[0]!;
    taken.set(role.id, role.id);
    // A role titled so holds the post whatever its kind ("Sultan of Brunei" is also prime minister).
    if (role.kind === 'head-of-government' || role.titles.includes('prime minister')) {
      taken.set(`${iso}_prime_minister`, role.id);
    }
    if (
      (role.kind === 'head-of-state' || role.kind === 'head-of-state-and-government') &&
      role.id.endsWith('_president')
    ) {
      taken.set(`${iso}_president`, role.id);
    }
  }
  return taken;
}

/** Reads every Wikidata catalog that is a country and returns its posts, grouped. */
export function importWikidata(
  folder: string,
  report: ImportReport,
): { roles: ImportedRole[]; files: { name: string; sha256: string }[] } {
  const countries = gazetteerCountries();
  const byName = new Map<string, string>();
  for (const [iso, country] of countries) {
    for (const name of country.names) byName.set(name.toLowerCase(), iso);
  }
  const taken = handCheckedPosts();
  const known = knownPeople();
  const files: { name: string; sha256: string }[] = [];
  const roles: ImportedRole[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()) {
    const text = readFileSync(join(folder, file), 'utf8');
    files.push({ name: file, sha256: createHash('sha256').update(text).digest('hex') });
    const rows = records(text);
    const catalog = rows[0]?.catalog ?? '';
    const iso = byName.get(catalog.toLowerCase());
    if (iso === undefined || iso === 'gb') {
      report.skippedCatalogs.push(file);
      continue;
    }
    const groups = new Map<CabinetPost, (ImportedTerm & { label: string })[]>();
    for (const row of rows) {
      if (!row.start || !/^\d{4}-\d{2}-\d{2}$/.test(row.start)) continue;
      const post = classifyPostLabel(row.position ?? '', iso);
      if (post === null) continue;
      if (row.end && (!/^\d{4}-\d{2}-\d{2}$/.test(row.end) || row.end < row.start)) {
        report.invalidRows += 1;
        continue;
      }
      const names = canonicalNames(personNames(row.person ?? '', row.enwiki ?? ''), known);
      if (names.person === '' || /^Q\d+$/.test(names.person)) continue;
      const list = groups.get(post) ?? [];
      list.push({
        ...names,
        label: row.position ?? '',
        start: row.start,
        end: row.end || null,
        acting: /\bacting\b/i.test(row.position ?? ''),
      });
      groups.set(post, list);
    }
    const hasPrimeMinister = groups.has('prime_minister') || taken.has(`${iso}_prime_minister`);
    for (const [post, list] of groups) {
      const id = `${iso}_${post}`;
      if (taken.has(id)) {
        report.handChecked.push(`${id} → ${taken.get(id)}`);
        continue;
      }
      const terms = resolveTerms(list, report);
      if (terms === null) {
        report.rejectedMixed.push(`${id} (${file}: ${report.lastConflict})`);
        continue;
      }
      roles.push({
        iso,
        post,
        kind: roleKind(post, hasPrimeMinister),
        source: 'W',
        coverage: coverageOf(terms, WIKIDATA_SNAPSHOT),
        terms,
      });
    }
  }
  return { roles, files };
}

/**
 * UK posts the IfG data names the same department under different labels at the same time:
 * which label is the department's (International Trade and BEIS coexisted; only "Business …"
 * is the business secretary).
 */
const IFG_LABEL_OVERRIDES: ReadonlyMap<string, CabinetPost | null> = new Map([
  ['secretary of state for international trade', null],
  ['secretary of state for trade', null],
  ['first secretary of state', null],
  ['secretary of state for business, energy and industrial strategy', 'trade_minister'],
]);

/** Reads the IfG database's UK cabinet-rank appointments. */
export function importIfg(
  folder: string,
  report: ImportReport,
): { roles: ImportedRole[]; files: { name: string; sha256: string }[] } {
  const files: { name: string; sha256: string }[] = [];
  const read = (name: string) => {
    const text = readFileSync(join(folder, name), 'utf8');
    files.push({ name, sha256: createHash('sha256').update(text).digest('hex') });
    return records(text);
  };
  const posts = new Map(read('post.csv').map((row) => [row.id!, row]));
  const people = new Map<string, Record<string, string>[]>();
  for (const row of read('person.csv')) {
    const list = people.get(row.id!) ?? [];
    list.push(row);
    people.set(row.id!, list);
  }
  const acting = new Set(
    read('appointment_characteristics.csv')
      .filter((row) => row.is_acting === 'True')
      .map((row) => row.appointment_id!),
  );
  const taken = handCheckedPosts();
  const known = knownPeople();
  const groups = new Map<CabinetPost, ImportedTerm[]>();
  for (const row of read('appointment.csv')) {
    const post = posts.get(row.post_id!);
    if (!post || !['SoS', 'DPM'].includes(post.rank_equivalence ?? '')) continue;
    const label = (post.name ?? '').toLowerCase();
    const kind = IFG_LABEL_OVERRIDES.has(label)
      ? IFG_LABEL_OVERRIDES.get(label)!
      : classifyPostLabel(post.name ?? '', 'gb');
    if (kind === null || kind === 'prime_minister') continue;
    const names = people.get(row.person_id!) ?? [];
    const start = row.start_date!;
    // The name the person bore when appointed; their other names are aliases.
    const current =
      names.find(
        (name) =>
          (name.start_date === '' || name.start_date! <= start) &&
          (name.end_date === '' || start < name.end_date!),
      ) ?? names[0];
    if (!current) continue;
    const aliases = [
      ...new Set(names.map((name) => name.name!).filter((name) => name !== current.name)),
    ].sort();
    const list = groups.get(kind) ?? [];
    list.push({
      ...canonicalNames({ person: current.name!, aliases }, known),
      start,
      end: row.end_date || null,
      acting: acting.has(row.id!),
    });
    groups.set(kind, list);
  }
  const roles: ImportedRole[] = [];
  for (const [post, list] of groups) {
    const id = `gb_${post}`;
    if (taken.has(id)) {
      report.handChecked.push(`${id} → ${taken.get(id)}`);
      continue;
    }
    const terms = resolveTerms(list, report);
    if (terms === null) {
      report.rejectedMixed.push(`${id} (IfG: ${report.lastConflict})`);
      continue;
    }
    roles.push({
      iso: 'gb',
      post,
      kind: roleKind(post, true),
      source: 'I',
      coverage: coverageOf(terms, IFG_SNAPSHOT),
      terms,
    });
  }
  return { roles, files };
}

/** The jurisdiction names of a country: the hand-checked table's, else the gazetteer's. */
function jurisdictionOf(iso: string): { name: string; names: string[] } {
  // A head of the country names it as news does ("US", "American"); "us_fed_chair" names the Fed.
  const existing = BUNDLED_ROLES.find(
    (role) =>
      role.id.startsWith(`${iso}_`) &&
      ['head-of-state', 'head-of-government', 'head-of-state-and-government'].includes(role.kind),
  );
  if (existing) return { name: existing.jurisdiction, names: [...existing.jurisdictionNames] };
  const country = gazetteerCountries().get(iso);
  if (!country) throw new Error(`no gazetteer country for ${iso}`);
  return country;
}

/**
 * Encodes the roles as tab-separated lines: `C iso jurisdiction names;…` for each country, then
 * for each role a line `R country post kind from to source` followed by its terms, one a line:
 * `start end person`, where `person` is `#<n>` for the n-th person already written, else
 * `name|alias;…` (the next number); a start prefixed with `*` marks an acting holder.
 */
export function encodeCabinets(roles: readonly ImportedRole[]): string {
  const sorted = [...roles].sort((a, b) =>
    `${a.iso}_${a.post}`.localeCompare(`${b.iso}_${b.post}`),
  );
  const lines: string[] = [];
  const countryIndex = new Map<string, number>();
  for (const role of sorted) {
    if (countryIndex.has(role.iso)) continue;
    const country = jurisdictionOf(role.iso);
    countryIndex.set(role.iso, countryIndex.size);
    lines.push(['C', role.iso, country.name, country.names.join(';')].join('\t'));
  }
  const personIndex = new Map<string, number>();
  for (const role of sorted) {
    lines.push(
      [
        'R',
        countryIndex.get(role.iso),
        role.post,
        role.kind,
        role.coverage.from,
        role.coverage.to,
        role.source,
      ].join('\t'),
    );
    for (const term of role.terms) {
      const key = `${term.person}|${term.aliases.join(';')}`;
      if (/^#|[|;\t]/.test(term.person) || term.aliases.some((alias) => /[|;\t]/.test(alias))) {
        throw new Error(`a name that cannot be encoded: ${key}`);
      }
      let person = personIndex.has(key) ? `#${personIndex.get(key)}` : key;
      if (!personIndex.has(key)) personIndex.set(key, personIndex.size);
      if (person.startsWith('#') && person.length > key.length) person = key;
      lines.push([`${term.acting ? '*' : ''}${term.start}`, term.end ?? '', person].join('\t'));
    }
  }
  for (const line of lines) {
    if (/[\n\r]/.test(line)) {
      throw new Error(`field that cannot be encoded: ${line}`);
    }
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const wikidata = resolve(argv[0] ?? join(repo, '../shared/reference/wikidata-leaders-2023'));
  const ifg = resolve(argv[1] ?? join(repo, '../shared/reference/ifg-ministers-uk'));
  const report: ImportReport = {
    rejectedMixed: [],
    trimmedHandovers: 0,
    invalidRows: 0,
    standIns: 0,
    skippedCatalogs: [],
    handChecked: [],
  };
  const fromWikidata = importWikidata(wikidata, report);
  const fromIfg = importIfg(ifg, report);
  const roles = [...fromWikidata.roles, ...fromIfg.roles];
  const encoded = encodeCabinets(roles);
  const digest = (files: { name: string; sha256: string }[]) =>
    createHash('sha256')
      .update(files.map((file) => `${file.sha256}  ${file.name}`).join('\n'))
      .digest('hex');
  const terms = roles.reduce((sum, role) => sum + role.terms.length, 0);
  const header = `// GENERATED by scripts/import-cabinets.ts: do not edit by hand. To regenerate, run
//   npx tsx scripts/import-cabinets.ts [wikidata-leaders-2023 folder] [ifg-ministers-uk folder]
// Sources (sha256 of the sorted per-file sha256 list "<sha256>  <file>"):
// - wikidata-leaders-2023 (CC0, snapshot ${WIKIDATA_SNAPSHOT}): ${fromWikidata.files.length} files, ${digest(fromWikidata.files)}
// - ifg-ministers-uk (MIT, ${IFG_SNAPSHOT}): ${fromIfg.files.map((file) => `${file.name} ${file.sha256}`).join(', ')}
// ${roles.length} roles, ${terms} terms. Rejected as mixed (overlapping holders): ${report.rejectedMixed.length};
// handovers trimmed: ${report.trimmedHandovers};
// rows dropped for an end before their start: ${report.invalidRows}; short terms inside another
// holder's marked acting (stand-ins): ${report.standIns}.
// Facts only (names and dates). Format: see encodeCabinets in the script and decode-cabinets.ts.

/** Evidence notes by source code. */
export const CABINET_SOURCES: Readonly<Record<string, string>> = {
  W: 'Wikidata via peppercatorg/site-build @ 02ea8f21 (snapshot ${WIKIDATA_SNAPSHOT}, CC0)',
  I: 'Institute for Government Ministers Database @ 92e22702 (${IFG_SNAPSHOT}, MIT)',
};

/** The imported roles, people and terms, one record a line (decoded on first use). */
export const CABINETS = ${JSON.stringify(encoded)};
`;
  // The records must load into the bundled table as they are: validate before writing.
  const decoded = decodeCabinets(encoded, { W: 'W', I: 'I' });
  createKnowledgeBase({
    snapshotDate: SNAPSHOT_DATE,
    roles: [...BUNDLED_ROLES, ...decoded.roles],
    terms: [...BUNDLED_TERMS, ...decoded.terms],
  });
  const output = join(repo, 'src/knowledge/data/cabinets.ts');
  writeFileSync(output, header);
  const byPost = new Map<string, number>();
  for (const role of roles) byPost.set(role.post, (byPost.get(role.post) ?? 0) + 1);
  process.stdout.write(
    `wrote ${relative(process.cwd(), output)}: ${roles.length} roles, ${terms} terms, ${encoded.length} chars\n` +
      `by post: ${[...byPost.entries()]
        .sort()
        .map(([post, count]) => `${post} ${count}`)
        .join(', ')}\n` +
      `rejected mixed: ${report.rejectedMixed.length}\n${report.rejectedMixed.join('\n')}\n` +
      `hand-checked kept: ${report.handChecked.length}; skipped catalogs: ${report.skippedCatalogs.join(' ')}\n` +
      `handovers trimmed ${report.trimmedHandovers}, rows with end before start ${report.invalidRows}, stand-ins ${report.standIns}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2));
}
