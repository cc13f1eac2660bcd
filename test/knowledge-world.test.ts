// The bundled non-European office-holder data: well-formed roles, ordered non-overlapping terms, known facts.
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../src/input/parse-date.js';
import { REFERENCE_ROLES } from '../src/knowledge/data/reference-roles.js';
import { ROLES, TERMS } from '../src/knowledge/data/world.js';
import type { TermRecord } from '../src/knowledge/types.js';

/** Role ids the shared reference table already defines; this file must not redefine them. */
const REFERENCE_ROLE_IDS = REFERENCE_ROLES.map((role) => role.id);

/** Offices created after 2014-01-01, so they need no holder on that day. */
const CREATED_AFTER_2014 = [
  'bd_chief_adviser',
  'mm_junta_chair',
  'mm_prime_minister',
  'mm_state_counsellor',
];

/** Offices with no holder at the snapshot: lapsed with the 2021 coup or the 2026 Myanmar government. */
const DEFUNCT_AT_SNAPSHOT = [
  'mm_junta_chair',
  'mm_prime_minister',
  'mm_state_counsellor',
  'bd_chief_adviser',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function termsOf(roleId: string): TermRecord[] {
  return TERMS.filter((term) => term.roleId === roleId);
}

/** Terms in force on `date`; the end day is exclusive so a handover day names only the successor. */
function holdersOn(roleId: string, date: string, acting: boolean): string[] {
  return termsOf(roleId)
    .filter((term) => Boolean(term.acting) === acting)
    .filter((term) => term.start <= date && (term.end == null || date < term.end))
    .map((term) => term.person);
}

describe('world roles', () => {
  it('have unique ids in <iso2 or org>_<office> form, none taken from the reference table', () => {
    const ids = ROLES.map((role) => role.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]{2,}_[a-z]+(?:_[a-z]+)*$/);
      expect(REFERENCE_ROLE_IDS).not.toContain(id);
    }
  });

  it('have a label, jurisdiction, non-empty names and lower-case titles', () => {
    for (const role of ROLES) {
      expect(role.label.length, role.id).toBeGreaterThan(0);
      expect(role.jurisdiction.length, role.id).toBeGreaterThan(0);
      expect(role.jurisdictionNames.length, role.id).toBeGreaterThan(0);
      expect(role.titles.length, role.id).toBeGreaterThan(0);
      for (const title of [...role.titles, ...(role.standaloneTitles ?? [])]) {
        expect(title, role.id).toBe(title.toLowerCase());
        expect(title.trim(), role.id).toBe(title);
      }
      for (const name of role.jurisdictionNames)
        expect(name.trim().length, role.id).toBeGreaterThan(0);
    }
  });

  it('never list the ambiguous adjective "Korean" or the substring-prone "Republic of China"', () => {
    const names = ROLES.flatMap((role) => role.jurisdictionNames);
    expect(names).not.toContain('Korean');
    expect(names).not.toContain('Republic of China');
    expect(names).toContain('South Korean');
  });

  it('do not name the rotating African Union chair as the Commission chair', () => {
    const au = ROLES.find((role) => role.id === 'au_commission_chair');
    expect(au?.titles).not.toContain('chairperson');
    expect(au?.titles).not.toContain('chair');
    expect(au?.standaloneTitles).toContain('african union commission chairperson');
  });

  it('are plain JSON-serialisable data', () => {
    expect(JSON.parse(JSON.stringify({ ROLES, TERMS }))).toEqual({ ROLES, TERMS });
  });
});

describe('world terms', () => {
  it('belong to a defined role, and every role has at least one term', () => {
    const ids = new Set(ROLES.map((role) => role.id));
    for (const term of TERMS) expect(ids.has(term.roleId), term.roleId).toBe(true);
    for (const role of ROLES) expect(termsOf(role.id).length, role.id).toBeGreaterThan(0);
  });

  it('carry valid ISO dates with start before end', () => {
    for (const term of TERMS) {
      const label = `${term.roleId} ${term.person}`;
      expect(isIsoDate(term.start), label).toBe(true);
      if (term.end != null) {
        expect(isIsoDate(term.end), label).toBe(true);
        expect(term.start < term.end, label).toBe(true);
      }
    }
  });

  it('name evidence and a confidence for every term', () => {
    for (const term of TERMS) {
      expect(term.evidence?.length ?? 0, term.person).toBeGreaterThan(0);
      expect(['high', 'medium', 'low'], term.person).toContain(term.confidence);
    }
  });

  it('are sorted by start within each role and formal terms overlap at most on the handover day', () => {
    for (const role of ROLES) {
      const terms = termsOf(role.id);
      const starts = terms.map((term) => term.start);
      expect(starts, role.id).toEqual([...starts].sort());
      const formal = terms.filter((term) => !term.acting);
      for (let i = 1; i < formal.length; i += 1) {
        const previous = formal[i - 1];
        const current = formal[i];
        if (!previous || !current) continue;
        expect(previous.end, `${role.id}: ${previous.person} must have ended`).toBeDefined();
        expect(
          (previous.end ?? '9999-12-31') <= current.start,
          `${role.id}: ${current.person}`,
        ).toBe(true);
      }
    }
  });

  it('leave at most one open-ended formal term per role', () => {
    for (const role of ROLES) {
      const open = termsOf(role.id).filter((term) => !term.acting && term.end == null);
      expect(open.length, role.id).toBeLessThanOrEqual(1);
    }
  });

  it('give acting holders an end date', () => {
    for (const term of TERMS.filter((t) => t.acting)) expect(term.end, term.person).toBeDefined();
  });

  it('cover 2014-01-01 for every office that existed then', () => {
    for (const role of ROLES) {
      if (CREATED_AFTER_2014.includes(role.id)) continue;
      const holders = [
        ...holdersOn(role.id, '2014-01-01', false),
        ...holdersOn(role.id, '2014-01-01', true),
      ];
      expect(holders.length, role.id).toBeGreaterThan(0);
    }
  });

  it('name a current holder for every office still in existence', () => {
    for (const role of ROLES) {
      if (DEFUNCT_AT_SNAPSHOT.includes(role.id)) continue;
      expect(holdersOn(role.id, '2026-11-21', false).length, role.id).toBe(1);
    }
  });

  it('never give one alias to two different people', () => {
    const owner = new Map<string, string>();
    for (const term of TERMS) {
      for (const alias of [term.person, ...(term.aliases ?? [])]) {
        const key = alias.toLowerCase();
        const previous = owner.get(key);
        if (previous === undefined) owner.set(key, term.person);
        else expect(previous, `alias "${alias}"`).toBe(term.person);
      }
    }
  });

  it('avoid bare aliases that belong to other well-known office holders', () => {
    // Motivating cases: Malaysia's King Sultan Ibrahim vs PM Anwar Ibrahim; Timor-Leste's
    // Francisco Guterres vs UN chief António Guterres; Nawaz vs Shehbaz Sharif; Michel vs Joseph Aoun.
    const aliases = new Set(TERMS.flatMap((term) => term.aliases ?? []));
    for (const bare of [
      'Ibrahim',
      'Guterres',
      'Sharif',
      'Abdullah',
      'Salman',
      'Rahman',
      'Lai',
      'Aoun',
    ]) {
      expect(aliases.has(bare), bare).toBe(false);
    }
    // Distinctive surnames stay usable.
    expect(aliases.has('Ramaphosa')).toBe(true);
    expect(aliases.has('Zardari')).toBe(true);
  });
});

describe('world terms: who held the office', () => {
  it.each([
    ['kr_prime_minister', '2025-10-29', 'Kim Min-seok'],
    ['kr_prime_minister', '2019-06-01', 'Lee Nak-yon'],
    ['jp_emperor', '2018-06-01', 'Akihito'],
    ['jp_emperor', '2019-05-02', 'Naruhito'],
    ['sa_monarch', '2025-10-28', 'Salman bin Abdulaziz Al Saud'],
    ['sa_prime_minister', '2020-06-01', 'Salman bin Abdulaziz Al Saud'],
    ['sa_prime_minister', '2023-01-01', 'Mohammed bin Salman'],
    ['sa_crown_prince', '2016-01-01', 'Mohammed bin Nayef'],
    ['za_president', '2017-01-01', 'Jacob Zuma'],
    ['za_president', '2025-11-22', 'Cyril Ramaphosa'],
    ['ar_president', '2024-01-01', 'Javier Milei'],
    ['in_president', '2020-01-01', 'Ram Nath Kovind'],
    ['au_commission_chair', '2020-01-01', 'Moussa Faki Mahamat'],
    ['au_commission_chair', '2025-10-01', 'Mahmoud Ali Youssouf'],
    ['my_monarch', '2025-10-26', 'Sultan Ibrahim Iskandar'],
    ['my_monarch', '2020-01-01', 'Sultan Abdullah Sultan Ahmad Shah'],
    ['vn_president', '2025-10-26', 'Lương Cường'],
    ['vn_president', '2026-06-01', 'Tô Lâm'],
    ['vn_prime_minister', '2025-10-26', 'Phạm Minh Chính'],
    ['la_president', '2019-01-01', 'Bounnhang Vorachith'],
    ['sg_president', '2020-01-01', 'Halimah Yacob'],
    ['th_monarch', '2015-01-01', 'Bhumibol Adulyadej'],
    ['th_monarch', '2025-10-26', 'Maha Vajiralongkorn'],
    ['kh_monarch', '2025-10-26', 'Norodom Sihamoni'],
    ['mm_state_counsellor', '2019-01-01', 'Aung San Suu Kyi'],
    ['mm_prime_minister', '2025-10-26', 'Nyo Saw'],
    ['tl_prime_minister', '2024-01-01', 'Xanana Gusmão'],
    ['tl_president', '2025-10-26', 'José Ramos-Horta'],
    ['il_president', '2015-01-01', 'Reuven Rivlin'],
    ['tw_premier', '2018-01-01', 'William Lai'],
    ['tw_premier', '2025-10-26', 'Cho Jung-tai'],
    ['pk_prime_minister', '2020-01-01', 'Imran Khan'],
    ['pk_president', '2025-10-26', 'Asif Ali Zardari'],
    ['bd_prime_minister', '2026-03-01', 'Tarique Rahman'],
    ['bd_chief_adviser', '2025-01-01', 'Muhammad Yunus'],
    ['eg_president', '2016-01-01', 'Abdel Fattah el-Sisi'],
    ['ae_president', '2020-01-01', 'Khalifa bin Zayed Al Nahyan'],
    ['ae_president', '2025-10-26', 'Mohamed bin Zayed Al Nahyan'],
    ['qa_emir', '2025-10-26', 'Tamim bin Hamad Al Thani'],
    ['nz_prime_minister', '2020-01-01', 'Jacinda Ardern'],
    ['kp_presidium_president', '2015-01-01', 'Kim Yong-nam'],
    ['sy_president', '2020-01-01', 'Bashar al-Assad'],
    ['sy_president', '2025-10-26', 'Ahmed al-Sharaa'],
    ['lb_president', '2020-01-01', 'Michel Aoun'],
    ['kw_emir', '2022-01-01', 'Nawaf Al-Ahmad Al-Jaber Al-Sabah'],
    ['om_sultan', '2025-10-26', 'Haitham bin Tariq'],
  ])('%s on %s was %s', (roleId, date, person) => {
    expect(holdersOn(roleId, date, false)).toEqual([person]);
  });

  it.each([
    // No formal holder while a regent, a military appointee or an interim chief held the post.
    ['th_monarch', '2016-11-01', 'Prem Tinsulanonda'],
    ['mm_president', '2022-01-01', 'Myint Swe'],
    ['mm_president', '2025-10-26', 'Min Aung Hlaing'],
    ['eg_president', '2014-01-01', 'Adly Mansour'],
    ['pk_prime_minister', '2023-12-01', 'Anwaar-ul-Haq Kakar'],
    ['sg_president', '2017-09-05', 'J. Y. Pillay'],
    ['vn_president', '2024-04-15', 'Võ Thị Ánh Xuân'],
    ['sy_president', '2024-12-20', 'Ahmed al-Sharaa'],
  ])('%s on %s had no formal holder; %s was acting', (roleId, date, person) => {
    expect(holdersOn(roleId, date, false)).toEqual([]);
    expect(holdersOn(roleId, date, true)).toEqual([person]);
  });

  it('keeps a suspended prime minister formal while his stand-in acts (South Korea, 2025-01-15)', () => {
    expect(holdersOn('kr_prime_minister', '2025-01-15', false)).toEqual(['Han Duck-soo']);
    expect(holdersOn('kr_prime_minister', '2025-01-15', true)).toEqual(['Choi Sang-mok']);
  });

  it('names only the successor on a handover day', () => {
    expect(holdersOn('ar_president', '2023-12-10', false)).toEqual(['Javier Milei']);
    expect(holdersOn('sa_prime_minister', '2022-09-27', false)).toEqual(['Mohammed bin Salman']);
  });

  it('has no Lebanese president during the vacancies, not even an acting one', () => {
    for (const date of ['2015-06-01', '2023-06-01']) {
      expect(holdersOn('lb_president', date, false)).toEqual([]);
      expect(holdersOn('lb_president', date, true)).toEqual([]);
    }
  });

  it('has no Bangladeshi prime minister under the interim government', () => {
    expect(holdersOn('bd_prime_minister', '2025-06-01', false)).toEqual([]);
    expect(holdersOn('bd_prime_minister', '2025-06-01', true)).toEqual([]);
  });
});
