import { describe, expect, it, vi } from 'vitest';
import { CorroborateError } from '../src/errors.js';
import { compromiseUsage, isKnownPersonName } from '../src/extract/compromise-adapter.js';
import { extractPeople } from '../src/extract/people/extract-people.js';
import { isAbbreviationInName, isHeadingLine } from '../src/extract/people/lexicon.js';
import { isVenueName } from '../src/extract/people/resolve.js';
import {
  isSpellingVariant,
  NAME_VARIANT_SIMILARITY,
  nameSkeleton,
  personNameKey,
  resolvePersonKeys,
  resolveShortNames,
  resolveSpellingVariants,
} from '../src/extract/person-coreference.js';
import type { PersonMention } from '../src/extract/types.js';
import { tokenizeWords } from '../src/text/word-tokens.js';
import { article } from './helpers/article.js';
import { deepFreeze } from './helpers/guards.js';
import { hostileCases } from './helpers/hostile-inputs.js';

/** Joins sentences with one space and returns the article text and its sentence spans. */

function names(...sentences: string[]): string[] {
  return extractPeople(article(...sentences).sentences).map((mention) => mention.name);
}

describe('compromise loading', () => {
  it('does not load compromise when the extractors are imported', async () => {
    // Fresh module instances: another test file in this worker may have loaded compromise.
    vi.resetModules();
    const adapter = await import('../src/extract/compromise-adapter.js');
    await import('../src/extract/people/extract-people.js');
    await import('../src/index.js');
    expect(adapter.compromiseUsage().loaded).toBe(false);
  });

  it('does not call compromise for sentences that cheaper rules explain', () => {
    const before = compromiseUsage().calls;
    names('Chinese President Xi Jinping met Japanese Prime Minister Sanae Takaichi in Tokyo.');
    expect(compromiseUsage().calls).toBe(before);
  });

  it('asks compromise about a lone capitalised word no rule explains, once per article', () => {
    const before = compromiseUsage();
    const people = extractPeople(
      article('Officials said they met Putin on Monday.', 'Putin left, and shares of Boeing fell.')
        .sentences,
    );
    const after = compromiseUsage();
    expect(after.loaded).toBe(true);
    expect(after.calls - before.calls).toBe(2);
    expect(after.characters - before.characters).toBe('Putin'.length + 'Boeing'.length);
    expect(people.map((person) => [person.name, person.source])).toEqual([
      ['Putin', 'lexicon'],
      ['Putin', 'lexicon'],
    ]);
  });

  it('knows the names compromise lists, and nothing else', () => {
    expect(isKnownPersonName('Obama')).toBe(true);
    expect(isKnownPersonName('Boeing')).toBe(false);
    expect(isKnownPersonName('Takaichi')).toBe(false);
    expect(isKnownPersonName('constructor')).toBe(false);
  });

  it('never takes a lower-case phrase compromise calls a person ("first woman")', () => {
    expect(names('She became the first woman to lead Japan.')).toEqual([]);
  });
});

describe('extractPeople', () => {
  it('finds full names, Western and non-Western, after titles and as capitalised sequences', () => {
    const found = names(
      'Japanese Prime Minister Sanae Takaichi met South Korean President Lee Jae Myung.',
      'Malaysian Prime Minister Anwar Ibrahim hosted Philippine President Ferdinand Marcos Jr. at the summit.',
      'North Korean leader Kim Jong Un did not attend, and Chinese President Xi Jinping left early.',
      'White House Press Secretary Karoline Leavitt said Volodymyr Zelenskyy would call.',
      'The question is who the United States stands with, said Mira Rapp-Hooper, a fellow.',
      'Kremlin spokesman Dmitry Peskov dismissed the idea.',
    );
    expect(found).toEqual([
      'Sanae Takaichi',
      'Lee Jae Myung',
      'Anwar Ibrahim',
      'Ferdinand Marcos Jr.',
      'Kim Jong Un',
      'Xi Jinping',
      'Karoline Leavitt',
      'Volodymyr Zelenskyy',
      'Mira Rapp-Hooper',
      'Dmitry Peskov',
    ]);
  });

  it('tells how each name was found', () => {
    const people = extractPeople(
      article('President Donald Trump spoke.', 'Later Sanae Takaichi and Trump met.').sentences,
    );
    expect(people.map((person) => [person.name, person.source])).toEqual([
      ['Donald Trump', 'title'],
      ['Sanae Takaichi', 'pattern'],
      ['Trump', 'pattern'],
    ]);
  });

  it('gives article offsets and strips a possessive', () => {
    const { text, sentences } = article('Talks began.', "Xi Jinping's envoy arrived in Seoul.");
    const [xi] = extractPeople(sentences);
    expect(xi).toMatchObject({ name: 'Xi Jinping', key: 'xi jinping', sentenceIndex: 1 });
    expect(text.slice(xi?.start, xi?.end)).toBe('Xi Jinping');
  });

  it('does not take places, organisations, dates, headings or vehicles for people', () => {
    expect(
      names(
        'Key Takeaways',
        'Officials in Washington briefed reporters aboard Air Force One on Thursday.',
        'A visiting fellow at the Brookings Institution spoke in the Oval Office.',
        'The White House said South Korea and the Rose Garden ceremony were ready.',
      ),
    ).toEqual([]);
  });

  it('reads a capitalised heading as a heading, but still finds known names in it', () => {
    const tokens = tokenizeWords('Direct Appeal to China');
    expect(isHeadingLine(tokens)).toBe(true);
    expect(isHeadingLine(tokenizeWords('Kim Jong Un said the talks went well.'))).toBe(false);
    expect(
      names('Xi Jinping’s Dilemma: Balancing Ties', 'Chinese President Xi Jinping spoke.'),
    ).toEqual(['Xi Jinping', 'Xi Jinping']);
    expect(names('Modest Expectations Ahead')).toEqual([]);
  });

  it('marks bylines and photo credits as bylines, not as people the article talks about', () => {
    const people = extractPeople(
      article(
        'By Jane Doe, Asia correspondent',
        'U.S. President Donald Trump departs. REUTERS/Kylie Cooper',
        'Written By Rodney Mbua',
      ).sentences,
    );
    expect(people.map((person) => [person.name, person.byline])).toEqual([
      ['Jane Doe', true],
      ['Donald Trump', false],
      ['Kylie Cooper', true],
      ['Rodney Mbua', true],
    ]);
  });

  it('does not read a sentence that merely starts with "By" as a byline', () => {
    expect(extractPeople(article('By Friday, talks had collapsed.').sentences)).toEqual([]);
    expect(
      extractPeople(article('By Donald Trump standards the trip was short.').sentences).map(
        (person) => person.byline,
      ),
    ).toEqual([false]);
    const people = extractPeople(
      article(
        'By Friday, Chinese President Xi Jinping and Japanese Prime Minister Sanae Takaichi had both agreed to a long list of terms.',
      ).sentences,
    );
    expect(people.every((person) => !person.byline)).toBe(true);
  });

  it('finds a short form of a name given in full elsewhere in the article', () => {
    expect(
      names('Takaichi arrived first.', 'Japanese Prime Minister Sanae Takaichi spoke.'),
    ).toEqual(['Takaichi', 'Sanae Takaichi']);
  });

  it('drops a sentence-initial word the article also writes in lower case', () => {
    expect(names('Exports fell sharply.', 'Officials blamed weak exports.')).toEqual([]);
  });

  it('splits a hyphen compound of known names but keeps a hyphenated surname whole', () => {
    expect(
      names(
        'Donald Trump and Xi Jinping will meet.',
        'The Trump-Xi meeting is on.',
        'Mira Rapp-Hooper agreed.',
      ),
    ).toEqual(['Donald Trump', 'Xi Jinping', 'Trump', 'Xi', 'Mira Rapp-Hooper']);
  });

  it('keeps the name in a hyphenated adjective ("Biden-era") and drops the tail', () => {
    expect(names('Joe Biden left office.', 'The Biden-era rules stayed.')).toEqual([
      'Joe Biden',
      'Biden',
    ]);
  });

  it('returns the same result for the same input, and does not modify it', () => {
    const { sentences } = article('Chinese President Xi Jinping met Trump.', 'Xi said little.');
    deepFreeze(sentences);
    expect(extractPeople(sentences)).toEqual(extractPeople(sentences));
  });

  it('rejects malformed sentences with a CorroborateError', () => {
    expect(() => extractPeople('Xi met Trump.' as never)).toThrow(CorroborateError);
    try {
      extractPeople([{ text: 'Xi met Trump.', start: 0, end: 3 }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CorroborateError);
      expect((error as CorroborateError).code).toBe('INVALID_ARTICLE');
      expect((error as CorroborateError).message).toMatch(/end - start === text.length/);
    }
  });

  it('stays linear on a 200,000-character sentence of capitalised words', () => {
    const words = Array.from({ length: 40_000 }, (_, index) => `Name${index % 97}x`).join(' ');
    const people = extractPeople([{ text: words, start: 0, end: words.length }]);
    expect(people).toEqual([]);
  });

  for (const hostile of hostileCases('extractPeople')) {
    it(`finds nobody in ${hostile.name} (medium size; fuzz/complexity.ts times the growth)`, () => {
      const text = hostile.input(1);
      expect(extractPeople([{ text, start: 0, end: text.length }])).toEqual([]);
    });
  }

  it('stays linear on 10,000 repetitions of a title', () => {
    const text = `${'President '.repeat(10_000)}Trump spoke.`;
    const people = extractPeople([{ text, start: 0, end: text.length }]);
    expect(people.map((person) => person.name)).toEqual(['Trump']);
  });
});

describe('extractPeople: surnames that look like other words', () => {
  it('reads an organisation word that opens a Korean name as its surname: "President Park Geun-hye"', () => {
    expect(names('South Korean President Park Geun-hye appealed for calm.')).toEqual([
      'Park Geun-hye',
    ]);
    expect(names('Park Geun-hye was impeached in 2017.')).toEqual(['Park Geun-hye']);
    expect(names('President Moon Jae-in and Prime Minister Lee Nak-yon spoke.')).toEqual([
      'Moon Jae-in',
      'Lee Nak-yon',
    ]);
    expect(names('Kim Dae-jung won the prize.')).toEqual(['Kim Dae-jung']);
  });

  it('resolves the bare surname "President Park" only when the article names a Park', () => {
    const people = extractPeople(
      article('President Park Geun-hye spoke.', 'President Park later left.').sentences,
    );
    expect(people.map((person) => [person.name, person.key])).toEqual([
      ['Park Geun-hye', 'park geun hye'],
      ['Park', 'park geun hye'],
    ]);
    expect(names('President Park later left.')).toEqual([]);
  });

  it('keeps organisation words that are not surnames: parks, banks, the House', () => {
    expect(names('They walked through Central Park Zoo on Monday.')).toEqual([]);
    expect(names('House Speaker Mike Johnson and the Park Service disagreed.')).toEqual([
      'Mike Johnson',
    ]);
    expect(names('The Bank of Korea held rates.')).toEqual([]);
  });

  it('keeps a title abbreviation written without its dot after a name: "Hun Sen", "Amartya Sen"', () => {
    expect(names('Cambodian Prime Minister Hun Sen received the Chinese delegation.')).toEqual([
      'Hun Sen',
    ]);
    expect(names('Hun Manet succeeded his father.')).toEqual(['Hun Manet']);
    expect(names('Amartya Sen won the prize.')).toEqual(['Amartya Sen']);
    expect(names('Cambodia is led by Hun Sen.')).toEqual(['Hun Sen']);
    expect(names('Cambodia was led by Hun Sen. He met Xi Jinping.')).toEqual([
      'Hun Sen',
      'Xi Jinping',
    ]);
  });

  it('still reads an abbreviation before a name as a title: "Sen. Warren", "Sen Warren", "Gen Milley"', () => {
    expect(names('Sen. Elizabeth Warren objected.')).toEqual(['Elizabeth Warren']);
    expect(names('Sen Warren objected, and Gen Milley agreed.')).toEqual(['Warren', 'Milley']);
    const tokens = tokenizeWords('Sen. Warren and Hun Sen met');
    expect(isAbbreviationInName(tokens, 0)).toBe(false);
    expect(isAbbreviationInName(tokens, 4)).toBe(true);
  });
});

describe('extractPeople: descriptors, headings, particles and venues', () => {
  it('reads "Host" before a name as a descriptor, not as a first name', () => {
    expect(names('Host Giorgia Meloni welcomed the leaders.')).toEqual(['Giorgia Meloni']);
    expect(names('Rival Lee Jun-seok objected.')).toEqual(['Lee Jun-seok']);
  });

  it('reads a capitalised month abbreviation as a date only beside a number, a date word or its dot', () => {
    expect(names('Lee Jun-seok met Kim Jan-di.')).toEqual(['Lee Jun-seok', 'Kim Jan-di']);
    expect(names('Talks resume on Jan 5 in Seoul, and Lee Jae Myung attends Oct. 30.')).toEqual([
      'Lee Jae Myung',
    ]);
  });

  it('accepts a name after a title in a headline only when the article names that person', () => {
    expect(names('G7 Leaders Meet in Puglia')).toEqual([]);
    expect(names('G7 Leaders Agree $50 Billion Loan for Ukraine')).toEqual([]);
    expect(
      names(
        'German Chancellor Olaf Scholz Visits Beijing',
        'Olaf Scholz arrived in Beijing on Monday.',
      ),
    ).toEqual(['Olaf Scholz', 'Olaf Scholz']);
  });

  it('does not take a caption with a full stop inside for a heading', () => {
    const tokens = tokenizeWords('U.S. President Donald Trump departs. REUTERS/Kylie Cooper');
    expect(isHeadingLine(tokens)).toBe(false);
    expect(isHeadingLine(tokenizeWords('Trump Heads to Asia for Two Summits'))).toBe(true);
  });

  it('keeps runs of particles inside a name: "Ursula von der Leyen", "Maria de la Cruz"', () => {
    expect(names('European Commission President Ursula von der Leyen spoke.')).toEqual([
      'Ursula von der Leyen',
    ]);
    expect(names('Mohammed bin Salman met Maria de la Cruz.')).toEqual([
      'Mohammed bin Salman',
      'Maria de la Cruz',
    ]);
    expect(names('He threw the plan in the bin of history.')).toEqual([]);
  });

  it('does not let an organisation claim a name across "and"', () => {
    expect(
      names(
        'It sent Commission President Ursula von der Leyen and Council President Charles Michel.',
      ),
    ).toEqual(['Ursula von der Leyen', 'Charles Michel']);
    expect(
      names('Analysts at the Council on Foreign Relations and Brookings Institution agreed.'),
    ).toEqual([]);
  });

  it('reads a name the article calls a venue as a place, in every sentence', () => {
    expect(
      names(
        'Giorgia Meloni welcomed the leaders to Borgo Egnazia, a luxury resort in southern Italy.',
        'Borgo Egnazia Director Anna Rossi said so.',
        'The leaders left Borgo Egnazia on Saturday.',
      ),
    ).toEqual(['Giorgia Meloni', 'Anna Rossi']);
    expect(
      names('The summit is at the Borgo Egnazia luxury resort, which opened in 1996.'),
    ).toEqual([]);
  });

  it('does not read a person described by a venue noun as a venue: "the hotel magnate"', () => {
    expect(names('Donald Trump, the hotel magnate, spoke.')).toEqual(['Donald Trump']);
    expect(names('Xi Jinping, a guest at the resort, spoke.')).toEqual(['Xi Jinping']);
    const tokens = tokenizeWords('Jane Smith, a hotel owner, spoke');
    expect(isVenueName(tokens, 0, 1)).toBe(false);
  });
});

describe('person keys within an article', () => {
  it('resolves "Xi", "President Xi" and "Xi Jinping\'s" to xi jinping', () => {
    const people = extractPeople(
      article(
        'Xi arrived.',
        'Chinese President Xi Jinping spoke.',
        'President Xi smiled.',
        "Xi Jinping's aides left.",
      ).sentences,
    );
    expect(people.map((person) => person.key)).toEqual([
      'xi jinping',
      'xi jinping',
      'xi jinping',
      'xi jinping',
    ]);
  });

  it('resolves a bare family name to the one full name that starts with it', () => {
    const people = extractPeople(
      article('South Korean President Lee Jae Myung met Trump.', 'Lee said the talks went well.')
        .sentences,
    );
    expect(people.find((person) => person.name === 'Lee')?.key).toBe('lee jae myung');
  });

  it('does not merge a bare name that two people in the article share', () => {
    const people = extractPeople(
      article(
        'South Korean President Lee Jae Myung met Singapore Prime Minister Lee Hsien Loong.',
        'Lee said the talks went well.',
      ).sentences,
    );
    expect(people.find((person) => person.name === 'Lee')?.key).toBe('lee');
  });

  it('normalises keys: case, diacritics, hyphens, dots and middle initials', () => {
    expect(personNameKey('Yoon Suk-yeol')).toBe('yoon suk yeol');
    expect(personNameKey('Donald J. Trump')).toBe('donald trump');
    expect(personNameKey('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(personNameKey('Ferdinand Marcos Jr.')).toBe('ferdinand marcos jr');
  });

  it('resolves surname-last and family-name-first short forms, and nothing else', () => {
    const map = resolveShortNames([
      'takaichi',
      'sanae takaichi',
      'xi',
      'xi jinping',
      'marcos',
      'ferdinand marcos jr',
      'jinping jones',
    ]);
    expect(map.get('takaichi')).toBe('sanae takaichi');
    expect(map.get('xi')).toBe('xi jinping');
    expect(map.get('marcos')).toBe('ferdinand marcos jr');
    expect(map.has('sanae takaichi')).toBe(false);
    // "Jinping" fits the end of "Xi Jinping" and the start of "Jinping Jones": two people.
    expect(resolveShortNames(['jinping', 'xi jinping', 'jinping jones']).has('jinping')).toBe(
      false,
    );
  });

  it('resolves through the longest name: "Hooper" and "Rapp Hooper" both go to Mira Rapp-Hooper', () => {
    const map = resolveShortNames(['hooper', 'rapp hooper', 'mira rapp hooper']);
    expect(map.get('hooper')).toBe('mira rapp hooper');
    expect(map.get('rapp hooper')).toBe('mira rapp hooper');
  });

  it('never turns a full name into a longer one with a suffix ("Donald Trump" vs "Donald Trump Jr.")', () => {
    const map = resolveShortNames(['trump', 'donald trump', 'donald trump jr']);
    expect(map.has('donald trump')).toBe(false);
    expect(map.has('trump')).toBe(false);
  });

  it('handles thousands of names sharing one surname', () => {
    const keys = Array.from({ length: 5_000 }, (_, index) => `given${index} smith`);
    const map = resolveShortNames([...keys, 'smith']);
    expect(map.has('smith')).toBe(false);
  });
});

describe('resolvePersonKeys across a cluster', () => {
  const first = extractPeople(article('President Xi met President Trump.').sentences);
  const second = extractPeople(
    article('Chinese President Xi Jinping and Donald Trump met.').sentences,
  );
  const third = extractPeople(
    article('Lee Jae Myung and Lee Hsien Loong spoke.', 'Lee left.').sentences,
  );

  it('gives a short form the key of the one full name any article of the cluster uses', () => {
    const { mentionsByArticle, keyMapByArticle } = resolvePersonKeys([first, second]);
    expect(mentionsByArticle[0]?.map((person) => person.key)).toEqual([
      'xi jinping',
      'donald trump',
    ]);
    expect(keyMapByArticle[0]).toEqual({ trump: 'donald trump', xi: 'xi jinping' });
  });

  it('does not depend on article order', () => {
    const forward = resolvePersonKeys([first, second, third]);
    const backward = resolvePersonKeys([third, second, first]);
    expect(forward.mentionsByArticle[0]).toEqual(backward.mentionsByArticle[2]);
    expect(forward.mentionsByArticle[2]).toEqual(backward.mentionsByArticle[0]);
  });

  it('keeps an ambiguous short form unresolved and leaves bylines alone', () => {
    const { mentionsByArticle } = resolvePersonKeys([third]);
    expect(mentionsByArticle[0]?.at(-1)?.key).toBe('lee');
    const byline: PersonMention = {
      name: 'Xi',
      key: 'xi',
      sentenceIndex: 0,
      start: 3,
      end: 5,
      source: 'pattern',
      byline: true,
    };
    expect(resolvePersonKeys([[byline], second]).mentionsByArticle[0]?.[0]?.key).toBe('xi');
  });

  it('does not modify its input', () => {
    const frozen = deepFreeze([
      first.map((person) => ({ ...person })),
      second.map((person) => ({ ...person })),
    ]);
    expect(() => resolvePersonKeys(frozen)).not.toThrow();
    expect(frozen[0]?.[0]?.key).toBe('xi');
  });

  it('gives spellings of one name across articles one key: "Zelensky"/"Zelenskyy", "Lee Jae Myung"/"Lee Jaemyung"', () => {
    const a = extractPeople(
      article('Volodymyr Zelensky spoke.', 'Zelensky left.', 'Lee Jaemyung listened.').sentences,
    );
    const b = extractPeople(
      article('Ukrainian President Volodymyr Zelenskyy spoke.', 'Lee Jae Myung nodded.').sentences,
    );
    const c = extractPeople(article('Volodymyr Zelenskyy thanked Zelenskyy aides.').sentences);
    const { mentionsByArticle, keyMapByArticle } = resolvePersonKeys([a, b, c]);
    expect(mentionsByArticle[0]?.map((person) => person.key)).toEqual([
      'volodymyr zelenskyy',
      'volodymyr zelenskyy',
      'lee jae myung',
    ]);
    expect(keyMapByArticle[0]).toMatchObject({ 'volodymyr zelensky': 'volodymyr zelenskyy' });
    const backward = resolvePersonKeys([c, b, a]);
    expect(backward.mentionsByArticle[2]).toEqual(mentionsByArticle[0]);
  });

  it('keeps different people with similar names apart: Kim Jong Un and Kim Jong Nam, Trump and Trump Jr.', () => {
    const a = extractPeople(article('Kim Jong Un and Donald Trump met.').sentences);
    const b = extractPeople(article('Kim Jong Nam and Donald Trump Jr. met.').sentences);
    const { mentionsByArticle } = resolvePersonKeys([a, b]);
    expect(mentionsByArticle.flat().map((person) => person.key)).toEqual([
      'kim jong un',
      'donald trump',
      'kim jong nam',
      'donald trump jr',
    ]);
  });

  it('does not merge two spellings one article uses side by side: they are two people', () => {
    const map = resolveSpellingVariants([['robert kennedy', 'robert kenney'], ['robert kenney']]);
    expect(map.size).toBe(0);
    expect(resolveSpellingVariants([['robert kennedy'], ['robert kenney']]).size).toBe(1);
  });

  it('leaves an ambiguous chain of spellings alone: A ~ B and B ~ C, but A is not C', () => {
    expect(isSpellingVariant('kim abcdef', 'kim abcdefgh')).toBe(true);
    expect(isSpellingVariant('kim abcdefgh', 'kim abcdefghij')).toBe(true);
    expect(isSpellingVariant('kim abcdef', 'kim abcdefghij')).toBe(false);
    const map = resolveSpellingVariants([['kim abcdef'], ['kim abcdefgh'], ['kim abcdefghij']]);
    expect(map.size).toBe(0);
  });

  it('reads spellings by skeleton or by Jaro–Winkler on the rest after the same first word', () => {
    expect(isSpellingVariant('anna karenina', 'anna karenin')).toBe(true);
    expect(isSpellingVariant('kim jong un', 'kim jong nam')).toBe(false);
    expect(isSpellingVariant('kim jong un', 'kim jong il')).toBe(false);
    expect(isSpellingVariant('donald trump', 'donald trump jr')).toBe(false);
    expect(isSpellingVariant('johnson', 'johnston')).toBe(false);
    expect(isSpellingVariant('zelensky', 'zelenskyy')).toBe(true);
    expect(nameSkeleton('lee jae myung')).toBe(nameSkeleton('lee jaemyung'));
    expect(NAME_VARIANT_SIMILARITY).toBeGreaterThan(0.921);
  });

  for (const hostile of hostileCases('resolveSpellingVariants')) {
    it(`leaves ${hostile.name} apart when each is a spelling of several others (medium size; fuzz/complexity.ts times the growth)`, () => {
      const keys = hostile.input(1).split('\n');
      const map = resolveSpellingVariants([keys]);
      for (const [key, canonical] of map) {
        expect(keys).toContain(key);
        expect(keys).toContain(canonical);
      }
      expect(map.size).toBe(0);
    });
  }

  it('rejects input that is not one array of mentions per article', () => {
    expect(() => resolvePersonKeys({} as never)).toThrow(CorroborateError);
    expect(() => resolvePersonKeys([[{ name: 'Xi' }]] as never)).toThrow(/non-empty string key/);
  });
});
