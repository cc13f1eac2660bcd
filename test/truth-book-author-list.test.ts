import { describe, expect, it } from 'vitest';
import {
  authorListSupport,
  givenPartEndsInSurname,
  normalizeAuthorList,
  splitAuthors,
} from '../bench/author-list.js';
import { hostileCases } from './helpers/hostile-inputs.js';

describe('normalizeAuthorList (Book-Author benchmark)', () => {
  it('gives every common spelling of one author list the same value', () => {
    const spellings = [
      'Han, Jiawei; Kamber, Micheline',
      'Jiawei Han, Micheline Kamber',
      'Jiawei Han; Micheline Kamber',
      'Han; Kamber',
      'By (author) Han, Jiawei By (author) Kamber, Micheline',
      'Han, Jiawei/ Kamber, Micheline',
      'Han, Jiawei, and Kamber, Micheline',
      'Han, Jiawei (Author) Kamber, Micheline (Author)',
      'HAN, JIAWEI KAMBER, MICHELINE (SIMON FRASER UNIVERSITY, BARNABY, CANADA)',
      'Kamber, Micheline & Han, J.',
      'han, jiawei ;  kamber, micheline ;  ',
    ];
    for (const spelling of spellings)
      expect(normalizeAuthorList(spelling), spelling).toBe('han;kamber');
  });

  it('ignores initials, case, punctuation, accents, suffixes and "et al."', () => {
    expect(normalizeAuthorList('Seacord, Robert C. (Author)')).toBe('seacord');
    expect(normalizeAuthorList('Reddy, J.N.')).toBe('reddy');
    expect(normalizeAuthorList("O'Leary, Timothy J.; o'leary, Linda I.")).toBe('oleary');
    expect(normalizeAuthorList('Stützle, Thomas; Hoos, Holger H.')).toBe('hoos;stutzle');
    expect(normalizeAuthorList('Nick Rozanski, E&oacute;in Woods')).toBe('rozanski;woods');
    expect(normalizeAuthorList('Aho &amp; Lam')).toBe('aho;lam');
    expect(normalizeAuthorList('Steele, Guy L., Jr.')).toBe('steele');
    expect(normalizeAuthorList('Wm. Arthur Conklin, et al')).toBe('conklin');
    expect(normalizeAuthorList('Edited by Jones, Karen Sparck Edited by Willett, Peter')).toBe(
      'jones;willett',
    );
  });

  it('reads "Last, First" pairs listed with commas only', () => {
    expect(normalizeAuthorList('Johnson, Michael K., Troan, Erik W.')).toBe('johnson;troan');
    expect(normalizeAuthorList('HOFMEISTER, CHRISTINE NORD, ROBERT SONI, DILIP')).toBe(
      'hofmeister;nord;soni',
    );
  });

  it('names nobody for placeholders and empty fields', () => {
    for (const empty of ['', '   ', 'Not Available', 'None', 'N/A']) {
      expect(normalizeAuthorList(empty), empty).toBeNull();
    }
  });

  it(`names nobody, or one run of letters, in adversarial lists (medium size; fuzz/complexity.ts times the growth)`, () => {
    const results = hostileCases('normalizeAuthorList').map((hostile) =>
      normalizeAuthorList(hostile.input(1)),
    );
    expect(results).toEqual(['a'.repeat(10_000), null, null, null]);
  });
});

describe('splitAuthors', () => {
  it('splits on separators and parenthetical notes, keeping comma lists whole', () => {
    expect(splitAuthors('Patterson, Tom (Author) Blue, Scott Gleeson (With)')).toEqual([
      'Patterson, Tom',
      'Blue, Scott Gleeson',
    ]);
    expect(splitAuthors('Ron Goldman, Richard P. Gabriel')).toEqual([
      'Ron Goldman, Richard P. Gabriel',
    ]);
  });
});

describe('givenPartEndsInSurname', () => {
  it('fires when a store dropped the separator before the next surname', () => {
    // "Han, Jiawei Kamber, Micheline": the part "jiawei kamber" ends in the next surname.
    expect(givenPartEndsInSurname(['jiawei', 'kamber'], ['micheline'], true)).toBe(true);
  });

  it('does not fire on an initial, or when a lone surname follows', () => {
    expect(givenPartEndsInSurname(['michael', 'k'], ['troan'], false)).toBe(false);
    expect(givenPartEndsInSurname(['donald', 'ervin'], ['jones'], false)).toBe(false);
    expect(givenPartEndsInSurname(['jiawei'], ['micheline'], true)).toBe(false);
  });
});

describe('authorListSupport', () => {
  it('lets a first-author-only listing fully back the fuller list, not the reverse', () => {
    expect(authorListSupport('han', 'han;kamber')).toBe(1);
    expect(authorListSupport('han;kamber', 'han')).toBe(0.5);
    expect(authorListSupport('knuth', 'han;kamber')).toBe(0);
  });
});
