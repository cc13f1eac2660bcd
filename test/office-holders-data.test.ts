// The bundled office-holder data, the lazy bundled instance, and the importer that generates the reference terms.
import { describe, expect, it, vi } from 'vitest';
import {
  convertRows,
  isActingLabel,
  parseOfficeHoldersTsv,
  renderTermsModule,
  rowToTerm,
  splitInterimOverlaps,
  TSV_COLUMNS,
} from '../scripts/import-office-holders.js';
import { bundledRecords, SNAPSHOT_DATE } from '../src/knowledge/data/index.js';
import { REFERENCE_ROLES } from '../src/knowledge/data/reference-roles.js';
import { REFERENCE_TERMS } from '../src/knowledge/data/reference-terms.js';
import * as knowledgeBaseModule from '../src/knowledge/knowledge-base.js';
import type { OfficeTerm, TermRecord } from '../src/knowledge/types.js';
import { findRoleNameConflicts } from '../src/knowledge/validate-records.js';

// Counts builds, so the test can show the bundled instance is built on first use only.
vi.mock('../src/knowledge/knowledge-base.js', async (importOriginal) => {
  const original = await importOriginal<typeof knowledgeBaseModule>();
  return { ...original, createKnowledgeBase: vi.fn(original.createKnowledgeBase) };
});

// A fresh copy of the module: with `isolate: false` an earlier test file may have built the
// bundled instance already in this worker.
vi.resetModules();
const { officeHolders } = await import('../src/knowledge/office-holders.js');

describe('the bundled instance', () => {
  it('is built on first use, once', () => {
    const build = vi.mocked(knowledgeBaseModule.createKnowledgeBase);
    expect(build).not.toHaveBeenCalled();
    expect(officeHolders.snapshotDate).toBe(SNAPSHOT_DATE);
    expect(officeHolders.roles.length).toBe(
      new Set(bundledRecords().roles.map((role) => role.id)).size,
    );
    officeHolders.holderOn('de_chancellor', '2025-10-26');
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('carries the date the reference data is verified to', () => {
    expect(SNAPSHOT_DATE).toBe('2026-09-22');
  });

  it('can be extended without changing it', () => {
    const extended = officeHolders.extend({
      terms: [
        {
          roleId: 'de_chancellor',
          person: 'Friedrich Merz',
          start: '2025-05-06',
          end: '2030-01-01',
        },
      ],
    });
    expect(extended.holderOn('de_chancellor', '2030-06-01')).toBeUndefined();
    expect(officeHolders.holderOn('de_chancellor', '2030-06-01')?.person).toBe('Friedrich Merz');
  });
});

describe('bundled data', () => {
  it('gives every role at least one term', () => {
    const withTerms = new Set(bundledRecords().terms.map((term) => term.roleId));
    expect(
      officeHolders.roles.filter((role) => !withTerms.has(role.id)).map((role) => role.id),
    ).toEqual([]);
  });

  it('names every role by jurisdiction and title', () => {
    const unnamed = officeHolders.roles.filter(
      (role) => role.jurisdictionNames.length === 0 || role.titles.length === 0,
    );
    expect(unnamed.map((role) => role.id)).toEqual([]);
  });

  it('never has two formal holders of one role beyond the handover day', () => {
    const overlaps: string[] = [];
    for (const role of officeHolders.roles) {
      const formal = officeHolders.termsOf(role.id).filter((term) => !term.acting);
      for (let index = 1; index < formal.length; index += 1) {
        const earlier = formal[index - 1]!;
        const later = formal[index]!;
        if (earlier.end === null || later.start < earlier.end) {
          overlaps.push(`${role.id}: ${earlier.person} / ${later.person}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('shares a naming phrase only between roles never held at the same time', () => {
    const heldTogether = (a: string, b: string) =>
      officeHolders
        .termsOf(a)
        .filter((term) => !term.acting)
        .some((left) =>
          officeHolders
            .termsOf(b)
            .filter((term) => !term.acting)
            .some((right) => overlapsBeyondHandover(left, right)),
        );
    const clashes = findRoleNameConflicts(officeHolders.roles).filter(({ roleIds }) =>
      roleIds.some((a, i) => roleIds.slice(i + 1).some((b) => heldTogether(a, b))),
    );
    expect(clashes).toEqual([]);
  });

  it.each([
    ['de_chancellor', '2025-10-26', 'Friedrich Merz'],
    ['de_chancellor', '2025-05-05', 'Olaf Scholz'],
    ['nato_secretary_general', '2025-10-26', 'Mark Rutte'],
    ['nato_secretary_general', '2024-09-30', 'Jens Stoltenberg'],
    ['kr_president', '2025-10-26', 'Lee Jae-myung'],
    ['kr_president', '2025-04-10', 'Han Duck-soo'],
    ['kr_president', '2025-05-20', 'Lee Ju-ho'],
    ['jp_prime_minister', '2025-10-26', 'Sanae Takaichi'],
    ['jp_prime_minister', '2024-09-30', 'Fumio Kishida'],
    ['us_president', '2025-10-26', 'Donald Trump'],
    ['cn_president', '2025-10-26', 'Xi Jinping'],
    ['ph_president', '2025-10-26', 'Ferdinand Marcos Jr.'],
    ['gb_monarch', '2025-10-26', 'Charles III'],
    ['br_president', '2016-06-01', 'Dilma Rousseff'],
    ['br_president', '2017-06-01', 'Michel Temer'],
  ])('%s on %s was held by %s', (roleId, date, person) => {
    expect(officeHolders.holderOn(roleId, date)?.person).toBe(person);
  });

  it.each([
    ['de_chancellor', 'Olaf Scholz', '2025-05-06'],
    ['nato_secretary_general', 'Jens Stoltenberg', '2024-10-01'],
    ['kr_president', 'Yoon Suk Yeol', '2025-04-04'],
    ['jp_prime_minister', 'Fumio Kishida', '2024-10-01'],
  ])('%s: %s’s term ended %s', (roleId, person, end) => {
    const term = officeHolders.termsOf(roleId).find((candidate) => candidate.person === person);
    expect(term?.end).toBe(end);
  });

  it('keeps the suspended president and the acting one side by side', () => {
    const holders = officeHolders.holdersOn('kr_president', '2025-01-10');
    expect(holders.map((term) => [term.person, term.acting])).toEqual([
      ['Yoon Suk Yeol', false],
      ['Choi Sang-mok', true],
    ]);
    expect(officeHolders.holderOn('kr_president', '2025-01-10')?.person).toBe('Yoon Suk Yeol');
  });

  it('finds people by romanisation, surname and possessive', () => {
    expect(officeHolders.rolesOf('Yoon Suk-yeol').map((term) => [term.roleId, term.start])).toEqual(
      [['kr_president', '2022-05-10']],
    );
    expect(officeHolders.rolesOf('Lee Jae Myung').map((term) => term.person)).toContain(
      'Lee Jae-myung',
    );
    expect(officeHolders.findPerson('Xi')[0]).toMatchObject({
      person: 'Xi Jinping',
      kind: 'surname',
    });
    expect(officeHolders.findPerson("Xi Jinping's")[0]).toMatchObject({
      person: 'Xi Jinping',
      kind: 'full-name',
    });
    expect(officeHolders.findPerson('Marcos')[0]?.person).toBe('Ferdinand Marcos Jr.');
    expect(officeHolders.findPerson('Stoltenberg')[0]?.roleIds).toContain('nato_secretary_general');
  });

  it('describes exactly the reference table’s roles in reference-roles.ts', () => {
    const described = REFERENCE_ROLES.map((role) => role.id).sort();
    const used = [...new Set(REFERENCE_TERMS.map((term) => term.roleId))].sort();
    expect(described).toEqual(used);
  });
});

function overlapsBeyondHandover(a: OfficeTerm, b: OfficeTerm): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.end === null || second.start < first.end;
}

const header = TSV_COLUMNS.join('\t');
const row = (...cells: string[]) => cells.join('\t');

describe('parseOfficeHoldersTsv', () => {
  it('reads rows, splitting aliases and keeping empty ends', () => {
    const text = [
      header,
      row(
        'fd_president',
        'President of Freedonia',
        'Freedonia',
        'Rufus Firefly',
        'Firefly; President Firefly',
        '2018-03-01',
        '',
        'gazette',
        'high',
      ),
      '',
    ].join('\n');
    expect(parseOfficeHoldersTsv(text)).toEqual([
      {
        line: 2,
        roleId: 'fd_president',
        roleLabel: 'President of Freedonia',
        jurisdiction: 'Freedonia',
        person: 'Rufus Firefly',
        aliases: ['Firefly', 'President Firefly'],
        start: '2018-03-01',
        end: '',
        evidence: 'gazette',
        confidence: 'high',
      },
    ]);
  });

  it('rejects a wrong header, a short row, a bad date or confidence, naming the line', () => {
    expect(() => parseOfficeHoldersTsv('role\tperson\n')).toThrow(/line 1: the header/);
    expect(() => parseOfficeHoldersTsv(`${header}\nfd_president\tonly two`)).toThrow(
      /line 2: expected 9 tab-separated fields, found 2/,
    );
    expect(() =>
      parseOfficeHoldersTsv(
        `${header}\n${row('a_b', 'L', 'J', 'P Q', '', '2020-02-30', '', '', 'high')}`,
      ),
    ).toThrow(/line 2: start "2020-02-30" is not a real calendar date/);
    expect(() =>
      parseOfficeHoldersTsv(
        `${header}\n${row('a_b', 'L', 'J', 'P Q', '', '2020-02-01', '', '', 'sure')}`,
      ),
    ).toThrow(/line 2: confidence must be high, medium or low/);
  });
});

describe('isActingLabel', () => {
  it.each([
    'Acting President of South Korea',
    'Interim President of the World Bank Group',
    'Caretaker Prime Minister of Freedonia',
  ])('marks %j as acting', (label) => {
    expect(isActingLabel(label)).toBe(true);
  });

  it.each([
    'President of South Korea',
    'Secretary-General of the United Nations',
    'Interimistic Council',
  ])('does not mark %j as acting', (label) => {
    expect(isActingLabel(label)).toBe(false);
  });
});

describe('rowToTerm', () => {
  const base = parseOfficeHoldersTsv(
    `${header}\n${row('kr_president', 'Acting President of South Korea', 'South Korea', 'Choi Sang-mok', 'Choe Sang-mok', '2024-12-27', '2025-03-24', 'news 2024-12-27', 'high')}`,
  )[0]!;

  it('marks acting rows, keeps dates and evidence, and adds romanisation variants', () => {
    expect(rowToTerm(base)).toEqual({
      roleId: 'kr_president',
      person: 'Choi Sang-mok',
      aliases: ['Choe Sang-mok', 'Choi Sang Mok', 'Choe Sang Mok'],
      start: '2024-12-27',
      end: '2025-03-24',
      acting: true,
      evidence: 'news 2024-12-27',
      confidence: 'high',
    });
  });

  it('adds no variants for given-name-first people and no end while in office', () => {
    const western = {
      ...base,
      roleId: 'de_chancellor',
      roleLabel: 'Chancellor of Germany',
      person: 'Friedrich Merz',
      aliases: ['Merz'],
      end: '',
    };
    expect(rowToTerm(western)).toEqual({
      roleId: 'de_chancellor',
      person: 'Friedrich Merz',
      aliases: ['Merz'],
      start: '2024-12-27',
      evidence: 'news 2024-12-27',
      confidence: 'high',
    });
  });
});

describe('splitInterimOverlaps', () => {
  const suspended: TermRecord = {
    roleId: 'fd_president',
    person: 'Anna Weber',
    start: '2011-01-01',
    end: '2016-08-31',
  };

  it('splits a formal row that starts inside its predecessor and outlives it', () => {
    const interim: TermRecord = {
      roleId: 'fd_president',
      person: 'Rufus Firefly',
      start: '2016-05-12',
      end: '2019-01-01',
      evidence: 'gazette',
    };
    const result = splitInterimOverlaps([suspended, interim]);
    expect(result.map((term) => [term.person, term.start, term.end, term.acting ?? false])).toEqual(
      [
        ['Anna Weber', '2011-01-01', '2016-08-31', false],
        ['Rufus Firefly', '2016-05-12', '2016-08-31', true],
        ['Rufus Firefly', '2016-08-31', '2019-01-01', false],
      ],
    );
    expect(result[1]?.evidence).toMatch(/^gazette \[split by the importer at 2016-08-31/);
  });

  it('leaves a handover-day successor, an acting row and a nested row alone', () => {
    const successor: TermRecord = {
      roleId: 'fd_president',
      person: 'Rufus Firefly',
      start: '2016-08-31',
    };
    const acting: TermRecord = {
      ...successor,
      start: '2016-05-12',
      end: '2016-09-30',
      acting: true,
    };
    const nested: TermRecord = { ...successor, start: '2015-01-01', end: '2015-02-01' };
    for (const terms of [
      [suspended, successor],
      [suspended, acting],
      [suspended, nested],
    ]) {
      expect(splitInterimOverlaps(terms)).toEqual(terms);
    }
  });

  it('does not split across roles', () => {
    const other: TermRecord = {
      roleId: 'fd_prime_minister',
      person: 'Rufus Firefly',
      start: '2016-05-12',
      end: '2019-01-01',
    };
    expect(splitInterimOverlaps([suspended, other])).toEqual([suspended, other]);
  });
});

describe('renderTermsModule', () => {
  it('writes a typed module with a header that says how to regenerate it', () => {
    const text = `${header}\n${row('fd_president', 'President of Freedonia', 'Freedonia', "Rufus O'Firefly", '', '2018-03-01', '', 'gazette', 'medium')}`;
    const module = renderTermsModule(convertRows(parseOfficeHoldersTsv(text)), {
      sha256: 'abc',
      rows: 1,
      roles: 1,
    });
    expect(module).toMatch(/^\/\/ GENERATED by scripts\/import-office-holders\.ts/);
    expect(module).toContain('npx tsx scripts/import-office-holders.ts');
    expect(module).toContain("import type { TermRecord } from '../types.js';");
    expect(module).toContain(`person: "Rufus O'Firefly",`);
    expect(module).toContain("confidence: 'medium',");
  });
});
