import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.js';
import { extractPeople } from '../src/extract/people/extract-people.js';
import { roleLexicon } from '../src/extract/role-lexicon.js';
import { extractRoleMentions, isInsideUnknownTitle } from '../src/extract/role-mentions.js';
import { buildModifier, readModifiersBefore, tenseOf } from '../src/extract/role-modifiers.js';
import type { RoleMention } from '../src/extract/types.js';
import { officeHolders } from '../src/knowledge/office-holders.js';
import type { RoleRecord } from '../src/knowledge/types.js';
import { tokenizeWords } from '../src/text/word-tokens.js';
import { article } from './helpers/article.js';

const US = ['United States', 'US', 'U.S.', 'America', 'American'];

/** A small role table written for these tests, independent of the bundled knowledge base. */
const ROLES: RoleRecord[] = [
  {
    id: 'de_chancellor',
    label: 'Chancellor of Germany',
    jurisdiction: 'Germany',
    kind: 'head-of-government',
    jurisdictionNames: ['Germany', 'German'],
    titles: ['chancellor', 'federal chancellor', 'leader'],
  },
  {
    id: 'jp_prime_minister',
    label: 'Prime Minister of Japan',
    jurisdiction: 'Japan',
    kind: 'head-of-government',
    jurisdictionNames: ['Japan', 'Japanese'],
    titles: ['prime minister', 'pm', 'premier', 'leader'],
  },
  {
    id: 'it_prime_minister',
    label: 'Prime Minister of Italy',
    jurisdiction: 'Italy',
    kind: 'head-of-government',
    jurisdictionNames: ['Italy', 'Italian'],
    titles: ['prime minister', 'pm'],
  },
  {
    id: 'kr_president',
    label: 'President of South Korea',
    jurisdiction: 'South Korea',
    kind: 'head-of-state-and-government',
    jurisdictionNames: ['South Korea', 'South Korean', 'Korea', 'Korean'],
    titles: ['president', 'leader'],
  },
  {
    id: 'kp_leader',
    label: 'Supreme Leader of North Korea',
    jurisdiction: 'North Korea',
    kind: 'head-of-state',
    jurisdictionNames: ['North Korea', 'North Korean'],
    titles: ['leader'],
  },
  {
    id: 'us_president',
    label: 'President of the United States',
    jurisdiction: 'United States',
    kind: 'head-of-state-and-government',
    jurisdictionNames: US,
    titles: ['president', 'leader'],
  },
  {
    id: 'fr_president',
    label: 'President of France',
    jurisdiction: 'France',
    kind: 'head-of-state',
    jurisdictionNames: ['France', 'French'],
    titles: ['president'],
  },
  {
    id: 'ph_president',
    label: 'President of the Philippines',
    jurisdiction: 'Philippines',
    kind: 'head-of-state-and-government',
    jurisdictionNames: ['Philippines', 'Philippine'],
    titles: ['president'],
  },
  {
    id: 'ru_foreign_minister',
    label: 'Minister of Foreign Affairs of Russia',
    jurisdiction: 'Russia',
    kind: 'cabinet',
    jurisdictionNames: ['Russia', 'Russian'],
    titles: ['foreign minister'],
  },
  {
    id: 'nato_secretary_general',
    label: 'Secretary General of NATO',
    jurisdiction: 'NATO',
    kind: 'organization-head',
    jurisdictionNames: ['NATO'],
    titles: ['secretary general', 'chief'],
    standaloneTitles: ['nato secretary general', 'nato chief'],
  },
  {
    id: 'us_treasury_secretary',
    label: 'US Secretary of the Treasury',
    jurisdiction: 'United States',
    kind: 'cabinet',
    jurisdictionNames: US,
    titles: ['treasury secretary'],
    standaloneTitles: ['treasury secretary', 'secretary of the treasury'],
  },
  {
    id: 'us_secretary_of_state',
    label: 'US Secretary of State',
    jurisdiction: 'United States',
    kind: 'cabinet',
    jurisdictionNames: US,
    titles: ['secretary of state'],
    standaloneTitles: ['secretary of state'],
  },
  {
    id: 'us_press_secretary',
    label: 'White House Press Secretary',
    jurisdiction: 'United States',
    kind: 'other',
    jurisdictionNames: ['White House'],
    titles: ['press secretary'],
    standaloneTitles: ['white house press secretary'],
  },
  {
    id: 'us_fed_chair',
    label: 'Chair of the Federal Reserve',
    jurisdiction: 'United States',
    kind: 'other',
    jurisdictionNames: ['Federal Reserve', 'Fed'],
    titles: ['chair', 'chairman'],
    standaloneTitles: ['fed chair'],
  },
];

const PRESIDENT_ROLES = ['fr_president', 'kr_president', 'ph_president', 'us_president'];

function mentions(...sentences: string[]): RoleMention[] {
  return extractRoleMentions(article(...sentences).sentences, ROLES);
}

/** The claim of each mention in a compact form: role (or candidates), person key, modifiers. */
function claims(...sentences: string[]): string[] {
  return mentions(...sentences).map((mention) => {
    const role = mention.roleId ?? `?${mention.roleCandidates.join('|')}`;
    const modifier = mention.modifier ? ` [${mention.modifier.kinds.join(' ')}]` : '';
    return `${role} ${mention.personKey}${modifier}`;
  });
}

describe('extractRoleMentions: shapes', () => {
  it('jurisdiction adjective, title, name: "German Chancellor Olaf Scholz"', () => {
    const { text, sentences } = article('Talks began.', 'German Chancellor Olaf Scholz arrived.');
    const [mention] = extractRoleMentions(sentences, ROLES);
    expect(mention).toMatchObject({
      roleId: 'de_chancellor',
      roleCandidates: ['de_chancellor'],
      title: 'Chancellor',
      jurisdiction: 'German',
      person: 'Olaf Scholz',
      personKey: 'olaf scholz',
      modifier: null,
      shape: 'title-name',
      sentenceIndex: 1,
    });
    expect(text.slice(mention?.start, mention?.end)).toBe('German Chancellor Olaf Scholz');
    expect(text.slice(mention?.personStart, mention?.personEnd)).toBe('Olaf Scholz');
  });

  it('title of jurisdiction, then the name: "Chancellor of Germany Olaf Scholz"', () => {
    expect(claims('Chancellor of Germany Olaf Scholz arrived.')).toEqual([
      'de_chancellor olaf scholz',
    ]);
  });

  it('name, comma, possessive jurisdiction and title: "Olaf Scholz, Germany\'s chancellor"', () => {
    const [mention] = mentions("Olaf Scholz, Germany's chancellor, arrived.");
    expect(mention).toMatchObject({
      roleId: 'de_chancellor',
      shape: 'name-title',
      jurisdiction: 'Germany',
    });
  });

  it('name, comma, article and title: "Olaf Scholz, the German chancellor,"', () => {
    expect(claims('Olaf Scholz, the German chancellor, arrived.')).toEqual([
      'de_chancellor olaf scholz',
    ]);
  });

  it('an appositive name after the title: "Japan\'s new prime minister, Sanae Takaichi"', () => {
    const [mention] = mentions(
      "He will meet Japan's new prime minister, Sanae Takaichi, in Tokyo.",
    );
    expect(mention).toMatchObject({
      roleId: 'jp_prime_minister',
      title: 'prime minister',
      person: 'Sanae Takaichi',
      modifier: { kinds: ['new'], tense: 'present', acting: false },
    });
  });

  it('takes the longest jurisdiction: "South Korean President Lee Jae Myung"', () => {
    expect(claims('South Korean President Lee Jae Myung spoke.')).toEqual([
      'kr_president lee jae myung',
    ]);
    expect(claims('North Korean leader Kim Jong Un watched.')).toEqual(['kp_leader kim jong un']);
  });

  it('acronym jurisdictions and standalone titles: NATO, Treasury, White House', () => {
    expect(
      claims(
        'NATO Secretary General Jens Stoltenberg spoke.',
        'Treasury Secretary Scott Bessent agreed.',
        'White House Press Secretary Karoline Leavitt said so.',
        'Secretary of State Marco Rubio flew in.',
      ),
    ).toEqual([
      'nato_secretary_general jens stoltenberg',
      'us_treasury_secretary scott bessent',
      'us_press_secretary karoline leavitt',
      'us_secretary_of_state marco rubio',
    ]);
  });

  it('a possessive jurisdiction with a two-word title: "Russia\'s Foreign Minister Sergey Lavrov"', () => {
    expect(claims("Russia's Foreign Minister Sergey Lavrov replied.")).toEqual([
      'ru_foreign_minister sergey lavrov',
    ]);
  });

  it('each role of a list: "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni"', () => {
    expect(
      claims(
        'He met leaders including French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.',
      ),
    ).toEqual(['fr_president emmanuel macron', 'it_prime_minister giorgia meloni']);
  });

  it('a bare title before a name names every role with that title, for a later stage to narrow down', () => {
    const found = mentions(
      'South Korean President Lee Jae Myung met Trump.',
      'President Lee said the talks went well.',
    );
    expect(found[1]).toMatchObject({
      roleId: null,
      roleCandidates: PRESIDENT_ROLES,
      title: 'President',
      jurisdiction: null,
      person: 'Lee',
      personKey: 'lee jae myung',
      shape: 'bare-title',
    });
  });

  it('a bare surname with no title is a person, not a role claim', () => {
    expect(
      claims('South Korean President Lee Jae Myung met Trump.', 'Lee said the talks went well.'),
    ).toEqual(['kr_president lee jae myung']);
  });

  it('a possessive name after a title: "Chancellor Scholz\'s government"', () => {
    const [mention] = mentions("Chancellor Scholz's government fell.");
    expect(mention).toMatchObject({
      roleId: null,
      roleCandidates: ['de_chancellor'],
      person: 'Scholz',
    });
  });

  it('binds "President Trump\'s Asia trip" to Trump', () => {
    const [mention] = mentions("President Trump's Asia trip begins.");
    expect(mention).toMatchObject({ person: 'Trump', roleCandidates: PRESIDENT_ROLES });
  });

  it('matches the bundled knowledge base roles', () => {
    const found = extractRoleMentions(
      article(
        'German Chancellor Olaf Scholz, NATO Secretary General Jens Stoltenberg and South Korean President Yoon Suk Yeol attended.',
        'Chinese leader Xi Jinping and Fed Chair Jerome Powell did not.',
      ).sentences,
      officeHolders.roles,
    );
    expect(found.map((mention) => [mention.roleId, mention.personKey])).toEqual([
      ['de_chancellor', 'olaf scholz'],
      ['nato_secretary_general', 'jens stoltenberg'],
      ['kr_president', 'yoon suk yeol'],
      ['cn_president', 'xi jinping'],
      ['us_fed_chair', 'jerome powell'],
    ]);
  });
});

describe('extractRoleMentions: names that look like other words', () => {
  const bundled = (...sentences: string[]) =>
    extractRoleMentions(article(...sentences).sentences, officeHolders.roles).map((mention) => [
      mention.roleId,
      mention.person,
    ]);

  it('binds a surname that is also an organisation word: "South Korean President Park Geun-hye"', () => {
    expect(bundled('South Korean President Park Geun-hye appealed for calm.')).toEqual([
      ['kr_president', 'Park Geun-hye'],
    ]);
  });

  it('binds a name ending in an abbreviation-like word: "Cambodian Prime Minister Hun Sen"', () => {
    expect(bundled('Cambodian Prime Minister Hun Sen received the Chinese delegation.')).toEqual([
      ['kh_prime_minister', 'Hun Sen'],
    ]);
    expect(bundled('It was Cambodian Prime Minister Hun Sen.')).toEqual([
      ['kh_prime_minister', 'Hun Sen'],
    ]);
    const [mention] = extractRoleMentions(
      article('It was Cambodian Prime Minister Hun Sen.').sentences,
      officeHolders.roles,
    );
    expect(mention?.personEnd).toBe('It was Cambodian Prime Minister Hun Sen'.length);
  });

  it('gives no role to the park or the bank of a country', () => {
    expect(bundled('The South Korean Park Service and the Bank of Korea agreed.')).toEqual([]);
  });
});

describe('extractRoleMentions: modifiers', () => {
  it('reads former, ex-, then-, late, outgoing, incoming, acting, interim and -elect', () => {
    expect(
      claims(
        'Former German Chancellor Angela Merkel spoke.',
        'Ex-President Moon Jae-in did not.',
        'Then-Chancellor Olaf Scholz agreed.',
        'Outgoing Japanese Prime Minister Shigeru Ishiba left.',
        'Incoming NATO Secretary General Mark Rutte arrived.',
        'Acting President Han Duck-soo resigned.',
        'Interim Prime Minister Jane Roe stayed.',
        'President-elect Donald Trump waved.',
      ),
    ).toEqual([
      'de_chancellor angela merkel [former]',
      `?${PRESIDENT_ROLES.join('|')} moon jae in [ex]`,
      '?de_chancellor olaf scholz [then]',
      'jp_prime_minister shigeru ishiba [outgoing]',
      'nato_secretary_general mark rutte [incoming]',
      `?${PRESIDENT_ROLES.join('|')} han duck soo [acting]`,
      '?it_prime_minister|jp_prime_minister jane roe [interim]',
      `?${PRESIDENT_ROLES.join('|')} donald trump [elect]`,
    ]);
  });

  it('reads stacked modifiers: "the late former PM Shinzo Abe" is late and former, in the past', () => {
    const [mention] = mentions('Takaichi praised the late former PM Shinzo Abe.');
    expect(mention?.modifier).toEqual({
      kinds: ['late', 'former'],
      text: 'late former',
      tense: 'past',
      acting: false,
    });
    expect(mention?.roleCandidates).toEqual(['it_prime_minister', 'jp_prime_minister']);
  });

  it('does not read "then" or "late" that are not modifiers of the title', () => {
    expect(claims('And then President Trump spoke.')).toEqual([
      `?${PRESIDENT_ROLES.join('|')} trump`,
    ]);
    expect(claims('It ran late, President Trump said.')).toEqual([
      `?${PRESIDENT_ROLES.join('|')} trump`,
    ]);
  });

  it('computes tense and acting from modifier kinds', () => {
    expect(tenseOf(['new'])).toBe('present');
    expect(tenseOf(['incoming'])).toBe('future');
    expect(tenseOf(['late', 'former'])).toBe('past');
    expect(tenseOf(['acting', 'former'])).toBe('past');
    expect(buildModifier([], [])).toBeNull();
    expect(buildModifier(['interim'], ['interim'])?.acting).toBe(true);
    const tokens = tokenizeWords('the late former PM');
    expect(readModifiersBefore(tokens, 3)).toEqual({
      start: 1,
      kinds: ['late', 'former'],
      words: ['late', 'former'],
    });
  });

  it('"her predecessor, Fumio Kishida" takes the role named before it, in the past', () => {
    const [first, relation] = mentions(
      'Japanese Prime Minister Sanae Takaichi and her predecessor, Fumio Kishida, arrived.',
    );
    expect(first?.roleId).toBe('jp_prime_minister');
    expect(relation).toMatchObject({
      roleId: 'jp_prime_minister',
      person: 'Fumio Kishida',
      shape: 'relation',
      modifier: { kinds: ['predecessor'], tense: 'past' },
    });
  });

  it('"Scholz\'s successor Friedrich Merz" takes the role of Scholz\'s own mention', () => {
    const found = mentions(
      'German Chancellor Olaf Scholz met Trump.',
      "Scholz's successor Friedrich Merz was there too.",
    );
    expect(found.at(-1)).toMatchObject({
      roleId: 'de_chancellor',
      personKey: 'friedrich merz',
      modifier: { kinds: ['successor'], tense: 'present' },
    });
  });

  it('never binds "predecessor" to a name across a sentence boundary', () => {
    const found = mentions(
      'South Korean President Lee Jae Myung praised his predecessor.',
      'Yoon Suk Yeol was absent.',
    );
    expect(found.map((mention) => mention.shape)).toEqual(['title-name']);
  });

  it('does not take a relation without any role mention nearby', () => {
    expect(
      mentions('Officials met.', 'Nobody spoke.', 'His predecessor, Fumio Kishida, left.'),
    ).toEqual([]);
  });
});

describe('extractRoleMentions: must not fire', () => {
  it('on places, titles without a name, and titles of offices outside the table', () => {
    expect(
      claims(
        'Officials in Washington said the president would travel.',
        'Kremlin spokesman Dmitry Peskov dismissed the idea.',
        'Senate Foreign Relations Committee Chair Jim Risch disagreed.',
        "The Prime Minister's Office declined to comment.",
        'Deputy Prime Minister Jane Roe declined too.',
        'The meeting starts at 3 p.m. Trump will speak.',
      ),
    ).toEqual([]);
  });

  it('on job titles in bylines', () => {
    expect(
      claims(
        'By Anthony Zurcher, North America correspondent',
        'By Jane Doe, US president watcher',
      ),
    ).toEqual([]);
  });

  it('on a title that runs on into a longer one the table does not know', () => {
    expect(claims('Secretary of State for Foreign Affairs David Lammy spoke.')).toEqual([]);
    expect(claims('Prime Minister of Vanuatu Jotham Napat spoke.')).toEqual([]);
  });

  it('treats a capitalised word before a bare title as part of a longer title, but not a date or opener', () => {
    const tokens = tokenizeWords(
      'On Monday President Trump and Committee Chair Jim Risch met. But President Xi left.',
    );
    const at = (word: string, from = 0) =>
      tokens.findIndex((token, index) => index >= from && token.text === word);
    expect(isInsideUnknownTitle(tokens, at('President'))).toBe(false);
    expect(isInsideUnknownTitle(tokens, at('Chair'))).toBe(true);
    expect(isInsideUnknownTitle(tokens, at('President', at('But')))).toBe(false);
  });
});

describe('extractRoleMentions: inputs and performance', () => {
  it('compiles the lexicon once per roles array', () => {
    expect(roleLexicon(ROLES)).toBe(roleLexicon(ROLES));
  });

  it('reuses people passed in options', () => {
    const { sentences } = article('German Chancellor Olaf Scholz arrived.');
    const people = extractPeople(sentences).map((person) => ({ ...person, key: 'custom key' }));
    expect(extractRoleMentions(sentences, ROLES, { people })[0]?.personKey).toBe('custom key');
  });

  it('rejects malformed roles and options with a CorroborateError naming the field', () => {
    const { sentences } = article('German Chancellor Olaf Scholz arrived.');
    expect(() => extractRoleMentions(sentences, 'roles' as never)).toThrow(CorroborateError);
    try {
      extractRoleMentions(sentences, [{ ...ROLES[0], titles: 'chancellor' } as never]);
      expect.unreachable();
    } catch (error) {
      expect((error as CorroborateError).code).toBe('INVALID_KNOWLEDGE');
      expect((error as CorroborateError).message).toMatch(/roles\[0\]\.titles/);
    }
    expect(() => extractRoleMentions(sentences, ROLES, { people: 'x' } as never)).toThrow(
      /options.people/,
    );
  });

  it('is deterministic and does not modify its inputs', () => {
    const { sentences } = article(
      'German Chancellor Olaf Scholz met President Lee.',
      'His predecessor, Angela Merkel, did not.',
    );
    const roles = structuredClone(ROLES);
    Object.freeze(sentences);
    for (const role of roles) Object.freeze(role);
    const first = extractRoleMentions(sentences, Object.freeze(roles));
    expect(extractRoleMentions(sentences, roles)).toEqual(first);
  });

  it('stays linear on 10,000 "President" words and a 200,000-character sentence', () => {
    const titles = `${'President '.repeat(10_000)}spoke.`;
    const capitals = Array.from(
      { length: 40_000 },
      (_, index) => `Chancellor${index % 3 === 0 ? '' : 'x'}`,
    ).join(' ');
    expect(extractRoleMentions([{ text: titles, start: 0, end: titles.length }], ROLES)).toEqual(
      [],
    );
    extractRoleMentions([{ text: capitals, start: 0, end: capitals.length }], ROLES);
  });
});
