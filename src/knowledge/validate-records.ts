// Checks office-holder records one by one and as a set, turning them into the knowledge base's normalised form.
import { CorroborateError, describeType } from '../errors.js';
import { type IsoDate, parseIsoDate } from '../input/parse-date.js';
import { inferFamilyNameFirst, personKey } from './person-names.js';
import type {
  Confidence,
  CoverageWindow,
  KnowledgeInput,
  OfficeTerm,
  Role,
  RoleKind,
} from './types.js';

/** Every accepted {@link RoleKind}. */
export const ROLE_KINDS: readonly RoleKind[] = [
  'head-of-state',
  'head-of-government',
  'head-of-state-and-government',
  'organization-head',
  'cabinet',
  'other',
];

/** Every accepted {@link Confidence}. */
export const CONFIDENCE_LEVELS: readonly Confidence[] = ['high', 'medium', 'low'];

/**
 * Confidence given to a term that states none: records the caller supplies
 * without saying how they were checked are treated as not fully verified.
 */
export const DEFAULT_TERM_CONFIDENCE: Confidence = 'medium';

/** `<iso2 or org>_<office>` in snake case; no nested quantifier over overlapping classes. */
const ROLE_ID = /^[a-z0-9]+(?:_[a-z0-9]+)+$/;

/** A role as validated: its coverage only when the record gave one (the knowledge base fills it in). */
export type ValidatedRole = Omit<Role, 'coverage'> & { coverage?: CoverageWindow };

/** A normalised term plus where it came from, for error messages. */
export interface LocatedTerm {
  term: OfficeTerm;
  /** Human-readable origin: `terms[12] (de_chancellor, Olaf Scholz)`. */
  where: string;
  /** Whether `familyNameFirst` was given explicitly (kept in `toJSON`). */
  explicitFamilyNameFirst: boolean;
}

/** One record set after per-record validation. */
export interface ValidatedRecords {
  snapshotDate: IsoDate | undefined;
  roles: ValidatedRole[];
  terms: LocatedTerm[];
}

/** The key under which a later record replaces an earlier term: role, person, start. */
export function termKey(term: Pick<OfficeTerm, 'roleId' | 'person' | 'start'>): string {
  return `${term.roleId}\u0000${personKey(term.person)}\u0000${term.start}`;
}

/** Names and ids longer than this are cut in messages, so a pasted article cannot flood one. */
const MAX_SHOWN_LENGTH = 60;

function shown(text: string): string {
  return text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH)}…` : text;
}

function fail(message: string, details: Record<string, unknown>): never {
  throw new CorroborateError('INVALID_KNOWLEDGE', message, details);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates one record set (what `createKnowledgeBase` or `extend` receives)
 * and returns normalised copies; the input is never modified. Checks the
 * shape of every role and term, dates, `end` before `start`, duplicate role
 * ids and duplicate (role, person, start) terms. Cross-set checks (unknown
 * roles, overlaps) are {@link checkTermSet}'s job, after merging with a base.
 *
 * @throws CorroborateError `INVALID_KNOWLEDGE` (or `INVALID_DATE` for a bad
 * `snapshotDate`) naming the record and field.
 */
export function validateKnowledgeRecords(records: unknown): ValidatedRecords {
  if (!isPlainObject(records)) {
    fail(
      `Knowledge records must be an object { snapshotDate?, roles?, terms? }, got ${describeType(records)}.`,
      { field: 'records' },
    );
  }
  const input = records as KnowledgeInput;
  const snapshotDate =
    input.snapshotDate === undefined ? undefined : parseIsoDate(input.snapshotDate, 'snapshotDate');
  const roles = validateArray(input.roles, 'roles').map((role, index) =>
    validateRole(role, `roles[${index}]`),
  );
  const roleIds = new Map<string, string>();
  for (const [index, role] of roles.entries()) {
    const earlier = roleIds.get(role.id);
    if (earlier !== undefined) {
      fail(
        `roles[${index}] (${role.id}) repeats the id of ${earlier}; give each role one record.`,
        { record: `roles[${index}]`, roleId: role.id, field: 'id' },
      );
    }
    roleIds.set(role.id, `roles[${index}]`);
  }
  const terms = validateArray(input.terms, 'terms').map((term, index) => validateTerm(term, index));
  const termKeys = new Map<string, string>();
  for (const located of terms) {
    const key = termKey(located.term);
    const earlier = termKeys.get(key);
    if (earlier !== undefined) {
      fail(
        `${located.where} repeats ${earlier} (same role, person and start); keep one record per term.`,
        { record: located.where, roleId: located.term.roleId, person: located.term.person },
      );
    }
    termKeys.set(key, located.where);
  }
  return { snapshotDate, roles, terms };
}

function validateArray(value: unknown, field: 'roles' | 'terms'): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(`${field} must be an array of records, got ${describeType(value)}.`, { field });
  }
  return value;
}

function requireString(value: unknown, where: string, field: string, details: object): string {
  if (typeof value !== 'string' || value.trim() === '') {
    const got = typeof value === 'string' ? 'an empty string' : describeType(value);
    fail(`${where}: ${field} must be a non-empty string, got ${got}.`, {
      record: where,
      field,
      ...details,
    });
  }
  return value.trim();
}

function requireStringList(
  value: unknown,
  where: string,
  field: string,
  details: object,
): string[] {
  if (!Array.isArray(value)) {
    fail(`${where}: ${field} must be an array of strings, got ${describeType(value)}.`, {
      record: where,
      field,
      ...details,
    });
  }
  return value.map((item, index) => requireString(item, where, `${field}[${index}]`, details));
}

// Titles are matched against lower-cased text, so they are stored lower-case with single spaces.
function normalizeTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function validateRole(value: unknown, where: string): ValidatedRole {
  if (!isPlainObject(value)) {
    fail(`${where} must be a role object, got ${describeType(value)}.`, { record: where });
  }
  const id = requireString(value.id, where, 'id', {});
  const named = `${where} (${shown(id)})`;
  const details = { roleId: shown(id) };
  if (!ROLE_ID.test(id)) {
    fail(`${named}: id must be <iso2 or org>_<office> in lower snake case, e.g. "de_chancellor".`, {
      record: where,
      field: 'id',
      ...details,
    });
  }
  const label = requireString(value.label, named, 'label', details);
  const jurisdiction = requireString(value.jurisdiction, named, 'jurisdiction', details);
  if (typeof value.kind !== 'string' || !(ROLE_KINDS as readonly string[]).includes(value.kind)) {
    fail(`${named}: kind must be one of ${ROLE_KINDS.join(', ')}.`, {
      record: where,
      field: 'kind',
      ...details,
    });
  }
  const kind = value.kind as RoleKind;
  const jurisdictionNames = unique(
    requireStringList(value.jurisdictionNames, named, 'jurisdictionNames', details),
  );
  const titles = unique(
    requireStringList(value.titles, named, 'titles', details).map(normalizeTitle),
  );
  const standaloneTitles =
    value.standaloneTitles === undefined
      ? []
      : unique(
          requireStringList(value.standaloneTitles, named, 'standaloneTitles', details).map(
            normalizeTitle,
          ),
        );
  const namedWithJurisdiction = jurisdictionNames.length > 0 && titles.length > 0;
  if (!namedWithJurisdiction && standaloneTitles.length === 0) {
    fail(
      `${named}: text cannot name this role; give jurisdictionNames and titles, or standaloneTitles.`,
      { record: where, field: 'titles', ...details },
    );
  }
  const coverage =
    value.coverage === undefined ? undefined : validateCoverage(value.coverage, named, details);
  return {
    id,
    label,
    jurisdiction,
    kind,
    jurisdictionNames,
    titles,
    standaloneTitles,
    ...(coverage ? { coverage } : {}),
  };
}

function validateCoverage(
  value: unknown,
  named: string,
  details: Record<string, unknown>,
): CoverageWindow {
  if (!isPlainObject(value) || typeof value.from !== 'string' || typeof value.to !== 'string') {
    fail(`${named}: coverage must be { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }.`, {
      field: 'coverage',
      ...details,
    });
  }
  const from = parseIsoDate(value.from, `${named}: coverage.from`);
  const to = parseIsoDate(value.to, `${named}: coverage.to`);
  if (to < from) {
    fail(`${named}: coverage.to (${to}) is before coverage.from (${from}); swap or fix them.`, {
      field: 'coverage',
      ...details,
    });
  }
  return { from, to };
}

function validateTerm(value: unknown, index: number): LocatedTerm {
  const record = `terms[${index}]`;
  if (!isPlainObject(value)) {
    fail(`${record} must be a term object, got ${describeType(value)}.`, { record });
  }
  const roleId = requireString(value.roleId, record, 'roleId', {});
  const personField = requireString(value.person, `${record} (${shown(roleId)})`, 'person', {
    roleId: shown(roleId),
  });
  const where = `${record} (${shown(roleId)}, ${shown(personField)})`;
  const details = { roleId: shown(roleId), person: shown(personField) };
  const fieldError = (field: string, message: string): never =>
    fail(`${where}: ${field} ${message}`, { record, field, ...details });
  const date = (field: 'start' | 'end', raw: unknown): IsoDate => {
    try {
      return parseIsoDate(raw, `${where}: ${field}`);
    } catch (error) {
      if (error instanceof CorroborateError) {
        fail(error.message, { record, field, ...details });
      }
      throw error;
    }
  };
  const aliases =
    value.aliases === undefined
      ? []
      : unique(requireStringList(value.aliases, where, 'aliases', details)).filter(
          (alias) => alias !== personField,
        );
  const start = date('start', value.start);
  const end = value.end === undefined || value.end === null ? null : date('end', value.end);
  if (end !== null && end < start) {
    fieldError('end', `${end} is before start ${start}; fix one of the dates.`);
  }
  if (value.acting !== undefined && typeof value.acting !== 'boolean') {
    fieldError('acting', `must be true or false, got ${describeType(value.acting)}.`);
  }
  if (value.evidence !== undefined && typeof value.evidence !== 'string') {
    fieldError('evidence', `must be a string, got ${describeType(value.evidence)}.`);
  }
  if (
    value.confidence !== undefined &&
    !(CONFIDENCE_LEVELS as readonly unknown[]).includes(value.confidence)
  ) {
    fieldError('confidence', `must be one of ${CONFIDENCE_LEVELS.join(', ')}.`);
  }
  if (value.familyNameFirst !== undefined && typeof value.familyNameFirst !== 'boolean') {
    fieldError(
      'familyNameFirst',
      `must be true or false, got ${describeType(value.familyNameFirst)}.`,
    );
  }
  const explicitFamilyNameFirst = typeof value.familyNameFirst === 'boolean';
  const term: OfficeTerm = {
    roleId,
    person: personField,
    aliases,
    start,
    end,
    acting: value.acting === true,
    evidence: typeof value.evidence === 'string' ? value.evidence : '',
    confidence: (value.confidence as Confidence | undefined) ?? DEFAULT_TERM_CONFIDENCE,
    familyNameFirst: explicitFamilyNameFirst
      ? value.familyNameFirst === true
      : inferFamilyNameFirst(personField, roleId),
  };
  return { term, where, explicitFamilyNameFirst };
}

/**
 * Checks a merged set of terms against the roles: every term's role exists,
 * and the non-acting terms of one role do not overlap by more than the
 * handover day (an outgoing holder's `end` may equal the successor's `start`).
 * Acting holders may overlap anyone: they stand in for suspended holders.
 */
export function checkTermSet(
  roles: ReadonlyMap<string, Role>,
  terms: readonly LocatedTerm[],
): void {
  const formalByRole = new Map<string, LocatedTerm[]>();
  for (const located of terms) {
    const { roleId } = located.term;
    if (!roles.has(roleId)) {
      fail(
        `${located.where}: roleId "${shown(roleId)}" is not a known role; add a role record with that id to roles.`,
        { record: located.where, field: 'roleId', roleId, person: located.term.person },
      );
    }
    if (located.term.acting) continue;
    const list = formalByRole.get(roleId);
    if (list) list.push(located);
    else formalByRole.set(roleId, [located]);
  }
  for (const list of formalByRole.values()) {
    list.sort(
      (a, b) => compareStrings(a.term.start, b.term.start) || compareStrings(a.where, b.where),
    );
    for (let index = 1; index < list.length; index += 1) {
      const earlier = list[index - 1]!;
      const later = list[index]!;
      if (overlapsBeyondHandover(earlier.term, later.term)) {
        fail(
          `${later.where} starts ${later.term.start} while ${earlier.where} runs to ${earlier.term.end ?? 'the present (no end)'}; ` +
            'non-acting terms of one role may share only the handover day. Set the earlier term’s end, or mark the stand-in acting: true.',
          {
            record: later.where,
            field: 'start',
            roleId: later.term.roleId,
            person: later.term.person,
            overlaps: earlier.where,
          },
        );
      }
    }
  }
}

// The handover day is both the outgoing holder's last day and the successor's first, so equality is allowed.
function overlapsBeyondHandover(
  earlier: Pick<OfficeTerm, 'end'>,
  later: Pick<OfficeTerm, 'start'>,
): boolean {
  return earlier.end === null || later.start < earlier.end;
}

/** A phrase that names more than one role. */
export interface RoleNameConflict {
  /** Lower-case phrase: a standalone title, or "<jurisdiction name> <title>". */
  phrase: string;
  /** The roles it names, sorted. */
  roleIds: string[];
}

/**
 * Phrases that name more than one role: a standalone title claimed by two
 * roles, or a (jurisdiction name, title) pair such as "bangladesh leader"
 * shared by two. Not an error: offices that replace each other over time
 * (an interim chief adviser, then a prime minister) share "leader", and the
 * date decides. Sorted by phrase.
 */
export function findRoleNameConflicts(roles: readonly Role[]): RoleNameConflict[] {
  const owners = new Map<string, Set<string>>();
  const claim = (phrase: string, roleId: string) => {
    const set = owners.get(phrase);
    if (set) set.add(roleId);
    else owners.set(phrase, new Set([roleId]));
  };
  for (const role of roles) {
    for (const title of role.standaloneTitles) claim(title, role.id);
    for (const name of role.jurisdictionNames) {
      for (const title of role.titles) claim(`${name.toLowerCase()} ${title}`, role.id);
    }
  }
  return [...owners.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([phrase, ids]) => ({ phrase, roleIds: [...ids].sort(compareStrings) }))
    .sort((a, b) => compareStrings(a.phrase, b.phrase));
}

/** Plain code-unit comparison: deterministic regardless of locale. */
export function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
