// False flags seen on real wire copy, each with the case that motivated the fix and the real
// holder still matching.
import { describe, expect, it } from 'vitest';
import { extendNameAcrossParticles } from '../src/extract/role-mentions.js';
import {
  checkRoles,
  createKnowledgeBase,
  extractRoleMentions,
  splitSentences,
} from '../src/index.js';
import { officeHolders } from '../src/knowledge/office-holders.js';
import { tokenizeWords } from '../src/text/word-tokens.js';

const check = (text: string, asOf: string, knowledge = officeHolders) =>
  checkRoles({ id: 'a', text }, { asOf, knowledge });

describe('names across particles and hyphens', () => {
  it('reads "Abdel Fattah el-Sisi" whole and confirms him', () => {
    const report = check(
      'Egyptian President Abdel Fattah el-Sisi met the delegation in Cairo.',
      '2019-05-01',
    );
    expect(report.staleFigures).toEqual([]);
    expect(report.mentions).toMatchObject([
      { status: 'confirmed', roleId: 'eg_president', person: 'Abdel Fattah el-Sisi' },
    ]);
    const after = check('Abdel Fattah al-Sisi, Egypt’s president, spoke on Monday.', '2019-05-01');
    expect(after.mentions).toMatchObject([{ status: 'confirmed', roleId: 'eg_president' }]);
  });

  it('does not carry a name over a particle that is not followed by a name', () => {
    const tokens = tokenizeWords('President Trump de facto ended it, and Sisi da Costa left');
    expect(extendNameAcrossParticles(tokens, 1)).toBe(1);
    // "Sisi da Costa": the particle joins the capitalised word after it.
    const sisi = tokens.findIndex((token) => token.text === 'Sisi');
    expect(extendNameAcrossParticles(tokens, sisi)).toBe(sisi + 2);
    const mentions = extractRoleMentions(
      splitSentences('President Donald Trump de facto ended the talks.'),
      officeHolders.roles,
    );
    expect(mentions.map((mention) => mention.person)).toEqual(['Donald Trump']);
    // "at" is a particle only when hyphenated ("at-Tayyib"), never across a space.
    const camp = extractRoleMentions(
      splitSentences('He met Japanese Prime Minister Fumio Kishida at Camp David.'),
      officeHolders.roles,
    );
    expect(camp.map((mention) => mention.person)).toEqual(['Fumio Kishida']);
  });
});

describe('a lone first name', () => {
  const kb = createKnowledgeBase({
    snapshotDate: '2010-01-01',
    roles: [
      {
        id: 'it_prime_minister',
        label: 'Prime Minister of Italy',
        jurisdiction: 'Italy',
        kind: 'head-of-government',
        jurisdictionNames: ['Italy', 'Italian'],
        titles: ['prime minister'],
      },
    ],
    terms: [
      {
        roleId: 'it_prime_minister',
        person: 'Silvio Berlusconi',
        start: '2001-06-11',
        end: '2006-05-17',
      },
      {
        roleId: 'it_prime_minister',
        person: 'Romano Prodi',
        start: '2006-05-17',
        end: '2008-05-08',
      },
      { roleId: 'it_prime_minister', person: 'Silvio Berlusconi', start: '2008-05-08' },
    ],
  });

  it('is not a person match, so nothing is judged', () => {
    const report = check(
      'Italian Prime Minister Romano said the budget would pass.',
      '2009-05-01',
      kb,
    );
    expect(report.staleFigures).toEqual([]);
    expect(report.mentions[0]).toMatchObject({ status: 'unchecked' });
    expect(kb.findPerson('Romano')).toEqual([]);
  });

  it('while the surname and the full name still match', () => {
    expect(
      check('Italian Prime Minister Prodi said the budget would pass.', '2009-05-01', kb)
        .staleFigures,
    ).toMatchObject([{ person: 'Romano Prodi', kind: 'stale', holderOnDate: 'Silvio Berlusconi' }]);
    expect(
      check('Italian Prime Minister Romano Prodi spoke.', '2007-05-01', kb).mentions,
    ).toMatchObject([{ status: 'confirmed' }]);
  });
});

describe('descriptions that are not the top office', () => {
  it('"a leader of Pakistan" is one of many', () => {
    const report = check(
      'Omar Warsi, a leader of Pakistan, said the talks had failed.',
      '2015-05-01',
    );
    expect(report.mentions).toEqual([]);
    const holder = check(
      'Nawaz Sharif, the leader of Pakistan, said the talks had failed.',
      '2015-05-01',
    );
    expect(holder.mentions).toMatchObject([{ status: 'confirmed', roleId: 'pk_prime_minister' }]);
  });

  it('"the head of the UN Relief and Works agency" heads an agency, not the UN', () => {
    for (const text of [
      'John Ging, the head of the UN Relief and Works agency, said food was short.',
      'John Ging, the head of the UN relief agency in Gaza, said food was short.',
    ]) {
      expect(check(text, '2009-01-07').mentions, text).toEqual([]);
    }
    const holder = check('Ban Ki-moon, the head of the UN, called for a ceasefire.', '2015-11-04');
    expect(holder.mentions).toMatchObject([
      { status: 'confirmed', roleId: 'un_secretary_general' },
    ]);
  });

  it('a possessive phrase owns something: "the leader of Pakistan\'s ruling party"', () => {
    const report = check('Omar Warsi, the leader of Pakistan’s ruling party, spoke.', '2015-05-01');
    expect(report.mentions).toEqual([]);
  });
});

describe('a short form of a holder’s full name', () => {
  it('is the holder ("Salva Kiir" for "Salva Kiir Mayardit"), not a never-holder', () => {
    const report = check('South Sudan President Salva Kiir met the envoys in Juba.', '2011-11-10');
    expect(report.staleFigures).toEqual([]);
    expect(report.mentions).toMatchObject([{ status: 'confirmed', roleId: 'ss_president' }]);
  });

  it('does not cover a name with a word the holder’s name lacks', () => {
    const report = check('South Sudan President Riek Machar met the envoys in Juba.', '2011-11-10');
    expect(report.staleFigures).toMatchObject([{ kind: 'never-held', roleId: 'ss_president' }]);
  });
});
