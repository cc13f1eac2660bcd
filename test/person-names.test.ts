// Person-name normalisation, name order, surnames and romanisation variants.
import { describe, expect, it } from 'vitest';
import {
  inferFamilyNameFirst,
  matchPersonName,
  normalizePersonName,
  personKey,
  personNameForms,
  romanisationVariants,
  surnameForms,
} from '../src/knowledge/person-names.js';
import { hostileCases } from './helpers/hostile-inputs.js';

describe('normalizePersonName', () => {
  it.each([
    ['Olaf Scholz', 'olaf scholz'],
    ['  Olaf   SCHOLZ ', 'olaf scholz'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Nguyễn Phú Trọng', 'nguyen phu trong'],
    ['Beata Szydło', 'beata szydlo'],
    ['Tô Lâm', 'to lam'],
    ["Xi Jinping's", 'xi jinping'],
    ['Xi Jinping’s', 'xi jinping'],
    ["Merz'", 'merz'],
    ['Yoon Suk-yeol', 'yoon suk yeol'],
    ['Jean-Marc Ayrault', 'jean marc ayrault'],
    ["Conan O'Brien", 'conan obrien'],
    ['J.D. Vance', 'jd vance'],
    ['J. D. Vance', 'jd vance'],
    ['JD Vance', 'jd vance'],
    ['Scott K. H. Bessent', 'scott kh bessent'],
    ['Ferdinand Marcos Jr.', 'ferdinand marcos jr'],
    ['', ''],
    ["'s", ''],
  ])('%j → %j', (written, expected) => {
    expect(normalizePersonName(written)).toBe(expected);
  });

  it('keeps titles, which are the extractor’s to strip', () => {
    expect(normalizePersonName('President Xi')).toBe('president xi');
    expect(normalizePersonName('Dr Manmohan Singh')).toBe('dr manmohan singh');
  });

  it('does not drop an "s" that is part of the name', () => {
    expect(normalizePersonName('Keir Starmers')).toBe('keir starmers');
    expect(normalizePersonName('James')).toBe('james');
  });

  for (const hostile of hostileCases('normalizePersonName')) {
    it(`normalises ${hostile.name} to a fixed point (medium size; fuzz/complexity.ts times the growth)`, () => {
      const out = normalizePersonName(hostile.input(1));
      expect(out).toBe(normalizePersonName(out));
      expect(out).not.toMatch(/[A-Z'.-]/);
    });
  }
});

describe('personKey', () => {
  it('equates romanisations that differ only in hyphens and spaces', () => {
    expect(personKey('Xi Jinping')).toBe(personKey('Xi Jin-ping'));
    expect(personKey('Xi Jin Ping')).toBe(personKey('Xi Jinping'));
    expect(personKey('Park Geun-hye')).toBe(personKey('Park Geunhye'));
  });

  it('keeps different spellings apart', () => {
    expect(personKey('Yoon Suk Yeol')).not.toBe(personKey('Yoon Seok-youl'));
    expect(personKey('Li Qiang')).not.toBe(personKey('Li Keqiang'));
  });
});

describe('inferFamilyNameFirst', () => {
  it.each([
    ['Xi Jinping', 'cn_president'],
    ['Lee Jae-myung', 'kr_president'],
    ['Yoon Suk Yeol', 'kr_president'],
    ['Kim Jong Un', 'kp_leader'],
    ['Lee Hsien Loong', 'sg_prime_minister'],
    ['Nguyen Phu Trong', 'vn_general_secretary'],
    ['Hun Manet', 'kh_prime_minister'],
    // Outside a family-name-first jurisdiction, a hyphenated given name decides.
    ['Ban Ki-moon', 'un_secretary_general'],
  ])('reads %j (%s) family name first', (name, roleId) => {
    expect(inferFamilyNameFirst(name, roleId)).toBe(true);
  });

  it.each([
    // Given-name-first people in family-name-first jurisdictions.
    ['Lawrence Wong', 'sg_prime_minister'],
    ['William Lai', 'tw_president'],
    // East Asian family names written last, outside those jurisdictions.
    ['Jim Yong Kim', 'worldbank_president'],
    ['Sanae Takaichi', 'jp_prime_minister'],
    // A family-name-looking first word, but no hint the order is East Asian.
    ['Lee Anderson', 'gb_prime_minister'],
    ['Kim Darroch', 'gb_prime_minister'],
    ['Olaf Scholz', 'de_chancellor'],
    // One word has no order.
    ['Xi', 'cn_president'],
  ])('reads %j (%s) given name first', (name, roleId) => {
    expect(inferFamilyNameFirst(name, roleId)).toBe(false);
  });
});

describe('surnameForms', () => {
  const western = { familyNameFirst: false };
  const eastern = { familyNameFirst: true };

  it('takes the last word of a given-name-first name', () => {
    expect(surnameForms('Olaf Scholz', western)).toEqual(['scholz']);
    expect(surnameForms('Sarah Huckabee Sanders', western)).toEqual(['sanders']);
  });

  it('takes the first word of a family-name-first name', () => {
    expect(surnameForms('Xi Jinping', eastern)).toEqual(['xi']);
    expect(surnameForms('Lee Jae Myung', eastern)).toEqual(['lee']);
    expect(surnameForms('Yoon Suk-yeol', eastern)).toEqual(['yoon']);
    // The same name read the other way round gives the other word.
    expect(surnameForms('Xi Jinping', western)).toEqual(['jinping']);
  });

  it('skips generational suffixes', () => {
    expect(surnameForms('Ferdinand Marcos Jr.', western)).toEqual(['marcos']);
    expect(surnameForms('Benigno Aquino III', western)).toEqual(['aquino']);
    expect(surnameForms('Martin Luther King Sr', western)).toEqual(['king']);
  });

  it('keeps particles and hyphenated surnames together', () => {
    expect(surnameForms('Ursula von der Leyen', western)).toEqual(['von der leyen', 'leyen']);
    expect(surnameForms('Herman Van Rompuy', western)).toEqual(['van rompuy', 'rompuy']);
    expect(surnameForms('Ngozi Okonjo-Iweala', western)).toEqual(['okonjo iweala']);
    expect(surnameForms('Karine Jean-Pierre', western)).toEqual(['jean pierre']);
  });

  it('gives none for a single word', () => {
    expect(surnameForms('Lula', western)).toEqual([]);
    expect(surnameForms('Jr.', western)).toEqual([]);
  });
});

describe('romanisationVariants', () => {
  const eastern = { familyNameFirst: true };

  it('switches a two-syllable given name between hyphenated and spaced', () => {
    expect(romanisationVariants('Yoon Suk Yeol', eastern)).toEqual(['Yoon Suk-yeol']);
    expect(romanisationVariants('Yoon Suk-yeol', eastern)).toEqual(['Yoon Suk Yeol']);
    expect(romanisationVariants('Lee Jae-myung', eastern)).toEqual(['Lee Jae Myung']);
    expect(romanisationVariants('Kim Jong-Un', eastern)).toEqual(['Kim Jong-un', 'Kim Jong Un']);
  });

  it('derives nothing for names it cannot safely re-split', () => {
    expect(romanisationVariants('Xi Jinping', eastern)).toEqual([]);
    expect(romanisationVariants('Mark Rutte', { familyNameFirst: false })).toEqual([]);
    // A title in front is not a family name.
    expect(romanisationVariants('Premier Li Qiang', eastern)).toEqual([]);
    // Vietnamese given names are never hyphenated in English news.
    expect(romanisationVariants('Nguyen Phu Trong', eastern)).toEqual([]);
    expect(romanisationVariants('Lawrence Wong Shyun Tsai', eastern)).toEqual([]);
  });
});

describe('matchPersonName', () => {
  const yoon = {
    person: 'Yoon Suk Yeol',
    aliases: ['Yoon Seok-youl', 'President Yoon', 'Yoon'],
    familyNameFirst: true,
  };

  it('tells full name, alias, romanisation and surname apart', () => {
    expect(matchPersonName('YOON SUK YEOL', yoon)).toBe('full-name');
    expect(matchPersonName('Yoon Suk-yeol', yoon)).toBe('full-name');
    expect(matchPersonName('Yoon Seok Youl', yoon)).toBe('alias');
    expect(matchPersonName('Yoon Sukyeol', yoon)).toBe('romanisation');
    expect(matchPersonName("Yoon's", yoon)).toBe('surname');
  });

  it('does not match other people or the given name alone', () => {
    expect(matchPersonName('Yeol', yoon)).toBeUndefined();
    expect(matchPersonName('Lee Jae-myung', yoon)).toBeUndefined();
    expect(matchPersonName('', yoon)).toBeUndefined();
  });

  it('lists a surname alias as a surname form, still marked as listed', () => {
    const forms = personNameForms(yoon);
    expect(forms.find((form) => form.form === 'Yoon')).toMatchObject({
      kind: 'surname',
      listed: true,
    });
    expect(forms.find((form) => form.form === 'yoon')).toBeUndefined();
  });
});
