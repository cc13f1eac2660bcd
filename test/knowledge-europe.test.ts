// Data-quality checks and spot checks for the European office-holder records.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../src/input/parse-date.js';
import { ROLES, TERMS } from '../src/knowledge/data/europe.js';
import { REFERENCE_ROLES } from '../src/knowledge/data/reference-roles.js';
import type { RoleRecord, TermRecord } from '../src/knowledge/types.js';

/** Role ids the shared reference table already defines; this file must not redefine them. */
const REFERENCE_ROLE_IDS = REFERENCE_ROLES.map((role) => role.id);

/** Offices that no longer exist, so they have no current holder. */
const ABOLISHED_ROLE_IDS = ['tr_prime_minister'];

/**
 * Known vacancies with no formal or single acting holder: Austria's presidency
 * was exercised collectively by the National Council presidium in 2016-17.
 */
const KNOWN_VACANCIES = [{ roleId: 'at_president', from: '2016-07-08', to: '2017-01-26' }];

/** The day the collection starts; every role must have a holder on it. */
const COVERAGE_START = '2014-01-01';

const ROLE_KINDS = ['head-of-state', 'head-of-government', 'head-of-state-and-government'];

function termsOf(roleId: string): TermRecord[] {
  return TERMS.filter((term) => term.roleId === roleId);
}

/** Whether a term covers `date`; the handover day belongs to the successor. */
function covers(term: TermRecord, date: string): boolean {
  return term.start <= date && (term.end == null || date < term.end);
}

/** The people formally holding `roleId` on `date`, acting holders excluded. */
function formalHoldersOn(roleId: string, date: string): string[] {
  return termsOf(roleId)
    .filter((term) => !term.acting && covers(term, date))
    .map((term) => term.person);
}

/** The people acting in `roleId` on `date`. */
function actingHoldersOn(roleId: string, date: string): string[] {
  return termsOf(roleId)
    .filter((term) => term.acting === true && covers(term, date))
    .map((term) => term.person);
}

describe('European roles', () => {
  it('have unique ids in the <iso2>_<office> form', () => {
    const ids = ROLES.map((role) => role.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]{2}_[a-z]+(?:_[a-z]+)*$/);
  });

  it('do not redefine any role of the shared reference table', () => {
    const reference = new Set(REFERENCE_ROLE_IDS);
    expect(ROLES.filter((role) => reference.has(role.id)).map((role) => role.id)).toEqual([]);
  });

  it('cover both offices of a parliamentary state and the only office of Cyprus', () => {
    const ids = new Set(ROLES.map((role) => role.id));
    for (const id of ['de_president', 'it_president', 'es_monarch', 'es_prime_minister']) {
      expect(ids.has(id)).toBe(true);
    }
    expect(ids.has('cy_president')).toBe(true);
    expect(ids.has('cy_prime_minister')).toBe(false);
  });

  it.each(ROLES)(
    '$id has a label, a known kind, names and lower-case titles',
    (role: RoleRecord) => {
      expect(role.label.length).toBeGreaterThan(0);
      expect(role.jurisdiction.length).toBeGreaterThan(0);
      expect(ROLE_KINDS).toContain(role.kind);
      expect(role.jurisdictionNames.length).toBeGreaterThan(0);
      expect(role.jurisdictionNames).toContain(role.jurisdiction);
      expect(new Set(role.jurisdictionNames).size).toBe(role.jurisdictionNames.length);
      expect(role.titles.length).toBeGreaterThan(0);
      for (const title of role.titles) {
        expect(title).toBe(title.toLowerCase());
        expect(title.trim()).toBe(title);
      }
      expect(new Set(role.titles).size).toBe(role.titles.length);
    },
  );

  it('give "leader" to at most one office per country', () => {
    const leaderRolesByCountry = new Map<string, string[]>();
    for (const role of ROLES) {
      if (!role.titles.includes('leader')) continue;
      const list = leaderRolesByCountry.get(role.jurisdiction) ?? [];
      list.push(role.id);
      leaderRolesByCountry.set(role.jurisdiction, list);
    }
    for (const ids of leaderRolesByCountry.values()) expect(ids).toHaveLength(1);
    expect(leaderRolesByCountry.get('Netherlands')).toEqual(['nl_prime_minister']);
    expect(leaderRolesByCountry.get('Cyprus')).toEqual(['cy_president']);
    expect(leaderRolesByCountry.has('Finland')).toBe(false);
  });

  it('list "queen" only where a queen regnant held the office, so a consort is not the monarch', () => {
    for (const role of ROLES.filter((candidate) => candidate.titles.includes('queen'))) {
      const hadQueen = termsOf(role.id).some((term) =>
        (term.aliases ?? []).some((alias) => alias.startsWith('Queen ')),
      );
      expect(hadQueen, role.id).toBe(true);
    }
    const netherlands = ROLES.find((role) => role.id === 'nl_monarch');
    expect(netherlands?.titles).not.toContain('queen');
  });
});

describe('European terms', () => {
  const roleIds = new Set(ROLES.map((role) => role.id));

  it('belong to a role defined in the same file', () => {
    expect(TERMS.filter((term) => !roleIds.has(term.roleId))).toEqual([]);
  });

  it('use real ISO dates with start before end', () => {
    for (const term of TERMS) {
      expect(parseIsoDate(term.start, 'start')).toBe(term.start);
      if (term.end != null) {
        expect(parseIsoDate(term.end, 'end')).toBe(term.end);
        expect(term.start < term.end, `${term.roleId} ${term.person}`).toBe(true);
      }
    }
  });

  it('carry evidence and a confidence level', () => {
    for (const term of TERMS) {
      expect(term.evidence?.length ?? 0).toBeGreaterThan(0);
      expect(['high', 'medium']).toContain(term.confidence);
    }
  });

  it('list aliases that differ from the name and are not shared by two people', () => {
    const personByAlias = new Map<string, string>();
    for (const term of TERMS) {
      const aliases = term.aliases ?? [];
      expect(new Set(aliases).size).toBe(aliases.length);
      expect(aliases).not.toContain(term.person);
      for (const alias of [term.person, ...aliases]) {
        const known = personByAlias.get(alias);
        if (known !== undefined) expect(known, alias).toBe(term.person);
        personByAlias.set(alias, term.person);
      }
    }
  });

  describe.each(ROLES)('$id', (role: RoleRecord) => {
    const terms = termsOf(role.id);
    const formal = terms.filter((term) => !term.acting);

    it('has at least one term, sorted by start date', () => {
      expect(terms.length).toBeGreaterThan(0);
      const starts = terms.map((term) => term.start);
      expect(starts).toEqual([...starts].sort());
    });

    it('never overlaps two formal terms except on the handover day', () => {
      for (let i = 1; i < formal.length; i++) {
        const previous = formal[i - 1];
        const next = formal[i];
        if (previous === undefined || next === undefined) continue;
        expect(previous.end, `${previous.person} must have ended`).toBeTruthy();
        expect((previous.end ?? '') <= next.start, `${previous.person} / ${next.person}`).toBe(
          true,
        );
      }
    });

    it('bridges every gap between formal terms with an acting holder or a known vacancy', () => {
      for (let i = 1; i < formal.length; i++) {
        const previous = formal[i - 1];
        const next = formal[i];
        if (previous?.end == null || next === undefined || previous.end === next.start) continue;
        const bridged = terms.some(
          (term) => term.acting === true && term.start === previous.end && term.end === next.start,
        );
        const vacancy = KNOWN_VACANCIES.some(
          (gap) => gap.roleId === role.id && gap.from === previous.end && gap.to === next.start,
        );
        expect(bridged || vacancy, `${previous.person} -> ${next.person}`).toBe(true);
      }
    });

    it(`has a holder on ${COVERAGE_START}`, () => {
      expect(formalHoldersOn(role.id, COVERAGE_START)).toHaveLength(1);
    });

    it('has exactly one current holder unless the office was abolished', () => {
      const open = terms.filter((term) => term.end == null);
      expect(open).toHaveLength(ABOLISHED_ROLE_IDS.includes(role.id) ? 0 : 1);
    });
  });
});

describe('European office holders on known dates', () => {
  it.each([
    ['de_president', '2020-06-01', 'Frank-Walter Steinmeier'],
    ['es_monarch', '2014-01-01', 'Juan Carlos I'],
    ['es_monarch', '2014-06-19', 'Felipe VI'],
    ['gb_monarch', '2022-09-07', 'Elizabeth II'],
    ['gb_monarch', '2022-09-08', 'Charles III'],
    ['at_chancellor', '2019-01-01', 'Sebastian Kurz'],
    ['at_chancellor', '2019-07-01', 'Brigitte Bierlein'],
    ['nl_prime_minister', '2020-01-01', 'Mark Rutte'],
    ['nl_prime_minister', '2025-10-26', 'Dick Schoof'],
    ['ie_prime_minister', '2025-10-26', 'Micheál Martin'],
    ['hu_prime_minister', '2025-10-26', 'Viktor Orbán'],
    ['hu_prime_minister', '2026-06-01', 'Péter Magyar'],
    ['cz_prime_minister', '2025-10-26', 'Petr Fiala'],
    ['be_prime_minister', '2025-10-26', 'Bart De Wever'],
    ['ua_prime_minister', '2025-10-26', 'Yulia Svyrydenko'],
    ['dk_monarch', '2023-06-01', 'Margrethe II'],
    ['dk_monarch', '2024-06-01', 'Frederik X'],
    ['ch_president', '2021-06-01', 'Guy Parmelin'],
    ['ch_president', '2023-06-01', 'Alain Berset'],
    ['pt_president', '2026-03-09', 'António José Seguro'],
    ['bg_president', '2026-02-01', 'Iliana Iotova'],
    ['fi_prime_minister', '2015-01-01', 'Alexander Stubb'],
    ['gr_prime_minister', '2015-09-01', 'Vassiliki Thanou-Christophilou'],
  ])('%s on %s is %s', (roleId, date, person) => {
    expect(formalHoldersOn(roleId, date)).toEqual([person]);
  });

  it('has an acting holder and no formal one while an office is vacant', () => {
    expect(formalHoldersOn('it_president', '2015-01-20')).toEqual([]);
    expect(actingHoldersOn('it_president', '2015-01-20')).toEqual(['Pietro Grasso']);
    expect(formalHoldersOn('ro_president', '2025-03-01')).toEqual([]);
    expect(actingHoldersOn('ro_president', '2025-03-01')).toEqual(['Ilie Bolojan']);
  });

  it('has no acting holder while the formal holder serves', () => {
    expect(actingHoldersOn('it_president', '2016-01-01')).toEqual([]);
    expect(actingHoldersOn('at_chancellor', '2025-06-01')).toEqual([]);
  });

  it('has nobody in the Turkish premiership after it was abolished', () => {
    expect(formalHoldersOn('tr_prime_minister', '2018-07-08')).toEqual(['Binali Yıldırım']);
    expect(formalHoldersOn('tr_prime_minister', '2019-01-01')).toEqual([]);
  });
});
