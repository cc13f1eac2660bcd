// The cabinet importer's rules, on small hand-made inputs (the real sources are read only by the script).
import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  encodeCabinets,
  type ImportedTerm,
  markStandIns,
  parseCsv,
  personNames,
  resolveTerms,
} from '../scripts/import-cabinets.js';
import { decodeCabinets } from '../src/knowledge/data/decode-cabinets.js';

const term = (person: string, start: string, end: string | null, acting = false): ImportedTerm => ({
  person,
  aliases: [],
  start,
  end,
  acting,
});
const counters = () => ({ trimmedHandovers: 0, standIns: 0 });

describe('resolving one holder at a time', () => {
  it('rejects a post whose holders overlap: a state post under the national label', () => {
    expect(
      resolveTerms(
        [
          term('National One', '2010-01-01', '2015-01-01'),
          term('State One', '2012-03-01', '2016-01-01'),
        ],
        counters(),
      ),
    ).toBeNull();
  });

  it('trims a handover overlap', () => {
    const report = counters();
    const resolved = resolveTerms(
      [term('A', '2010-01-01', '2014-01-10'), term('B', '2014-01-01', null)],
      report,
    )!;
    expect(resolved.map((t) => [t.person, t.end])).toEqual([
      ['A', '2014-01-01'],
      ['B', null],
    ]);
    expect(report).toMatchObject({ trimmedHandovers: 1 });
  });

  it('rejects a post where someone still in office is followed by another holder', () => {
    // A state minister still in office under the national label, or a missing end date.
    expect(
      resolveTerms(
        [term('State One', '2021-05-20', null), term('National', '2021-07-07', null)],
        counters(),
      ),
    ).toBeNull();
  });

  it('marks a short term inside another holder’s as a stand-in, not a second holder', () => {
    const terms = [
      term('Holder', '2014-05-26', '2019-05-30'),
      term('Stand In', '2018-05-14', '2018-08-23'),
    ];
    const report = counters();
    markStandIns(terms, report);
    expect(terms[1]!.acting).toBe(true);
    expect(resolveTerms(terms, counters())).not.toBeNull();
    // A year-long nested term is a conflict, not a stand-in.
    const long = [
      term('Holder', '2010-01-01', '2019-01-01'),
      term('Other', '2012-01-01', '2013-06-01'),
    ];
    markStandIns(long, report);
    expect(long[1]!.acting).toBe(false);
  });
});

describe('coverage of an imported post', () => {
  it('starts after the latest long gap and ends at the snapshot when someone holds the post', () => {
    expect(
      coverageOf(
        [
          term('A', '1998-01-01', '2003-01-01'),
          term('B', '2004-06-01', '2008-01-01'),
          term('C', '2008-01-01', null),
        ],
        '2023-01-15',
      ),
    ).toEqual({ from: '2004-06-01', to: '2023-01-15' });
    expect(coverageOf([term('A', '1998-01-01', '2019-01-01')], '2023-01-15')).toEqual({
      from: '1998-01-01',
      to: '2019-01-01',
    });
  });
});

describe('reading the sources', () => {
  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","he said ""hi""\nthen"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"\nthen'],
    ]);
  });

  it('takes the article title as an alias and drops honorifics and mere respellings', () => {
    expect(personNames('Sheikh Mohammed bin Zayed', 'Mohamed bin Zayed Al Nahyan')).toEqual({
      person: 'Sheikh Mohammed bin Zayed',
      aliases: ['Mohamed bin Zayed Al Nahyan', 'Mohammed bin Zayed'],
    });
    expect(personNames('Mark T. Esper', 'Mark Esper (politician)').aliases).toEqual(['Mark Esper']);
    expect(personNames('Gérald Darmanin', 'Gerald Darmanin').aliases).toEqual([]);
    expect(personNames('Dilan Yeşilgöz-Zegerius', '').aliases).toEqual(['Dilan Yeşilgöz']);
    // Only a two-part, capitalised surname: "Abdel Fattah el-Sisi" keeps its name.
    expect(personNames('Abdel Fattah el-Sisi', '').aliases).toEqual([]);
  });
});

describe('the compact encoding', () => {
  it('round-trips roles, people (written once) and acting terms', () => {
    const text = encodeCabinets([
      {
        iso: 'de',
        post: 'foreign_minister',
        kind: 'cabinet',
        source: 'W',
        coverage: { from: '1998-10-27', to: '2023-01-15' },
        terms: [
          { ...term('Heiko Maas', '2018-03-14', '2021-12-08'), aliases: ['Maas'] },
          term('Annalena Baerbock', '2021-12-08', null),
        ],
      },
      {
        iso: 'de',
        post: 'justice_minister',
        kind: 'cabinet',
        source: 'W',
        coverage: { from: '2013-12-17', to: '2023-01-15' },
        terms: [{ ...term('Heiko Maas', '2013-12-17', '2018-03-14', true), aliases: ['Maas'] }],
      },
    ]);
    const decoded = decodeCabinets(text, { W: 'wikidata' });
    expect(decoded.roles.map((role) => [role.id, role.coverage, role.titles[0]])).toEqual([
      ['de_foreign_minister', { from: '1998-10-27', to: '2023-01-15' }, 'foreign minister'],
      ['de_justice_minister', { from: '2013-12-17', to: '2023-01-15' }, 'justice minister'],
    ]);
    expect(
      decoded.terms.map((t) => [t.roleId, t.person, t.aliases, t.end, t.acting, t.evidence]),
    ).toEqual([
      ['de_foreign_minister', 'Heiko Maas', ['Maas'], '2021-12-08', false, 'wikidata'],
      ['de_foreign_minister', 'Annalena Baerbock', [], null, false, 'wikidata'],
      ['de_justice_minister', 'Heiko Maas', ['Maas'], '2018-03-14', true, 'wikidata'],
    ]);
    expect(text.match(/Heiko Maas/g)).toHaveLength(1);
  });
});
