// News phrasings of the imported cabinet posts: each family on sentences shaped like wire copy
// (written for this test), with the cases where it must not fire.
import { describe, expect, it } from 'vitest';
import { isTitleOrQualifier } from '../src/extract/people/lexicon.js';
import { ROLE_TITLE_HEADS, ROLE_TITLE_QUALIFIERS } from '../src/extract/role-title-words.js';
import { checkRoles, createKnowledgeBase, officeHolders } from '../src/index.js';
import {
  cabinetTitles,
  classifyPostLabel,
  splitTitleWords,
  TITLE_CONNECTORS,
} from '../src/knowledge/cabinet-titles.js';

const verdicts = (text: string, asOf: string) =>
  checkRoles({ id: 'a', text }, { asOf }).mentions.map((mention) => ({
    status: mention.status,
    roleId: mention.roleId,
    person: mention.person,
  }));
const flags = (text: string, asOf: string) =>
  checkRoles({ id: 'a', text }, { asOf }).staleFigures.map((figure) => ({
    kind: figure.kind,
    roleId: figure.roleId,
    holderOnDate: figure.holderOnDate,
  }));

describe('department words to news titles', () => {
  it('classifies formal labels by department', () => {
    expect(classifyPostLabel('Minister of Foreign Affairs', 'jp')).toBe('foreign_minister');
    expect(classifyPostLabel('Minister of External Affairs', 'in')).toBe('foreign_minister');
    expect(classifyPostLabel('Secretary of State for the Home Department', 'gb')).toBe(
      'interior_minister',
    );
    expect(classifyPostLabel('Chancellor of the Exchequer', 'gb')).toBe('finance_minister');
    expect(classifyPostLabel('Minister of Economy and Finance', 'fr')).toBe('finance_minister');
    expect(classifyPostLabel('Treasurer', 'au')).toBe('treasurer');
    expect(classifyPostLabel('Minister of Foreign Trade', 'fr')).toBe('trade_minister');
    expect(classifyPostLabel('Deputy Prime Minister', 'gb')).toBe('deputy_prime_minister');
  });

  it('leaves junior, sub-national and official posts out', () => {
    for (const [label, country] of [
      ['Minister of State for Foreign Affairs', 'gb'],
      ['Deputy Minister of Finance', 'ru'],
      ['Chief Minister of Goa', 'in'],
      ['Foreign Secretary', 'in'],
      ['Secretary of State', 'pt'],
      ['Attorney General', 'au'],
      ['ambassador to France', 'de'],
      ['Minister without portfolio', 'hu'],
    ] as const) {
      expect(classifyPostLabel(label, country), label).toBeNull();
    }
  });

  it('gives each country the titles its press uses', () => {
    expect(cabinetTitles('interior_minister', 'gb').standaloneTitles).toEqual(['home secretary']);
    expect(cabinetTitles('finance_minister', 'gb').titles).toContain('chancellor of the exchequer');
    expect(cabinetTitles('treasurer', 'au').titles).toEqual(['treasurer']);
    expect(cabinetTitles('foreign_minister', 'us').titles).toContain('secretary of state');
    expect(cabinetTitles('foreign_minister', 'fr').titles).not.toContain('secretary of state');
  });
});

describe('the title-word list', () => {
  it('reads every word of every bundled role title as a title word', () => {
    const unreadable: string[] = [];
    for (const role of officeHolders.roles) {
      for (const title of role.titles) {
        for (const word of title.split(/[\s-]+/)) {
          if (!TITLE_CONNECTORS.has(word) && !isTitleOrQualifier(word)) {
            unreadable.push(`${role.id}: ${word}`);
          }
        }
      }
    }
    expect(unreadable).toEqual([]);
  });

  it('splits a title into its head noun and qualifiers', () => {
    const heads = new Set<string>();
    const qualifiers = new Set<string>();
    splitTitleWords('minister of foreign affairs', heads, qualifiers);
    splitTitleWords('work and pensions secretary', heads, qualifiers);
    expect([...heads]).toEqual(['minister', 'secretary']);
    expect([...qualifiers]).toEqual(['foreign', 'affairs', 'work', 'pensions']);
    expect(ROLE_TITLE_HEADS.has('taoiseach')).toBe(true);
    expect(ROLE_TITLE_QUALIFIERS.has('exchequer')).toBe(true);
    // Words that also stand inside names are never title words.
    expect(ROLE_TITLE_QUALIFIERS.has('de')).toBe(false);
    expect(ROLE_TITLE_QUALIFIERS.has('yang')).toBe(false);
  });

  it('keeps a native title out of the name ("Taoiseach Micheál Martin")', () => {
    expect(verdicts('Taoiseach Micheál Martin spoke in Dublin.', '2021-05-01')).toMatchObject([
      { status: 'confirmed', roleId: 'ie_prime_minister', person: 'Micheál Martin' },
    ]);
  });
});

describe('country adjective + title', () => {
  it('confirms the holder and flags a successor named too early', () => {
    expect(
      verdicts('Indian Finance Minister Nirmala Sitharaman presented the budget.', '2021-02-01'),
    ).toMatchObject([{ status: 'confirmed', roleId: 'in_finance_minister' }]);
    expect(
      flags('Turkish Finance Minister Berat Albayrak defended the lira policy.', '2021-03-01'),
    ).toEqual([{ kind: 'stale', roleId: 'tr_finance_minister', holderOnDate: 'Lütfi Elvan' }]);
  });

  it('does not fire for a sub-national minister', () => {
    for (const text of [
      'Bavarian Interior Minister Joachim Herrmann ordered more patrols.',
      'Kerala Education Minister V. Sivankutty opened the new school.',
      'Ontario Finance Minister Peter Bethlenfalvy tabled the budget.',
    ]) {
      expect(verdicts(text, '2022-06-01'), text).toEqual([]);
    }
  });

  it('does not fire for a deputy of the post', () => {
    expect(verdicts('Deputy Foreign Minister Andriy Melnyk met the envoys.', '2022-12-10')).toEqual(
      [],
    );
    expect(
      verdicts('Ukraine’s deputy foreign minister, Andriy Melnyk, met the envoys.', '2022-12-10'),
    ).toEqual([]);
  });
});

describe('UK and US styles', () => {
  it('reads Home Secretary, Chancellor and Foreign Secretary from the IfG data to 2026', () => {
    expect(flags('Home Secretary Priti Patel defended the asylum plan.', '2025-10-01')).toEqual([
      { kind: 'stale', roleId: 'gb_interior_minister', holderOnDate: 'Shabana Mahmood' },
    ]);
    expect(
      verdicts('Chancellor of the Exchequer George Osborne set out his plans.', '2015-03-18'),
    ).toMatchObject([{ status: 'confirmed', roleId: 'gb_finance_minister' }]);
    expect(flags('Chancellor George Osborne set out his plans.', '2017-06-01')).toEqual([
      { kind: 'stale', roleId: 'gb_finance_minister', holderOnDate: 'Philip Hammond' },
    ]);
  });

  it('reads a bare "Chancellor" in the country the person is known for, never as Germany’s', () => {
    expect(verdicts('Chancellor Rishi Sunak unveiled the budget.', '2021-03-03')).toMatchObject([
      { status: 'confirmed', roleId: 'gb_finance_minister' },
    ]);
  });

  it('reads US cabinet titles', () => {
    expect(
      verdicts('Interior Secretary David Bernhardt toured the park.', '2020-06-01'),
    ).toMatchObject([{ status: 'confirmed', roleId: 'us_interior_minister' }]);
    expect(flags('Defense Secretary Mark Esper visited the base.', '2021-06-01')).toMatchObject([
      { kind: 'stale', roleId: 'us_defence_minister', holderOnDate: 'Lloyd Austin' },
    ]);
  });
});

describe('possessive and "minister of" shapes', () => {
  it('reads "X’s defence minister" and "minister of foreign affairs"', () => {
    expect(
      flags('Japan’s defence minister, Nobuo Kishi, inspected the base.', '2022-09-20'),
    ).toEqual([{ kind: 'stale', roleId: 'jp_defence_minister', holderOnDate: 'Yasukazu Hamada' }]);
    expect(
      verdicts('Minister of Foreign Affairs Dmytro Kuleba spoke to reporters.', '2022-06-01'),
    ).toMatchObject([{ status: 'confirmed', roleId: 'ua_foreign_minister' }]);
    expect(
      verdicts('The foreign minister of Indonesia, Retno Marsudi, opened the forum.', '2020-01-01'),
    ).toMatchObject([{ status: 'confirmed', roleId: 'id_foreign_minister' }]);
  });

  it('does not flag a bare title against another country’s holder', () => {
    const report = checkRoles(
      { id: 'a', text: 'Foreign Minister Wang Yi said Beijing objected to the visit.' },
      { asOf: '2022-05-10' },
    );
    expect(report.staleFigures).toEqual([]);
    expect(report.mentions).toMatchObject([{ status: 'confirmed', roleId: 'cn_foreign_minister' }]);
  });

  it('does not flag "former"', () => {
    expect(flags('Former Home Secretary Priti Patel criticised the plan.', '2025-10-01')).toEqual(
      [],
    );
  });
});

describe('deputies', () => {
  it('reads deputy prime ministers and vice presidents', () => {
    expect(
      verdicts('Deputy Prime Minister Dominic Raab stood in at questions.', '2022-03-01'),
    ).toMatchObject([{ status: 'confirmed', roleId: 'gb_deputy_prime_minister' }]);
    expect(
      verdicts('Argentine Vice President Cristina Fernández de Kirchner spoke.', '2020-06-01'),
    ).toMatchObject([{ status: 'confirmed', roleId: 'ar_vice_president' }]);
  });
});

describe('the Treasurer of Australia', () => {
  it('is named by the title news uses, with a table that lists it', () => {
    const kb = createKnowledgeBase({
      snapshotDate: '2023-01-15',
      roles: [
        {
          id: 'au_treasurer',
          label: 'Treasurer of Australia',
          jurisdiction: 'Australia',
          kind: 'cabinet',
          jurisdictionNames: ['Australia', 'Australian'],
          titles: cabinetTitles('treasurer', 'au').titles,
        },
      ],
      terms: [
        {
          roleId: 'au_treasurer',
          person: 'Josh Frydenberg',
          start: '2018-08-24',
          end: '2022-05-23',
        },
        { roleId: 'au_treasurer', person: 'Jim Chalmers', start: '2022-05-23' },
      ],
    });
    const report = checkRoles(
      { id: 'a', text: 'Australian Treasurer Josh Frydenberg released the update.' },
      { asOf: '2022-10-25', knowledge: kb },
    );
    expect(report.staleFigures).toMatchObject([{ kind: 'stale', holderOnDate: 'Jim Chalmers' }]);
  });
});
