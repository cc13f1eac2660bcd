// Dev script: converts the shared office-holder table (TSV) into src/knowledge/data/reference-terms.ts.
//
//   npx tsx scripts/import-office-holders.ts [path/to/office-holders.tsv]
//
// The default path is ../shared/reference/office-holders.tsv next to the repository.
// It keeps the facts (names, dates, evidence notes, confidence), never prose.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CorroborateError } from '../src/errors.js';
import { parseIsoDate } from '../src/input/parse-date.js';
import { REFERENCE_ROLES } from '../src/knowledge/data/reference-roles.js';
import { createKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { inferFamilyNameFirst, romanisationVariants } from '../src/knowledge/person-names.js';
import type { Confidence, TermRecord } from '../src/knowledge/types.js';

/** The table's header, in order. */
export const TSV_COLUMNS = [
  'role_id',
  'role_label',
  'country_or_org',
  'person',
  'aliases',
  'start',
  'end',
  'evidence',
  'confidence',
] as const;

/** One data row of the table, fields trimmed. */
export interface ReferenceRow {
  /** 1-based line number in the file, for error messages. */
  line: number;
  roleId: string;
  roleLabel: string;
  jurisdiction: string;
  person: string;
  aliases: string[];
  start: string;
  /** Empty when the holder was in office at the newest evidence. */
  end: string;
  evidence: string;
  confidence: Confidence;
}

function invalidFile(message: string, line?: number): never {
  throw new CorroborateError(
    'INVALID_FILE',
    line === undefined ? message : `line ${line}: ${message}`,
    {
      line,
    },
  );
}

/**
 * Parses the tab-separated table: the header must be exactly {@link TSV_COLUMNS};
 * every row needs nine fields, a role id, a person, a start date and a confidence.
 * Blank lines are skipped. Throws `INVALID_FILE` naming the line.
 */
export function parseOfficeHoldersTsv(text: string): ReferenceRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((cell) => cell.trim());
  if (header.join('\t') !== TSV_COLUMNS.join('\t')) {
    invalidFile(`the header must be the columns ${TSV_COLUMNS.join(', ')} separated by tabs.`, 1);
  }
  const rows: ReferenceRow[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '') continue;
    const line = index + 1;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (cells.length !== TSV_COLUMNS.length) {
      invalidFile(
        `expected ${TSV_COLUMNS.length} tab-separated fields, found ${cells.length}.`,
        line,
      );
    }
    const [roleId, roleLabel, jurisdiction, person, aliases, start, end, evidence, confidence] =
      cells as [string, string, string, string, string, string, string, string, string];
    if (roleId === '' || person === '' || start === '') {
      invalidFile('role_id, person and start must not be empty.', line);
    }
    if (confidence !== 'high' && confidence !== 'medium' && confidence !== 'low') {
      invalidFile(`confidence must be high, medium or low, got "${confidence}".`, line);
    }
    for (const [field, value] of [
      ['start', start],
      ['end', end],
    ] as const) {
      if (value !== '' && parseIsoDate(value, `line ${line}: ${field}`) !== value) {
        invalidFile(`${field} must be written YYYY-MM-DD, got "${value}".`, line);
      }
    }
    rows.push({
      line,
      roleId,
      roleLabel,
      jurisdiction,
      person,
      aliases: aliases
        .split(';')
        .map((alias) => alias.trim())
        .filter((alias) => alias !== ''),
      start,
      end,
      evidence,
      confidence,
    });
  }
  return rows;
}

/** Role labels name stand-ins outright: "Acting President of South Korea", "Interim President of the World Bank Group". */
export function isActingLabel(label: string): boolean {
  return /\b(?:acting|interim|caretaker)\b/i.test(label);
}

/**
 * One row as a term record: `acting` from the label, the aliases as given
 * followed by derived romanisation variants (hyphenated ↔ spaced given names
 * of family-name-first people), dates exactly as given.
 */
export function rowToTerm(row: ReferenceRow): TermRecord {
  const order = { familyNameFirst: inferFamilyNameFirst(row.person, row.roleId) };
  const aliases: string[] = [];
  const seen = new Set([row.person]);
  const add = (alias: string) => {
    if (seen.has(alias)) return;
    seen.add(alias);
    aliases.push(alias);
  };
  for (const alias of row.aliases) add(alias);
  for (const written of [row.person, ...row.aliases]) {
    for (const variant of romanisationVariants(written, order)) add(variant);
  }
  return {
    roleId: row.roleId,
    person: row.person,
    ...(aliases.length > 0 ? { aliases } : {}),
    start: row.start,
    ...(row.end === '' ? {} : { end: row.end }),
    ...(isActingLabel(row.roleLabel) ? { acting: true } : {}),
    evidence: row.evidence,
    confidence: row.confidence,
  };
}

/**
 * A formal row that starts inside its predecessor's formal term and outlives
 * it records a stand-in who later took office (Brazil 2016: interim from the
 * predecessor's suspension, president from the removal). The row is split at
 * the predecessor's end into an acting part and a formal part, so the acting
 * holder overlaps the suspended one as the knowledge base expects. A row that
 * merely starts on the handover day, or ends inside its predecessor, is left alone.
 */
export function splitInterimOverlaps(terms: readonly TermRecord[]): TermRecord[] {
  const result: TermRecord[] = [];
  const previousFormal = new Map<string, TermRecord>();
  for (const term of terms) {
    const previous = previousFormal.get(term.roleId);
    if (!term.acting && previous && startsInsideAndOutlives(previous, term)) {
      const handover = previous.end!;
      const note = `split by the importer at ${handover}, the end of ${previous.person}'s term`;
      result.push({
        ...term,
        end: handover,
        acting: true,
        evidence: `${term.evidence} [${note}: acting part]`,
      });
      const formal: TermRecord = { ...term, start: handover };
      formal.evidence = `${term.evidence} [${note}: formal part]`;
      result.push(formal);
      previousFormal.set(term.roleId, formal);
      continue;
    }
    result.push(term);
    if (!term.acting) previousFormal.set(term.roleId, term);
  }
  return result;
}

// Starting strictly inside the predecessor's term and ending after it is how the table writes "interim, then formal".
function startsInsideAndOutlives(previous: TermRecord, term: TermRecord): boolean {
  if (previous.end === undefined || previous.end === null) return false;
  if (!(previous.start < term.start && term.start < previous.end)) return false;
  return term.end === undefined || term.end === null || term.end > previous.end;
}

/** Every row converted, in table order, with interim stand-ins split (see {@link splitInterimOverlaps}). */
export function convertRows(rows: readonly ReferenceRow[]): TermRecord[] {
  return splitInterimOverlaps(rows.map(rowToTerm));
}

/** A string literal in the repository's style (single quotes unless the text has one). */
function literal(text: string): string {
  const json = JSON.stringify(text);
  if (text.includes("'")) return json;
  return `'${json.slice(1, -1).replaceAll('\\"', '"')}'`;
}

/** Provenance written into the generated file's header. */
export interface SourceInfo {
  /** SHA-256 of the TSV file, hex. */
  sha256: string;
  rows: number;
  roles: number;
}

/** Field order of a generated record, as `TermRecord` declares them. */
const TERM_FIELD_ORDER = [
  'roleId',
  'person',
  'aliases',
  'start',
  'end',
  'acting',
  'evidence',
  'confidence',
] as const satisfies readonly (keyof TermRecord)[];

/** The generated TypeScript module (before the formatter runs). */
export function renderTermsModule(terms: readonly TermRecord[], source: SourceInfo): string {
  const body = terms
    .map((term) => {
      const fields = TERM_FIELD_ORDER.filter((key) => term[key] !== undefined).map((key) => {
        const value = term[key];
        const text = Array.isArray(value)
          ? `[${value.map((item) => literal(String(item))).join(', ')}]`
          : typeof value === 'string'
            ? literal(value)
            : String(value);
        return `    ${key}: ${text},`;
      });
      return `  {\n${fields.join('\n')}\n  },`;
    })
    .join('\n');
  return `// GENERATED by scripts/import-office-holders.ts: do not edit by hand. To regenerate, run
//   npx tsx scripts/import-office-holders.ts [path/to/office-holders.tsv]
// (default: ../shared/reference/office-holders.tsv next to the repository).
// Source: office-holders.tsv, ${source.rows} rows, ${source.roles} roles, sha256 ${source.sha256}.
// Facts only: names, dates exactly as given, evidence notes and confidence. Rows whose
// label says Acting/Interim/caretaker are acting; romanisation variants are added to aliases.
import type { TermRecord } from '../types.js';

/** Terms of the shared reference table, in table order (${terms.length} records). */
export const REFERENCE_TERMS: TermRecord[] = [
${body}
];
`;
}

function checkRoleCoverage(rows: readonly ReferenceRow[]): void {
  const known = new Set(REFERENCE_ROLES.map((role) => role.id));
  const used = new Set(rows.map((row) => row.roleId));
  const missing = [...used].filter((id) => !known.has(id)).sort();
  const unused = [...known].filter((id) => !used.has(id)).sort();
  if (missing.length > 0 || unused.length > 0) {
    invalidFile(
      `reference-roles.ts must describe exactly the table's roles; missing: ${missing.join(', ') || 'none'}; unused: ${unused.join(', ') || 'none'}.`,
    );
  }
}

function main(argv: readonly string[]): void {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const input = resolve(argv[0] ?? resolve(repo, '../shared/reference/office-holders.tsv'));
  const output = resolve(repo, 'src/knowledge/data/reference-terms.ts');
  const text = readFileSync(input, 'utf8');
  const rows = parseOfficeHoldersTsv(text);
  checkRoleCoverage(rows);
  const terms = convertRows(rows);
  // Fails with INVALID_KNOWLEDGE (naming the row) before anything is written.
  createKnowledgeBase({ roles: REFERENCE_ROLES, terms });
  const source: SourceInfo = {
    sha256: createHash('sha256').update(text).digest('hex'),
    rows: rows.length,
    roles: new Set(rows.map((row) => row.roleId)).size,
  };
  writeFileSync(output, renderTermsModule(terms, source));
  execFileSync(resolve(repo, 'node_modules/.bin/biome'), ['format', '--write', output], {
    cwd: repo,
    stdio: 'ignore',
  });
  process.stdout.write(
    `${relative(repo, output)}: ${terms.length} terms from ${rows.length} rows, ${source.roles} roles\n`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
