// Decides what a role mention claims about the reference date and whether the table agrees.
import type { RoleMention } from '../extract/types.js';
import { addDays, type IsoDate } from '../input/parse-date.js';
import { HANDOVER_GRACE_DAYS, type KnowledgeBase, termCoversDays } from './knowledge-base.js';
import { normalizePersonName, personKey } from './person-names.js';
import type { CoverageWindow, OfficeTerm } from './types.js';

/** The outcome of checking one role mention against the knowledge base. */
export type RoleMentionVerdict =
  /** The person held the role on the reference date (within the grace window). */
  (
    | { status: 'confirmed'; roleId: string; term: OfficeTerm }
    /** The mention contradicts the table; see `kind`. */
    | {
        status: 'stale';
        kind: 'stale' | 'never-held' | 'not-yet';
        roleId: string;
        /** The person as the table names them (the mention as written when the table does not know them). */
        person: string;
        /** The person's term nearest the reference date, when they ever held the role. */
        nearestTerm: OfficeTerm | null;
        /** Who held the role on the reference date. */
        holderOnDate: OfficeTerm | null;
      }
    /** The mention cannot be judged; `reason` says why. */
    | { status: 'unchecked'; reason: UncheckedReason; roleId: string | null }
  ) & {
    /** The coverage window of the role judged (of `roleId`), or null when no role is pinned down. */
    coverage: CoverageWindow | null;
  };

/** Why a role mention was not judged. */
export type UncheckedReason =
  | 'role-not-in-knowledge-base'
  | 'person-not-identified'
  | 'past-tense'
  | 'no-reference-date'
  | 'ambiguous-title'
  /** The date (or the past period the sentence names) lies outside the role's coverage window. */
  | 'outside-coverage'
  /**
   * The article states no date and borrowed the cluster's, and the person's term ends (or
   * starts) within `BORROWED_DATE_MARGIN_DAYS` of it: the article may simply be older (or newer).
   */
  | 'near-borrowed-date';

// An incoming holder may be named this long before taking office ("Prime Minister-elect").
// Elections to inauguration: the US takes 78 days; 120 covers every system in the table.
export const INCOMING_WINDOW_DAYS = 120;

/**
 * Judges one role mention on `date`. A mention is flagged only when no person the name can
 * denote held (or, for "incoming", was about to take) any role the title can denote:
 * ambiguity is resolved in the writer's favour, so a wrong flag needs a wrong table.
 */
export function judgeRoleMention(
  mention: RoleMention,
  knowledge: KnowledgeBase,
  date: IsoDate | null,
  graceDays = HANDOVER_GRACE_DAYS,
  anchor: DatePeriod | null = null,
): RoleMentionVerdict {
  const verdict = judgeWithinCoverage(mention, knowledge, date, graceDays, anchor);
  const coverage =
    verdict.roleId === null ? null : (knowledge.getRole(verdict.roleId)?.coverage ?? null);
  return { ...verdict, coverage } as RoleMentionVerdict;
}

/** What the sentence claims a date for: the past period it names, else the reference date. */
function claimedPeriod(date: IsoDate, anchor: DatePeriod | null): DatePeriod {
  return anchor ?? { start: date, end: date };
}

/**
 * Whether the table is complete for a role over the whole claimed period. A past-tense claim
 * ("former", "then-") is about any time before the date, which always reaches before the
 * window, so it is complete only when it is confirmed.
 */
export function periodWithinCoverage(
  coverage: CoverageWindow | undefined,
  period: DatePeriod,
): boolean {
  if (coverage === undefined) return true;
  return coverage.from <= period.start && period.end <= coverage.to;
}

type BareVerdict = RoleMentionVerdict extends infer V
  ? V extends RoleMentionVerdict
    ? Omit<V, 'coverage'>
    : never
  : never;

function judgeWithinCoverage(
  mention: RoleMention,
  knowledge: KnowledgeBase,
  date: IsoDate | null,
  graceDays: number,
  anchor: DatePeriod | null,
): BareVerdict {
  let knownRoles = mention.roleCandidates.filter((id) => knowledge.getRole(id) !== undefined);
  let certainRole =
    mention.roleId !== null && knownRoles.includes(mention.roleId) ? mention.roleId : null;
  if (certainRole === null && knownRoles.length > 1) {
    const home = homeJurisdictionRole(mention, knowledge, knownRoles);
    if (home !== null) {
      knownRoles = [home];
      certainRole = home;
    }
  }
  if (knownRoles.length === 0) {
    return { status: 'unchecked', reason: 'role-not-in-knowledge-base', roleId: mention.roleId };
  }
  if (date === null)
    return { status: 'unchecked', reason: 'no-reference-date', roleId: certainRole };

  const people = identifyPeople(mention, knowledge);
  // Terms of the people the name may denote, in the roles the title may denote.
  // Compared by key so that a person's older terms spelled with or without accents still count.
  const terms: OfficeTerm[] = people.flatMap((person) =>
    knowledge
      .rolesOf(person)
      .filter(
        (term) => personKey(term.person) === personKey(person) && knownRoles.includes(term.roleId),
      ),
  );
  const tense = mention.modifier?.tense ?? 'present';
  if (terms.length === 0 && certainRole !== null) {
    terms.push(...shortFormTerms(mention, knowledge, certainRole));
  }

  const period = claimedPeriod(date, anchor);
  const outside = (roleIds: readonly string[]): BareVerdict | null => {
    const role = roleIds.find(
      (id) => tense === 'past' || !periodWithinCoverage(knowledge.getRole(id)?.coverage, period),
    );
    if (role === undefined) return null;
    return {
      status: 'unchecked',
      reason: 'outside-coverage',
      roleId: certainRole ?? (roleIds.length === 1 ? role : null),
    };
  };

  if (terms.length === 0) {
    // Only a certain role and a full name make "never held" a safe verdict: a bare "President
    // Smith" may be a president of a country the table does not cover.
    if (certainRole !== null && isFullName(mention) && !mentionsRelation(mention)) {
      const unknown = outside([certainRole]);
      if (unknown) return unknown;
      return {
        status: 'stale',
        kind: 'never-held',
        roleId: certainRole,
        person: people[0] ?? mention.person,
        nearestTerm: null,
        holderOnDate: knowledge.holderOn(certainRole, date) ?? null,
      };
    }
    return {
      status: 'unchecked',
      reason: people.length === 0 ? 'person-not-identified' : 'ambiguous-title',
      roleId: certainRole,
    };
  }

  if (tense === 'past') {
    // "former", "then-", "late", "predecessor": a past term anywhere before the date suffices.
    const held = terms.find((term) => term.start <= addDays(date, graceDays));
    if (held) return { status: 'confirmed', roleId: held.roleId, term: held };
    // The table cannot say who held a role before its window, where a past term may lie.
    return outside(rolesOfTerms(terms)) ?? staleVerdict('not-yet', terms, knowledge, date);
  }

  const covering = terms.find((term) => termCoversDays(term, date, graceDays));
  if (covering) return { status: 'confirmed', roleId: covering.roleId, term: covering };
  // "In 2016, President Barack Obama…": the sentence places the claim in a past period, and a
  // term anywhere in that period makes it true.
  if (anchor !== null) {
    const during = terms.find((term) => termOverlaps(term, anchor, graceDays));
    if (during) return { status: 'confirmed', roleId: during.roleId, term: during };
  }

  if (tense === 'future') {
    const upcoming = terms.find(
      (term) => term.start > date && term.start <= addDays(date, INCOMING_WINDOW_DAYS),
    );
    if (upcoming) return { status: 'confirmed', roleId: upcoming.roleId, term: upcoming };
  }
  const ended = terms.filter((term) => term.end !== null && term.end < date);
  return (
    outside(rolesOfTerms(terms)) ??
    staleVerdict(ended.length > 0 ? 'stale' : 'not-yet', terms, knowledge, date)
  );
}

function rolesOfTerms(terms: readonly OfficeTerm[]): string[] {
  return [...new Set(terms.map((term) => term.roleId))].sort();
}

function staleVerdict(
  kind: 'stale' | 'not-yet',
  terms: readonly OfficeTerm[],
  knowledge: KnowledgeBase,
  date: IsoDate,
): BareVerdict {
  const nearest = nearestTerm(terms, date);
  return {
    status: 'stale',
    kind,
    roleId: nearest.roleId,
    person: nearest.person,
    nearestTerm: nearest,
    holderOnDate: knowledge.holderOn(nearest.roleId, date) ?? null,
  };
}

/**
 * Reads a bare title in the country the person is known for: "President Kamala Harris" names
 * the US presidency because every office the table knows Harris in is American. Returns the
 * one candidate role of that jurisdiction, or null when the person is unknown, known in
 * several jurisdictions, already known in a candidate role, or no candidate fits.
 */
export function homeJurisdictionRole(
  mention: RoleMention,
  knowledge: KnowledgeBase,
  candidates: readonly string[],
): string | null {
  const people = identifyPeople(mention, knowledge);
  if (people.length !== 1) return null;
  const terms = knowledge
    .rolesOf(people[0]!)
    .filter((term) => personKey(term.person) === personKey(people[0]!));
  if (terms.length === 0 || terms.some((term) => candidates.includes(term.roleId))) return null;
  const jurisdictions = new Set(terms.map((term) => knowledge.getRole(term.roleId)?.jurisdiction));
  if (jurisdictions.size !== 1) return null;
  const [jurisdiction] = jurisdictions;
  const fitting = candidates.filter((id) => knowledge.getRole(id)?.jurisdiction === jurisdiction);
  return fitting.length === 1 ? fitting[0]! : null;
}

/** A span of days, both ends included. */
export interface DatePeriod {
  start: IsoDate;
  end: IsoDate;
}

/** Whether a term and a period share at least one day, the term widened by `graceDays`. */
export function termOverlaps(term: OfficeTerm, period: DatePeriod, graceDays: number): boolean {
  return (
    addDays(term.start, -graceDays) <= period.end &&
    (term.end === null || period.start <= addDays(term.end, graceDays))
  );
}

/** The term whose nearer edge is closest to `date` (ties: the later term, then role id). */
export function nearestTerm(terms: readonly OfficeTerm[], date: IsoDate): OfficeTerm {
  let best = terms[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const term of terms) {
    const distance =
      term.end !== null && term.end < date
        ? Date.parse(date) - Date.parse(term.end)
        : Math.max(0, Date.parse(term.start) - Date.parse(date));
    if (
      distance < bestDistance ||
      (distance === bestDistance &&
        (term.start > best.start || (term.start === best.start && term.roleId < best.roleId)))
    ) {
      best = term;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Canonical names of the known people a mention may denote: from the resolved key first
 * ("lee jae myung" for a later bare "Lee"), else from the name as written.
 */
export function identifyPeople(mention: RoleMention, knowledge: KnowledgeBase): string[] {
  for (const written of [mention.personKey, mention.person]) {
    if (!written) continue;
    const matches = knowledge.findPerson(written);
    if (matches.length > 0) {
      const bestKind = matches[0]!.kind;
      return [
        ...new Set(matches.filter((match) => match.kind === bestKind).map((match) => match.person)),
      ].sort();
    }
  }
  return [];
}

/**
 * Terms of the role whose holder's name holds every word of the written name in order: news
 * shortens "Salva Kiir Mayardit" to "Salva Kiir" and "Makhdoom Shah Mahmood Hussain Qureshi" to
 * "Shah Mahmood Qureshi", forms no table can list in full. Only for a name of two words or
 * more: a lone word is a surname or a first name, which the person index already handles.
 */
export function shortFormTerms(
  mention: RoleMention,
  knowledge: KnowledgeBase,
  roleId: string,
): OfficeTerm[] {
  const written = normalizePersonName(mention.person).split(' ');
  if (written.length < 2) return [];
  return knowledge
    .termsOf(roleId)
    .filter((term) =>
      [term.person, ...term.aliases].some((name) =>
        containsInOrder(normalizePersonName(name).split(' '), written),
      ),
    );
}

function containsInOrder(words: readonly string[], wanted: readonly string[]): boolean {
  let next = 0;
  for (const word of words) {
    if (word === wanted[next]) next += 1;
    if (next === wanted.length) return true;
  }
  return false;
}

// "Taro Yamada" can be judged as a never-holder; "Yamada" alone may be anyone.
function isFullName(mention: RoleMention): boolean {
  const name = mention.personKey || mention.person;
  return name.trim().split(/\s+/).length >= 2;
}

// "her predecessor, Fumio Kishida" names the predecessor's role by relation; the role itself
// is certain but the claim is about the past.
function mentionsRelation(mention: RoleMention): boolean {
  return mention.shape === 'relation';
}
