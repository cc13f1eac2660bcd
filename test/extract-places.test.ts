import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.js';
import {
  capitalOf,
  countryNameOf,
  matchGazetteer,
  tokenizeSentences,
} from '../src/extract/gazetteer.js';
import { CITIES, COUNTRIES, REGIONS } from '../src/extract/gazetteer-data.js';
import { demonymPlacePhrase, extractPlaces } from '../src/extract/places.js';
import type { PlaceMention } from '../src/extract/types.js';
import {
  TokenTrie,
  tokenEndingAt,
  tokenizeWords,
  tokenStartingAt,
} from '../src/text/word-tokens.js';
import { article } from './helpers/article.js';
import { hostileCases } from './helpers/hostile-inputs.js';

function places(...sentences: string[]): PlaceMention[] {
  return extractPlaces(article(...sentences).sentences);
}

function placeNames(...sentences: string[]): string[] {
  return places(...sentences).map((place) => place.name);
}

describe('tokenizeWords', () => {
  it('keeps initialisms, abbreviations and initials whole, with a dot-free norm', () => {
    const tokens = tokenizeWords('U.S. Sen. J. Doe met Ferdinand Marcos Jr. in Washington, D.C.');
    expect(tokens.map((token) => token.text)).toEqual([
      'U.S.',
      'Sen.',
      'J.',
      'Doe',
      'met',
      'Ferdinand',
      'Marcos',
      'Jr.',
      'in',
      'Washington',
      ',',
      'D.C.',
    ]);
    expect(tokens[0]).toMatchObject({ norm: 'us', allCaps: true, capitalised: true });
  });

  it('marks possessives and hyphen joins instead of making tokens of them', () => {
    const tokens = tokenizeWords("Xi Jinping's aide, the leaders' talks and Mira Rapp-Hooper");
    expect(tokens.map((token) => [token.text, token.possessive, token.joined])).toEqual([
      ['Xi', false, false],
      ['Jinping', true, false],
      ['aide', false, false],
      [',', false, false],
      ['the', false, false],
      ['leaders', true, false],
      ['talks', false, false],
      ['and', false, false],
      ['Mira', false, false],
      ['Rapp', false, false],
      ['Hooper', false, true],
    ]);
  });

  it('keeps internal apostrophes, numbers with separators, and folds diacritics and curly quotes', () => {
    const tokens = tokenizeWords('O’Brien paid $2.8 trillion, 500,000 in Türkiye’s capital.');
    expect(tokens.map((token) => token.norm)).toEqual([
      "o'brien",
      'paid',
      '$',
      '2.8',
      'trillion',
      ',',
      '500,000',
      'in',
      'turkiye',
      'capital',
      '.',
    ]);
    expect(tokens[8]?.possessive).toBe(true);
  });

  it('matches a place across a Unicode space or a soft hyphen (the old word scanner made punctuation of them)', () => {
    expect(placeNames('Talks were held in New\u202FYork.')).toEqual(['New York']);
    expect(placeNames('Talks were held in Ge\u00ADneva.')).toEqual(['Geneva']);
    // Punctuation between the words still breaks the name.
    expect(placeNames('Talks were held in New, York.')).not.toContain('New York');
  });

  it('has offsets that slice back to each token', () => {
    const text = 'South Korea’s “new” leader—Lee Jae-myung—spoke.';
    for (const token of tokenizeWords(text))
      expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  for (const hostile of hostileCases('tokenizeWords')) {
    it(`reads ${hostile.name} into tokens that slice back (medium size; fuzz/complexity.ts times the growth)`, () => {
      const text = hostile.input(1);
      const tokens = tokenizeWords(text);
      expect(tokens.length).toBeGreaterThan(0);
      for (const token of tokens) {
        if (text.slice(token.start, token.end) !== token.text)
          expect.fail(
            `${JSON.stringify(token.text.slice(0, 20))} at ${token.start} does not slice back`,
          );
      }
    });
  }
});

describe('TokenTrie', () => {
  it('matches the longest phrase and respects case rules', () => {
    const trie = new TokenTrie<string>();
    trie.insert(tokenizeWords('Korea'), 'korea');
    trie.insert(tokenizeWords('South Korea'), 'south-korea');
    trie.insert(tokenizeWords('US'), 'us');
    expect(
      trie.matchAll(tokenizeWords('in South Korea and Korea')).map((match) => match.values[0]),
    ).toEqual(['south-korea', 'korea']);
    expect(trie.matchAll(tokenizeWords('told us about the US'))).toHaveLength(1);
    expect(trie.matchAll(tokenizeWords('south korea'))).toHaveLength(0);
  });
});

describe('tokenized sentences', () => {
  it('tokenizes each sentence once and matches the gazetteer on those tokens', () => {
    const { sentences } = article('Trump flew to Tokyo.', 'He met Takaichi.');
    const { tokens, places } = tokenizeSentences(sentences);
    expect(tokens[0]?.map((token) => token.text)).toEqual(['Trump', 'flew', 'to', 'Tokyo', '.']);
    expect(places[0]?.map((match) => match.values[0]?.name)).toEqual(['Tokyo']);
    expect(places[1]).toEqual([]);
    expect(places[0]?.[0]).toEqual(matchGazetteer(tokens[0]!)[0]);
  });

  it("finds tokens by start and end offset, a name ending before a dotted word's dot", () => {
    const tokens = tokenizeWords('It was Hun Sen.');
    expect(tokenStartingAt(tokens, 7)).toBe(2);
    expect(tokenStartingAt(tokens, 8)).toBe(-1);
    expect(tokenEndingAt(tokens, 15)).toBe(3);
    expect(tokenEndingAt(tokens, 14)).toBe(3);
    expect(tokenEndingAt(tokens, 13)).toBe(-1);
  });
});

describe('gazetteer data', () => {
  it('lists every UN member state and four non-members, each code once', () => {
    const codes = COUNTRIES.trim()
      .split('\n')
      .map((line) => line.split('|')[0]);
    expect(codes).toHaveLength(197);
    expect(new Set(codes).size).toBe(197);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('gives every city line a known country and about 330 cities, capitals marked', () => {
    const lines = CITIES.trim().split('\n');
    const cities = lines.flatMap((line) => (line.split('|')[1] ?? '').split(';'));
    expect(cities.length).toBeGreaterThan(300);
    for (const line of lines) expect(countryNameOf(line.split('|')[0] ?? '')).toBeDefined();
    expect(cities.filter((city) => city.startsWith('*')).length).toBeGreaterThan(180);
    expect(REGIONS).toContain('Southeast Asia');
  });

  it('resolves aliases to canonical names', () => {
    const names = matchGazetteer(
      tokenizeWords('ROK, Burma, Türkiye, the DPRK, Kiev, Saigon and the UK'),
    ).map((match) => match.values[0]?.name);
    expect(names).toEqual([
      'South Korea',
      'Myanmar',
      'Turkey',
      'North Korea',
      'Kyiv',
      'Ho Chi Minh City',
      'United Kingdom',
    ]);
  });
});

describe('gazetteer regions and capitals', () => {
  it('knows regions by their English and local names as one place: Apulia = Puglia, Bavaria = Bayern', () => {
    const found = matchGazetteer(
      tokenizeWords(
        'Apulia, Puglia, Sicily, Sicilia, Bavaria, Bayern, Tuscany, Catalunya and Quebec',
      ),
    ).map((match) => [match.values[0]?.name, match.values[0]?.countryCode]);
    expect(found).toEqual([
      ['Apulia', 'IT'],
      ['Apulia', 'IT'],
      ['Sicily', 'IT'],
      ['Sicily', 'IT'],
      ['Bavaria', 'DE'],
      ['Bavaria', 'DE'],
      ['Tuscany', 'IT'],
      ['Catalonia', 'ES'],
      ['Quebec', 'CA'],
    ]);
    expect(placeNames('The summit in Puglia ended, and leaders flew home from Apulia.')).toEqual([
      'Apulia',
      'Apulia',
    ]);
  });

  it('gives region demonyms to their region: "Apulian" → Apulia', () => {
    const [apulian] = extractPlaces(article('Apulian farmers protested.').sentences, {
      adjectives: true,
    });
    expect(apulian).toMatchObject({ name: 'Apulia', kind: 'region', form: 'adjective' });
  });

  it('lists each capital once by country code, Vilnius among them', () => {
    expect(capitalOf('LT')?.name).toBe('Vilnius');
    expect(capitalOf('KR')?.name).toBe('Seoul');
    expect(capitalOf('ZZ')).toBeUndefined();
  });
});

describe('"the <demonym> capital", "the <demonym> coast"', () => {
  it('resolves "the Lithuanian capital" to Vilnius, a capital city of Lithuania', () => {
    const { text, sentences } = article('The two-day summit in the Lithuanian capital ended.');
    const [place] = extractPlaces(sentences);
    expect(place).toMatchObject({
      name: 'Vilnius',
      kind: 'city',
      country: 'Lithuania',
      countryCode: 'LT',
      capital: true,
      form: 'name',
      metonym: false,
    });
    expect(text.slice(place?.start, place?.end)).toBe('Lithuanian capital');
  });

  it('resolves "the Apulian coast" to Apulia and "the Chinese mainland" to China', () => {
    expect(placeNames('Leaders gathered on the Apulian coast this week.')).toEqual(['Apulia']);
    expect(placeNames('Flights to the Chinese mainland resumed.')).toEqual(['China']);
  });

  it('marks the named capital after "the Lithuanian capital," as its appositive', () => {
    const found = places('They met in the Lithuanian capital, Vilnius, on Tuesday.');
    expect(found.map((place) => [place.name, place.appositive])).toEqual([
      ['Vilnius', false],
      ['Vilnius', true],
    ]);
  });

  it('does not read money as a capital city: "the Chinese capital markets", "Chinese capital"', () => {
    expect(placeNames('Investors fled the Chinese capital markets.')).toEqual([]);
    expect(placeNames('Chinese capital is pouring into Kenya.')).toEqual(['Kenya']);
    expect(placeNames('The Lithuanian economy grew.')).toEqual([]);
    const tokens = tokenizeWords('the Chinese capital controls');
    const [match] = matchGazetteer(tokens);
    expect(match && demonymPlacePhrase(tokens, match)).toBeNull();
  });
});

describe('extractPlaces', () => {
  it('finds countries, cities and regions with their country, and article offsets', () => {
    const { text, sentences } = article(
      'Trump left.',
      'His Asia trip stops in Malaysia, Japan and Kuala Lumpur.',
    );
    const found = extractPlaces(sentences);
    expect(found.map((place) => [place.name, place.kind, place.country ?? null])).toEqual([
      ['Asia', 'region', null],
      ['Malaysia', 'country', 'Malaysia'],
      ['Japan', 'country', 'Japan'],
      ['Kuala Lumpur', 'city', 'Malaysia'],
    ]);
    for (const place of found) expect(text.slice(place.start, place.end)).toBe(place.text);
    expect(found[3]).toMatchObject({ countryCode: 'MY', capital: true, sentenceIndex: 1 });
  });

  it('prefers the longest name: South Korea, not Korea; North Korea is another country', () => {
    expect(placeNames('South Korea and North Korea met in Korea.')).toEqual([
      'South Korea',
      'North Korea',
      'South Korea',
    ]);
  });

  it('never reads the pronoun "us" as the United States', () => {
    expect(placeNames('They told us the US and the U.S.A. agree.')).toEqual([
      'United States',
      'United States',
    ]);
  });

  it('returns demonyms only on request', () => {
    expect(placeNames('The German chancellor met Chinese officials.')).toEqual([]);
    const found = extractPlaces(article('The German chancellor met Chinese officials.').sentences, {
      adjectives: true,
    });
    expect(found.map((place) => [place.name, place.form])).toEqual([
      ['Germany', 'adjective'],
      ['China', 'adjective'],
    ]);
  });

  it('reads Washington as the US capital', () => {
    expect(places('Trump returned to Washington.')[0]).toMatchObject({
      name: 'Washington',
      kind: 'city',
      country: 'United States',
      capital: true,
      metonym: false,
    });
  });

  it('skips place names inside longer proper names, but keeps event nouns and headings', () => {
    expect(placeNames('The Washington Post and Malaysia Airlines reported it.')).toEqual([]);
    expect(placeNames('A statue of George Washington stands here, said Jordan Peterson.')).toEqual(
      [],
    );
    expect(placeNames('Leaders gathered for the Beijing Summit.')).toEqual(['Beijing']);
    expect(placeNames('Trump Heads to Asia Seeking Trade Deal')).toEqual(['Asia']);
  });

  it('skips byline lines', () => {
    expect(placeNames('By Laura Bicker, China correspondent')).toEqual([]);
  });

  it('rejects bad sentences and options', () => {
    expect(() => extractPlaces(null as never)).toThrow(CorroborateError);
    expect(() => extractPlaces([], { adjectives: 'yes' } as never)).toThrow(/options.adjectives/);
  });

  it('stays linear on a 200,000-character sentence of capitalised words and repeated places', () => {
    const capitals = Array.from({ length: 40_000 }, (_, index) => `Word${index % 11}`).join(' ');
    const repeated = 'Washington and Beijing '.repeat(9_000);
    extractPlaces([{ text: capitals, start: 0, end: capitals.length }]);
    const found = extractPlaces([{ text: repeated, start: 0, end: repeated.length }]);
    expect(found).toHaveLength(18_000);
  });
});

describe('capital metonyms', () => {
  function metonyms(sentence: string): string[] {
    return places(sentence)
      .filter((place) => place.metonym)
      .map((place) => place.name);
  }

  it('marks capitals that are the subject of a verb of stance, saying or trade', () => {
    expect(metonyms('Washington and Beijing remain divided over tariffs.')).toEqual([
      'Washington',
      'Beijing',
    ]);
    expect(metonyms('Washington and Beijing trade new threats.')).toEqual([
      'Washington',
      'Beijing',
    ]);
    expect(metonyms('The meeting is planned, though Beijing has yet to confirm it.')).toEqual([
      'Beijing',
    ]);
    expect(metonyms('Seoul also said it would wait.')).toEqual(['Seoul']);
  });

  it('does not mark capitals that are locations, owners, or countries', () => {
    expect(metonyms('Whether Trump returns to Washington with new deals is unclear.')).toEqual([]);
    expect(metonyms('Trump meets Xi in Beijing on Thursday.')).toEqual([]);
    expect(metonyms('He remains jailed under Beijing’s security laws.')).toEqual([]);
    expect(metonyms('Beijing on Thursday was cold.')).toEqual([]);
    expect(metonyms('China has yet to confirm it.')).toEqual([]);
  });
});

describe('appositive places', () => {
  it('marks the country (or the same city) after a city and a comma', () => {
    const found = places('They meet in Busan, South Korea, and later in Washington, D.C., U.S.');
    expect(found.map((place) => [place.text, place.appositive])).toEqual([
      ['Busan', false],
      ['South Korea', true],
      ['Washington', false],
      ['D.C.', true],
      ['U.S.', true],
    ]);
  });

  it('does not mark a list of countries or a city of another country', () => {
    expect(places('Malaysia, Japan and Tokyo, Seoul.').some((place) => place.appositive)).toBe(
      false,
    );
  });
});
