// A dated table of office holders: who held which role on a day, and which known people a written name may denote.
import { CorroborateError, describeType } from '../errors.js';
import { addDays, type IsoDate, parseIsoDate } from '../input/parse-date.js';
import { readOptions } from '../input/read-options.js';
import {
  normalizePersonName,
  PERSON_MATCH_KIND_RANK,
  type PersonMatchKind,
  personKey,
  personNameForms,
} from './person-names.js';
import type {
  CoverageWindow,
  KnowledgeInput,
  KnowledgeTermRecord,
  OfficeTerm,
  Role,
  RoleRecord,
  TermRecord,
} from './types.js';
import {
  checkTermSet,
  compareStrings,
  type LocatedTerm,
  termKey,
  type ValidatedRole,
  validateKnowledgeRecords,
} from './validate-records.js';

/**
 * Days around a term's start and end during which naming either the outgoing
 * or the incoming holder is not yet stale. The reference table's handovers
 * motivate it: news names a successor from the vote that decides it, and the
 * official start can follow two weeks or more later (Japan 2025: ruling-party
 * vote 4 October, Diet vote 21 October), while wire copy is republished for
 * days after a handover. Fourteen days forgives both; a holder gone a month
 * is still flagged. Pass it as `options.graceDays` to {@link termCovers}; the table
 * itself keeps exact dates.
 */
export const HANDOVER_GRACE_DAYS = 14;

/** A known person a written name may denote. */
export interface PersonMatch {
  /** Canonical full name, as the newest term writes it. */
  person: string;
  /** How the written name relates to the person; see {@link PersonMatchKind}. */
  kind: PersonMatchKind;
  /** The form that matched: the full name, an alias or variant as listed, or the normalised surname. */
  matched: string;
  /** Ids of every role the person held, sorted. */
  roleIds: string[];
}

/** A dated, queryable table of office holders. Immutable: `extend` returns a new one. */
export interface KnowledgeBase {
  /** The date up to which the records are known to be complete. */
  readonly snapshotDate: IsoDate;
  /** Every role, sorted by id. */
  readonly roles: readonly Role[];
  /** The role with this id, or undefined when the base does not know it. */
  getRole(roleId: string): Role | undefined;
  /** Every term of a role, sorted by start, then person; empty for an unknown role. */
  termsOf(roleId: string): readonly OfficeTerm[];
  /**
   * Who held the role that day: the formal (non-acting) holder in office, else
   * the acting one. The handover day belongs to the successor.
   */
  holderOn(roleId: string, date: string | Date): OfficeTerm | undefined;
  /** Everyone in office that day, acting holders included: formal first, then by start and person. */
  holdersOn(roleId: string, date: string | Date): OfficeTerm[];
  /**
   * Terms of the person (or people) the name denotes by full name, listed
   * alias or romanisation, optionally only those covering `date`; sorted by
   * start, role and person. A bare surname only counts when it is a listed alias.
   */
  rolesOf(person: string, date?: string | Date): OfficeTerm[];
  /**
   * Which known people a written name may denote, best match first (full name,
   * alias, romanisation, surname; then by person).
   */
  findPerson(name: string): PersonMatch[];
  /**
   * A new knowledge base with `records` laid over this one: a role record
   * replaces the role with its id; a term replaces the term with the same role,
   * person and start, other terms are added. A term for a role this base does
   * not know needs that role's record too.
   */
  extend(records: KnowledgeInput): KnowledgeBase;
  /** The records, normalised and sorted, ready for `JSON.stringify` and `createKnowledgeBase`. */
  toJSON(): KnowledgeInput;
}

/** Options for {@link createKnowledgeBase}. */
export interface KnowledgeBaseOptions {
  /** Records to extend, e.g. `officeHolders`; `records` override them. */
  base?: KnowledgeBase;
}

/** Options of {@link termCovers}. */
export interface TermCoversOptions {
  /**
   * Days by which both ends of the term are widened, a whole number ≥ 0. Pass
   * `defaults.knowledge.handoverGraceDays` (14) to forgive news written around a handover.
   * @default 0
   */
  graceDays?: number;
}

/**
 * Whether a term covers `date`, its start and end days included, widened by
 * `options.graceDays` on both sides.
 *
 * @example
 * ```ts
 * termCovers({ start: '2020-01-10', end: '2020-02-10' }, '2020-02-24', { graceDays: 14 }); // true
 * ```
 */
export function termCovers(
  term: Pick<OfficeTerm, 'start' | 'end'> | Pick<TermRecord, 'start' | 'end'>,
  date: string | Date,
  options: TermCoversOptions = {},
): boolean {
  const { graceDays = 0 } = readOptions(
    options,
    ['graceDays'],
    'options',
    'termCovers',
  ) as TermCoversOptions;
  return termCoversDays(term, date, graceDays);
}

/** {@link termCovers} with the grace period as a number: the office checks' hot path. */
export function termCoversDays(
  term: Pick<OfficeTerm, 'start' | 'end'> | Pick<TermRecord, 'start' | 'end'>,
  date: string | Date,
  graceDays: number,
): boolean {
  if (!Number.isInteger(graceDays) || graceDays < 0) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `graceDays must be a whole number of days, 0 or more, got ${String(graceDays)}.`,
      { field: 'graceDays' },
    );
  }
  return covers(term.start, term.end ?? null, parseIsoDate(date, 'date'), graceDays);
}

function covers(start: IsoDate, end: IsoDate | null, day: IsoDate, graceDays: number): boolean {
  if (graceDays === 0) return start <= day && (end === null || day <= end);
  return addDays(start, -graceDays) <= day && (end === null || day <= addDays(end, graceDays));
}

/**
 * Builds a knowledge base from records, validated (see `INVALID_KNOWLEDGE`)
 * and never modified. With `options.base`, the records extend that base (same
 * as `base.extend(records)`). `snapshotDate` defaults to the base's, else to
 * the newest start or end date in the terms.
 *
 * @example
 * ```ts
 * const kb = createKnowledgeBase({ roles: [...], terms: [...] });
 * kb.holderOn('de_chancellor', '2025-10-26')?.person; // "Friedrich Merz"
 * ```
 */
export function createKnowledgeBase(
  records: KnowledgeInput,
  options: KnowledgeBaseOptions = {},
): KnowledgeBase {
  const { base } = readOptions(
    options,
    ['base'],
    'options',
    'createKnowledgeBase',
  ) as KnowledgeBaseOptions;
  if (base !== undefined) {
    if (typeof base !== 'object' || base === null || typeof base.extend !== 'function') {
      throw new CorroborateError(
        'INVALID_OPTION',
        'options.base must be a knowledge base (from createKnowledgeBase or officeHolders).',
        { field: 'options.base' },
      );
    }
    return base.extend(records);
  }
  const validated = validateKnowledgeRecords(records);
  return build(validated.snapshotDate, validated.roles, validated.terms);
}

function build(
  snapshotDate: IsoDate | undefined,
  roleList: readonly ValidatedRole[],
  located: readonly LocatedTerm[],
): KnowledgeBase {
  const sortedTerms = [...located].sort((a, b) => compareTerms(a.term, b.term));
  const terms = sortedTerms.map((entry) => freezeTerm(entry.term));
  const snapshot = snapshotDate ?? newestDate(terms);
  // Roles whose record set a window keep it through toJSON and extend; the rest get the default.
  const explicitCoverage = new Map<string, CoverageWindow>();
  for (const role of roleList) if (role.coverage) explicitCoverage.set(role.id, role.coverage);
  const earliestStart = new Map<string, IsoDate>();
  for (const term of terms)
    if (!earliestStart.has(term.roleId)) earliestStart.set(term.roleId, term.start);
  const roles = [...roleList]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((role) =>
      freezeRole({
        ...role,
        coverage: role.coverage ?? defaultCoverage(earliestStart.get(role.id), snapshot),
      }),
    );
  const roleById = new Map(roles.map((role) => [role.id, role]));
  checkTermSet(roleById, located);

  // toJSON writes familyNameFirst back only where a record set it, so round trips stay minimal.
  const explicitKeys = new Set(
    sortedTerms
      .filter((entry) => entry.explicitFamilyNameFirst)
      .map((entry) => termKey(entry.term)),
  );
  const termsByRole = new Map<string, OfficeTerm[]>();
  for (const term of terms) {
    const list = termsByRole.get(term.roleId);
    if (list) list.push(term);
    else termsByRole.set(term.roleId, [term]);
  }
  for (const list of termsByRole.values()) Object.freeze(list);
  const people = indexPeople(terms);

  const knowledgeBase: KnowledgeBase = {
    snapshotDate: snapshot,
    roles: Object.freeze(roles),
    getRole(roleId) {
      return roleById.get(requireRoleId(roleId));
    },
    termsOf(roleId) {
      return termsByRole.get(requireRoleId(roleId)) ?? NO_TERMS;
    },
    holderOn(roleId, date) {
      const day = parseIsoDate(date, 'date');
      let formal: OfficeTerm | undefined;
      let acting: OfficeTerm | undefined;
      // Terms are sorted by start, so the last covering one is the successor on a handover day.
      for (const term of termsByRole.get(requireRoleId(roleId)) ?? NO_TERMS) {
        if (term.start > day) break;
        if (term.end !== null && term.end < day) continue;
        if (term.acting) acting = term;
        else formal = term;
      }
      return formal ?? acting;
    },
    holdersOn(roleId, date) {
      const day = parseIsoDate(date, 'date');
      const list = termsByRole.get(requireRoleId(roleId)) ?? NO_TERMS;
      const holders = list.filter((term) => covers(term.start, term.end, day, 0));
      return holders.sort((a, b) => Number(a.acting) - Number(b.acting) || compareTerms(a, b));
    },
    rolesOf(person, date) {
      const name = requireName(person, 'person');
      const day = date === undefined ? undefined : parseIsoDate(date, 'date');
      const found: OfficeTerm[] = [];
      for (const hit of people.lookup(name)) {
        if (!hit.listed) continue;
        for (const term of hit.group.terms) {
          if (day === undefined || covers(term.start, term.end, day, 0)) found.push(term);
        }
      }
      return unique(found).sort(compareTerms);
    },
    findPerson(name) {
      const best = new Map<PersonGroup, { kind: PersonMatchKind; matched: string }>();
      for (const hit of people.lookup(requireName(name, 'name'))) {
        const current = best.get(hit.group);
        if (
          current === undefined ||
          PERSON_MATCH_KIND_RANK[hit.kind] < PERSON_MATCH_KIND_RANK[current.kind] ||
          (hit.kind === current.kind && compareStrings(hit.form, current.matched) < 0)
        ) {
          best.set(hit.group, { kind: hit.kind, matched: hit.form });
        }
      }
      return [...best.entries()]
        .map(([group, match]) => ({
          person: group.person,
          kind: match.kind,
          matched: match.matched,
          roleIds: group.roleIds,
          key: group.key,
        }))
        .sort(
          (a, b) =>
            PERSON_MATCH_KIND_RANK[a.kind] - PERSON_MATCH_KIND_RANK[b.kind] ||
            compareStrings(a.person, b.person) ||
            compareStrings(a.key, b.key),
        )
        .map(({ person, kind, matched, roleIds }) => ({
          person,
          kind,
          matched,
          roleIds: [...roleIds],
        }));
    },
    extend(records) {
      const validated = validateKnowledgeRecords(records);
      const mergedRoles = new Map<string, ValidatedRole>(
        roles.map((role) => [role.id, withoutDefaultCoverage(role, explicitCoverage)]),
      );
      for (const role of validated.roles) mergedRoles.set(role.id, role);
      const mergedTerms = new Map<string, LocatedTerm>();
      for (const term of terms) {
        mergedTerms.set(termKey(term), {
          term,
          where: `existing term (${term.roleId}, ${term.person}, from ${term.start})`,
          explicitFamilyNameFirst: explicitKeys.has(termKey(term)),
        });
      }
      for (const entry of validated.terms) mergedTerms.set(termKey(entry.term), entry);
      return build(
        validated.snapshotDate ?? snapshot,
        [...mergedRoles.values()],
        [...mergedTerms.values()],
      );
    },
    toJSON() {
      return {
        snapshotDate: snapshot,
        roles: roles.map((role) => roleToRecord(role, explicitCoverage.has(role.id))),
        terms: terms.map((term) => termToRecord(term, explicitKeys.has(termKey(term)))),
      };
    },
  };
  return Object.freeze(knowledgeBase);
}

const NO_TERMS: readonly OfficeTerm[] = Object.freeze([]);

function compareTerms(a: OfficeTerm, b: OfficeTerm): number {
  return (
    compareStrings(a.start, b.start) ||
    compareStrings(a.person, b.person) ||
    compareStrings(a.roleId, b.roleId) ||
    Number(a.acting) - Number(b.acting)
  );
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function newestDate(terms: readonly OfficeTerm[]): IsoDate {
  let newest: IsoDate | undefined;
  for (const term of terms) {
    for (const date of [term.start, term.end]) {
      if (date !== null && (newest === undefined || date > newest)) newest = date;
    }
  }
  if (newest === undefined) {
    throw new CorroborateError(
      'INVALID_KNOWLEDGE',
      'snapshotDate is missing and there are no terms to infer it from; pass snapshotDate (YYYY-MM-DD).',
      { field: 'snapshotDate' },
    );
  }
  return newest;
}

function requireRoleId(roleId: unknown): string {
  if (typeof roleId !== 'string') {
    throw new CorroborateError(
      'INVALID_OPTION',
      `roleId must be a string such as "de_chancellor", got ${describeType(roleId)}.`,
      { field: 'roleId' },
    );
  }
  return roleId;
}

function requireName(name: unknown, field: string): string {
  if (typeof name !== 'string') {
    throw new CorroborateError(
      'INVALID_OPTION',
      `${field} must be a person's name as a string, got ${describeType(name)}.`,
      { field },
    );
  }
  return name;
}

function freezeRole(role: Role): Role {
  return Object.freeze({
    ...role,
    jurisdictionNames: Object.freeze([...role.jurisdictionNames]) as string[],
    titles: Object.freeze([...role.titles]) as string[],
    standaloneTitles: Object.freeze([...role.standaloneTitles]) as string[],
    coverage: Object.freeze({ ...role.coverage }),
  });
}

function freezeTerm(term: OfficeTerm): OfficeTerm {
  if (Object.isFrozen(term)) return term;
  return Object.freeze({ ...term, aliases: Object.freeze([...term.aliases]) as string[] });
}

/**
 * The window a role without one of its own gets: from its earliest term's first day (the
 * holder in office on the earliest date the records cover) to the snapshot date.
 */
export function defaultCoverage(
  earliestStart: IsoDate | undefined,
  snapshot: IsoDate,
): CoverageWindow {
  const from = earliestStart !== undefined && earliestStart < snapshot ? earliestStart : snapshot;
  return { from, to: snapshot };
}

function withoutDefaultCoverage(
  role: Role,
  explicitCoverage: ReadonlyMap<string, CoverageWindow>,
): ValidatedRole {
  const { coverage: _computed, ...rest } = role;
  const explicit = explicitCoverage.get(role.id);
  return explicit ? { ...rest, coverage: explicit } : rest;
}

function roleToRecord(role: Role, explicitCoverage: boolean): RoleRecord {
  const record: RoleRecord = {
    id: role.id,
    label: role.label,
    jurisdiction: role.jurisdiction,
    kind: role.kind,
    jurisdictionNames: [...role.jurisdictionNames],
    titles: [...role.titles],
  };
  if (role.standaloneTitles.length > 0) record.standaloneTitles = [...role.standaloneTitles];
  if (explicitCoverage) record.coverage = { ...role.coverage };
  return record;
}

function termToRecord(term: OfficeTerm, explicitOrder: boolean): KnowledgeTermRecord {
  const record: KnowledgeTermRecord = {
    roleId: term.roleId,
    person: term.person,
    aliases: [...term.aliases],
    start: term.start,
    end: term.end,
    acting: term.acting,
    evidence: term.evidence,
    confidence: term.confidence,
  };
  if (explicitOrder) record.familyNameFirst = term.familyNameFirst;
  return record;
}

/** Everyone with the same canonical name (by {@link personKey}), across roles. */
interface PersonGroup {
  key: string;
  person: string;
  roleIds: readonly string[];
  terms: readonly OfficeTerm[];
}

interface PersonHit {
  group: PersonGroup;
  kind: PersonMatchKind;
  form: string;
  listed: boolean;
}

interface PersonIndex {
  /** Every (person, form) the written name matches, exactly or ignoring spaces. */
  lookup(name: string): PersonHit[];
}

// Name forms are indexed twice: exact normalised text, and with spaces removed for romanisations.
function indexPeople(terms: readonly OfficeTerm[]): PersonIndex {
  const groups = new Map<string, { person: string; terms: OfficeTerm[] }>();
  for (const term of terms) {
    const key = personKey(term.person);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { person: term.person, terms: [term] });
    else {
      group.terms.push(term);
      // Terms arrive sorted by start, so the last one seen is the newest spelling of the name.
      group.person = term.person;
    }
  }
  const byNormalized = new Map<string, PersonHit[]>();
  const byKey = new Map<string, PersonHit[]>();
  const push = (map: Map<string, PersonHit[]>, key: string, hit: PersonHit) => {
    const list = map.get(key);
    if (list) list.push(hit);
    else map.set(key, [hit]);
  };
  for (const [key, entry] of groups) {
    const group: PersonGroup = Object.freeze({
      key,
      person: entry.person,
      roleIds: Object.freeze(unique(entry.terms.map((term) => term.roleId)).sort(compareStrings)),
      terms: Object.freeze(entry.terms),
    });
    // A person's terms mostly repeat the same names: each form is indexed once per person.
    const seenNames = new Set<string>();
    const seenForms = new Set<string>();
    for (const term of entry.terms) {
      const names = `${term.familyNameFirst}\u0000${term.person}\u0000${term.aliases.join('\u0000')}`;
      if (seenNames.has(names)) continue;
      seenNames.add(names);
      const forms = personNameForms({
        person: term.person,
        aliases: term.aliases,
        familyNameFirst: term.familyNameFirst,
      });
      for (const form of forms) {
        const id = `${form.kind}\u0000${form.listed}\u0000${form.form}\u0000${form.normalized}`;
        if (seenForms.has(id)) continue;
        seenForms.add(id);
        const hit = { group, kind: form.kind, form: form.form, listed: form.listed };
        push(byNormalized, form.normalized, hit);
        push(byKey, form.key, hit);
      }
    }
  }
  return {
    lookup(name) {
      const normalized = normalizePersonName(name);
      if (normalized === '') return [];
      const exact = byNormalized.get(normalized) ?? [];
      const spaced = (byKey.get(normalized.replaceAll(' ', '')) ?? [])
        .filter((hit) => !exact.includes(hit))
        .map((hit) => ({
          ...hit,
          kind: hit.kind === 'surname' ? hit.kind : ('romanisation' as PersonMatchKind),
        }));
      return [...exact, ...spaced];
    },
  };
}
