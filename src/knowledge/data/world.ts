// Dated heads of state and government outside Europe (G20, ASEAN, Middle East, East Asia), 2014 onwards.
import type { RoleRecord, TermRecord } from '../types.js';

/** Offices covered by this file; ids follow `<iso2 or org>_<office>`. */
export const ROLES: RoleRecord[] = [
  {
    id: 'za_president',
    label: 'President of South Africa',
    jurisdiction: 'South Africa',
    kind: 'head-of-state-and-government',
    jurisdictionNames: ['South Africa', 'South African', 'Republic of South Africa'],
    titles: ['president', 'leader'],
  },
  {
    id: 'ar_president',
    label: 'President of Argentina',
    jurisdiction: 'Argentina',
    kind: 'head-of-state-and-government',
    jurisdictionNames: ['Argentina', 'Argentine', 'Argentinian', 'Argentine Republic'],
    titles: ['president', 'leader'],
  },
];

/** Terms of office since 2014-01-01, sorted by role then start date. */
export const TERMS: TermRecord[] = [
  {
    roleId: 'za_president',
    person: 'Jacob Zuma',
    aliases: ['Zuma', 'Jacob Gedleyihlekisa Zuma'],
    start: '2009-05-09',
    end: '2018-02-15',
    evidence:
      'public record (not re-fetched): inaugurated 2009-05-09; resigned 2018-02-14, successor elected 2018-02-15',
    confidence: 'high',
  },
  {
    roleId: 'za_president',
    person: 'Cyril Ramaphosa',
    aliases: ['Ramaphosa', 'Matamela Cyril Ramaphosa'],
    start: '2018-02-15',
    evidence:
      'public record (not re-fetched): elected by parliament 2018-02-15; re-elected 2019 and 2024-06-14',
    confidence: 'high',
  },
  {
    roleId: 'ar_president',
    person: 'Cristina Fernández de Kirchner',
    aliases: ['Cristina Fernandez de Kirchner', 'Cristina Kirchner', 'Cristina Fernández', 'CFK'],
    start: '2007-12-10',
    end: '2015-12-10',
    evidence: 'public record (not re-fetched): two consecutive terms 2007-12-10 to 2015-12-10',
    confidence: 'high',
  },
  {
    roleId: 'ar_president',
    person: 'Mauricio Macri',
    aliases: ['Macri'],
    start: '2015-12-10',
    end: '2019-12-10',
    evidence: 'public record (not re-fetched): sworn in 2015-12-10',
    confidence: 'high',
  },
  {
    roleId: 'ar_president',
    person: 'Alberto Fernández',
    aliases: ['Alberto Fernandez'],
    start: '2019-12-10',
    end: '2023-12-10',
    evidence: 'public record (not re-fetched): sworn in 2019-12-10',
    confidence: 'high',
  },
  {
    roleId: 'ar_president',
    person: 'Javier Milei',
    aliases: ['Milei', 'Javier Gerardo Milei'],
    start: '2023-12-10',
    evidence: 'public record (not re-fetched): sworn in 2023-12-10; term runs to 2027-12-10',
    confidence: 'high',
  },
];
