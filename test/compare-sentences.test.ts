import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareProfiles,
  compareSentences,
  NAME_SPELLING_THRESHOLD,
  nameMatchStrength,
  SAME_SENTENCE_THRESHOLD,
  sameFigure,
} from '../src/align/compare-sentences.js';
import { paraphraseFeatures, unmatchedRuns } from '../src/align/paraphrase-features.js';
import { PARAPHRASE_MODEL } from '../src/align/paraphrase-model.js';
import {
  atTrivialCapitalPosition,
  dollarAfterSign,
  isAcronym,
  looksTitleCased,
  type NumberMention,
  nameKey,
  negationTerm,
  profileContent,
  profileSentence,
  sentenceBigrams,
  spelledNumberValue,
} from '../src/align/sentence-profile.js';
import {
  buildTermWeights,
  DEFAULT_TERM_WEIGHTS,
  defaultTermWeight,
} from '../src/align/term-weights.js';
import { CorroborateError } from '../src/errors.js';
import { bigramProfile } from '../src/text/bigrams.js';
import { jaroWinklerSimilarity } from '../src/text/natural-adapter.js';
import { tokenize } from '../src/text/tokenize.js';

const figure = (value: number, unit: NumberMention['unit'], currency?: string): NumberMention => ({
  text: String(value),
  start: 0,
  end: 1,
  value,
  unit,
  ...(currency === undefined ? {} : { currency }),
});

// Sentences written for these tests (not taken from any article).
const SENTENCES = [
  'The two leaders agreed to extend the trade truce for another year.',
  'Both leaders agreed to extend their trade truce by one more year.',
  'Heavy rain flooded the northern highway overnight.',
  'Exports rose 4.5% in October, the ministry said.',
  'Prime Minister Sanae Takaichi greeted the visiting delegation in Tokyo.',
  'The central bank raised interest rates by a quarter point.',
  'Officials said the talks in Busan lasted nearly two hours.',
  'The talks in Busan lasted almost two hours, officials said.',
  '',
  '!!!',
];

describe('compareSentences: what counts as the same statement', () => {
  it('scores paraphrases high and judges them the same', () => {
    const result = compareSentences(SENTENCES[0]!, SENTENCES[1]!);
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.probability).toBeGreaterThanOrEqual(SAME_SENTENCE_THRESHOLD);
    expect(result.same).toBe(true);
    expect(result.sameTopic).toBe(true);
  });

  it('grades a sentence plus an extra clause as similar but not the same statement', () => {
    const short = 'The central bank raised interest rates on Tuesday.';
    const long =
      'The central bank raised interest rates on Tuesday, a move that angered exporters, retailers and several opposition lawmakers in parliament.';
    const result = compareSentences(short, long);
    expect(result.features.maxCoverage).toBe(1);
    expect(result.features.paraphrase.longestUnmatchedRun).toBeGreaterThanOrEqual(5);
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.same).toBe(false);
    expect(result.probability).toBeLessThan(SAME_SENTENCE_THRESHOLD);
  });

  it('ranks graded similarity: identical > reworded > unrelated', () => {
    const identical = compareSentences(SENTENCES[0]!, SENTENCES[0]!).score;
    const reworded = compareSentences(SENTENCES[0]!, SENTENCES[1]!).score;
    const unrelated = compareSentences(SENTENCES[0]!, SENTENCES[2]!).score;
    expect(identical).toBe(1);
    expect(reworded).toBeLessThan(identical);
    expect(unrelated).toBeLessThan(reworded);
  });

  it('recognises a reordered sentence with an attribution clause moved', () => {
    const result = compareSentences(SENTENCES[6]!, SENTENCES[7]!);
    expect(result.same).toBe(true);
    expect(result.features.sharedNames.map((pair) => pair.a.text)).toEqual(['Busan']);
  });

  it('scores unrelated sentences low: neither same nor on topic', () => {
    const result = compareSentences(SENTENCES[5]!, SENTENCES[2]!);
    expect(result.score).toBeLessThan(0.25);
    expect(result.same).toBe(false);
    expect(result.sameTopic).toBe(false);
  });

  it('keeps a one-figure difference on topic and exposes both figures', () => {
    const result = compareSentences(
      'Exports rose 4.5% in October, the ministry said.',
      'Exports rose 5.1% in October, the ministry said.',
    );
    expect(result.sameTopic).toBe(true);
    expect(result.score).toBeGreaterThan(0.6);
    expect(result.features.numbersOnlyInA).toMatchObject([
      { text: '4.5%', value: 4.5, unit: 'percent' },
    ]);
    expect(result.features.numbersOnlyInB).toMatchObject([
      { text: '5.1%', value: 5.1, unit: 'percent' },
    ]);
    expect(result.features.numberOverlap).toBe(0);
  });

  it('keeps a one-name difference on topic and exposes both names', () => {
    const result = compareSentences(
      'The two presidents met in Busan on Thursday morning.',
      'The two presidents met in Gyeongju on Thursday morning.',
    );
    expect(result.sameTopic).toBe(true);
    expect(result.features.namesOnlyInA.map((name) => name.text)).toEqual(['Busan']);
    expect(result.features.namesOnlyInB.map((name) => name.text)).toEqual(['Gyeongju']);
  });

  it('matches one amount written two ways: $550 billion and 550bn dollars', () => {
    const result = compareSentences(
      'The country pledged $550 billion in new investment.',
      'The country pledged 550bn dollars in new investment.',
    );
    expect(result.same).toBe(true);
    expect(result.features.sharedNumbers).toHaveLength(1);
    expect(result.features.sharedNumbers[0]!.a).toMatchObject({ value: 550e9, unit: 'money' });
    expect(result.features.numbersOnlyInA).toEqual([]);
  });

  it('scores identical sentences exactly 1', () => {
    for (const sentence of SENTENCES.slice(0, 8)) {
      expect(compareSentences(sentence, sentence).score).toBe(1);
    }
  });

  it('scores identical text 1 for any sentence with a word in it (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('talks', 'Busan', '53,000'),
        (noise, word) => {
          const sentence = `${noise} ${word}`;
          expect(compareSentences(sentence, sentence).score).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scores empty and wordless sentences 0, never NaN', () => {
    for (const [a, b] of [
      ['', ''],
      ['', 'Busan'],
      ['   ', '!!!'],
      ['!!!', '!!!'],
    ] as const) {
      const result = compareSentences(a, b);
      expect(result.score).toBe(0);
      expect(result.probability).toBe(0);
      expect(result.same).toBe(false);
      expect(result.sameTopic).toBe(false);
      expect(Number.isNaN(result.features.dice)).toBe(false);
      expect(Number.isNaN(result.features.weightedOverlap)).toBe(false);
    }
  });

  it('is symmetric: swapping sentences swaps only the A/B fields (property)', () => {
    const sentence = fc
      .array(
        fc.constantFrom(
          'Trump',
          'Xi Jinping',
          'Busan',
          'Beijing',
          'met',
          'in',
          'the',
          'on',
          '$2.8 trillion',
          '53,000',
          '4.5%',
          'talks',
          'agreed',
          'U.S.',
          'Takaichi',
          ',',
          'said',
        ),
        { maxLength: 14 },
      )
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const ab = compareSentences(a, b);
        const ba = compareSentences(b, a);
        expect(ab.score).toBe(ba.score);
        expect(ab.probability).toBe(ba.probability);
        expect(ab.features.paraphrase).toEqual(ba.features.paraphrase);
        expect(ab.same).toBe(ba.same);
        expect(ab.sameTopic).toBe(ba.sameTopic);
        expect(ab.features.weightedOverlap).toBe(ba.features.weightedOverlap);
        expect(ab.features.dice).toBe(ba.features.dice);
        expect(ab.features.namesOnlyInA).toEqual(ba.features.namesOnlyInB);
        expect(ab.features.numbersOnlyInA).toEqual(ba.features.numbersOnlyInB);
        expect(ab.features.sharedNames.map(({ a: x, b: y }) => ({ a: y, b: x }))).toEqual(
          ba.features.sharedNames,
        );
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        expect(ab.probability).toBeGreaterThanOrEqual(0);
        expect(ab.probability).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('returns plain JSON-serialisable results', () => {
    const result = compareSentences(SENTENCES[6]!, SENTENCES[7]!);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('does not mutate the profiles it compares', () => {
    const a = profileSentence(SENTENCES[3]!);
    const b = profileSentence('Exports rose 5.1% in October.');
    const before = JSON.stringify([a, b]);
    compareProfiles(a, b);
    compareProfiles(b, a, buildTermWeights([a, b]));
    expect(JSON.stringify([a, b])).toBe(before);
  });
});

describe('compareSentences: options and errors', () => {
  it('accepts collection weights and a custom threshold', () => {
    const profiles = SENTENCES.map(profileSentence);
    const weights = buildTermWeights(profiles);
    const strict = compareSentences(SENTENCES[0]!, SENTENCES[1]!, { weights, threshold: 0.99 });
    expect(strict.same).toBe(false);
    const loose = compareSentences(SENTENCES[0]!, SENTENCES[1]!, { weights, threshold: 0 });
    expect(loose.same).toBe(true);
  });

  it('rejects a non-string sentence with INVALID_ARTICLE', () => {
    expect(() => compareSentences(undefined as unknown as string, 'x')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARTICLE' }),
    );
  });

  it('rejects malformed options with INVALID_OPTION and says what to fix', () => {
    const cases: unknown[] = [
      null,
      [],
      { threshold: 2 },
      { threshold: Number.NaN },
      { threshold: '0.5' },
      { weights: {} },
    ];
    for (const options of cases) {
      try {
        compareSentences('a', 'b', options as never);
        expect.unreachable(`accepted ${JSON.stringify(options)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(CorroborateError);
        expect((error as CorroborateError).code).toBe('INVALID_OPTION');
        expect((error as CorroborateError).message).toMatch(/options/);
      }
    }
  });

  it('handles huge adversarial sentences (a blow-up would hit the test timeout)', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Aa${i.toString(36)}`).join(' ');
    const figures = Array.from({ length: 20_000 }, (_, i) => `$${i} billion`).join(' ');
    compareSentences(names, `${names} Zz`);
    compareSentences(figures, `${figures} 1`);
    compareSentences('Ab '.repeat(50_000), 'Ab '.repeat(50_001));
  });
});

describe('profileContent and sentenceBigrams', () => {
  it('equal the corresponding parts of the full profile, on news sentences and random text', () => {
    const check = (text: string) => {
      const full = profileSentence(text);
      expect(profileContent(text)).toEqual({
        text,
        terms: full.terms,
        termCounts: full.termCounts,
        numbers: full.numbers,
      });
      expect(sentenceBigrams(text)).toEqual(bigramProfile(full.lower));
      // The prepare stage passes the sentence's tokens: the same profile, no second tokenization.
      expect(profileContent(text, tokenize(text))).toEqual(profileContent(text));
    };
    for (const text of SENTENCES) check(text);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => check(text)),
      { seed: 7 },
    );
  });

  it('reject a non-string the way profileSentence does', () => {
    expect(() => profileContent(42 as unknown as string)).toThrow(CorroborateError);
  });
});

describe('profileSentence', () => {
  it('keeps one sorted vocabulary of all terms, a string read both ways counted once', () => {
    // "US" the acronym is a content term, "us" the pronoun a stopword: same string, one entry.
    const profile = profileSentence('US officials told us the US talks would go on.');
    expect(profile.terms).toContain('us');
    expect(profile.functionTerms).toContain('us');
    expect(profile.vocabulary).toEqual([...new Set(profile.sequence)].sort());
    expect(profile.vocabularyCounts[profile.vocabulary.indexOf('us')]).toBe(3);
    expect(profile.sequenceIds.map((id) => profile.vocabulary[id])).toEqual(profile.sequence);
  });

  it('reads "according to" as attribution, but "accord" and "accords" as the agreement', () => {
    // "According to the White House" once stemmed to "accord" and matched "a trade accord".
    expect(profileSentence('According to the White House, they will meet.').terms).not.toContain(
      'accord',
    );
    expect(profileSentence('The two sides signed an accord.').terms).toContain('accord');
    expect(profileSentence('The accords were signed.').terms).toContain('accord');
  });

  it('keeps content stems, figures as values and stopwords apart', () => {
    const profile = profileSentence('The leaders didn\u2019t agree on 53,000 troops in the U.S.');
    expect(profile.terms).toEqual(['53000', 'agre', 'leader', 'not', 'troop', 'us']);
    expect(profile.functionTerms).toEqual(['in', 'on', 'the']);
    expect(profile.termCounts).toEqual([1, 1, 1, 1, 1, 1]);
    expect(profile.functionTermCounts).toEqual([1, 1, 2]);
  });

  it('splits plain hyphenated words into stems but keeps codes whole', () => {
    expect(profileSentence('Asia-Pacific F-35 sales').terms).toEqual([
      'asia',
      'f-35',
      'pacif',
      'sale',
    ]);
  });

  it('finds names without titles: Prime Minister Sanae Takaichi → Sanae Takaichi', () => {
    const profile = profileSentence(SENTENCES[4]!);
    expect(profile.names.map((name) => name.text)).toEqual(['Sanae Takaichi', 'Tokyo']);
    const name = profile.names[0]!;
    expect(SENTENCES[4]!.slice(name.start, name.end)).toBe('Sanae Takaichi');
  });

  it('joins name particles: Ursula von der Leyen, Mohammed bin Salman', () => {
    const keys = profileSentence('He met Ursula von der Leyen and Mohammed bin Salman.').names.map(
      (name) => name.key,
    );
    expect(keys).toEqual(['ursula von der leyen', 'mohammed bin salman']);
  });

  it('does not join names across an ordinary lower-case word', () => {
    const keys = profileSentence('He met Lee and then Xi in Busan.').names.map((n) => n.key);
    expect(keys).toEqual(['lee', 'xi', 'busan']);
  });

  it('ends a name at a possessive and drops the ’s from its text', () => {
    const names = profileSentence('It was Xi\u2019s first visit to Busan.').names;
    expect(names.map((name) => [name.text, name.key])).toEqual([
      ['Xi', 'xi'],
      ['Busan', 'busan'],
    ]);
  });

  it('marks a lone sentence-initial capital as uncertain', () => {
    const names = profileSentence('Officials met Lee Jae-myung.').names;
    expect(names.map((name) => [name.key, name.uncertain === true])).toEqual([
      ['officials', true],
      ['lee jae myung', false],
    ]);
  });

  it('counts an uncertain name only when the other sentence confirms it', () => {
    const confirmed = compareSentences('Trump met Xi.', 'Then President Trump met Xi.');
    expect(confirmed.features.sharedNames.map((pair) => pair.b.text)).toEqual(['Trump', 'Xi']);
    const unconfirmed = compareSentences('Officials met Xi.', 'Aides met Xi.');
    expect(unconfirmed.features.namesOnlyInA).toEqual([]);
    expect(unconfirmed.features.namesOnlyInB).toEqual([]);
  });

  it('reads months and weekdays as dates, not names', () => {
    expect(
      profileSentence('They met on Thursday in October in Busan.').names.map((n) => n.key),
    ).toEqual(['busan']);
  });

  it('normalises figures with currency, scale and unit', () => {
    const values = (text: string) =>
      profileSentence(text).numbers.map((n) => [n.text, n.value, n.unit, n.currency ?? null]);
    expect(values('a $2.8 trillion economy')).toEqual([['$2.8 trillion', 2.8e12, 'money', 'USD']]);
    expect(values('550bn dollars')).toEqual([['550bn dollars', 550e9, 'money', 'USD']]);
    expect(values('US$ 5 million')).toEqual([['US$ 5 million', 5e6, 'money', 'USD']]);
    expect(values('HK$20 and $ 3')).toEqual([
      ['HK$20', 20, 'money', 'HKD'],
      ['$ 3', 3, 'money', 'USD'],
    ]);
    expect(values('27.5% and 12 per cent and 3 percent')).toEqual([
      ['27.5%', 27.5, 'percent', null],
      ['12 per cent', 12, 'percent', null],
      ['3 percent', 3, 'percent', null],
    ]);
    expect(values('53,000 troops')).toEqual([['53,000', 53000, 'plain', null]]);
    expect(values('99 cents')).toEqual([['99 cents', 0.99, 'money', 'USD']]);
    expect(values('a five-day trip')).toEqual([['five-day', 5, 'plain', null]]);
  });

  it('scales an attached single letter only for money: $5m yes, a 5m wall no', () => {
    expect(profileSentence('$5m').numbers[0]!.value).toBe(5e6);
    expect(profileSentence('a 5m wall').numbers[0]!.value).toBe(5);
  });

  it('rejects a non-string with INVALID_ARTICLE', () => {
    expect(() => profileSentence(7 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARTICLE' }),
    );
  });
});

describe('profile heuristics', () => {
  it('looksTitleCased fires on a Title Case headline', () => {
    expect(looksTitleCased(tokenize('Leaders Seek Deal During Key Asia Trip'))).toBe(true);
    expect(profileSentence('Leaders Seek Deal During Key Asia Trip').names).toEqual([]);
  });

  it('looksTitleCased does not fire on a body sentence full of names', () => {
    expect(looksTitleCased(tokenize('President Donald Trump met Xi Jinping in Busan.'))).toBe(
      false,
    );
  });

  it('atTrivialCapitalPosition is true at the start and after an opening quote or colon', () => {
    const tokens = tokenize('Officials said: \u201CWe agreed.\u201D Busan');
    expect(atTrivialCapitalPosition(tokens, 0)).toBe(true);
    expect(atTrivialCapitalPosition(tokens, 4)).toBe(true);
  });

  it('atTrivialCapitalPosition is false in the middle of a clause', () => {
    const tokens = tokenize('They met in Busan');
    expect(atTrivialCapitalPosition(tokens, 3)).toBe(false);
  });

  it('stems a long word in capitals inside a normal sentence, so it matches its lower-case form', () => {
    const shouted = profileSentence('Officials said the REQUIREMENTS were strict.');
    const plain = profileSentence('Officials said the requirements were strict.');
    expect(shouted.terms).toEqual(plain.terms);
    expect(shouted.terms).toContain('requir');
    expect(
      compareSentences(
        'Officials said the REQUIREMENTS were strict.',
        'Officials said the requirements were strict.',
      ).features.weightedOverlap,
    ).toBe(1);
  });

  it('keeps a real acronym an acronym: US is content, not the stopword "us"; NATO unstemmed', () => {
    const terms = profileSentence('The US and NATO officials met on Friday.').terms;
    expect(terms).toContain('us');
    expect(terms).toContain('nato');
    const [long] = tokenize('REQUIREMENTS');
    expect(isAcronym(long!, true)).toBe(false);
    const [nato] = tokenize('NATO');
    expect(isAcronym(nato!, true)).toBe(true);
  });

  it('reads $US and US$ amounts as one US-dollar figure, not a name and a wrong number', () => {
    for (const text of [
      'The deal is worth $US2.8 billion, he said.',
      'The deal is worth US$2.8 billion, he said.',
      'The deal is worth $US 2.8 billion, he said.',
    ]) {
      const profile = profileSentence(text);
      expect(profile.numbers.map((n) => [n.value, n.currency])).toEqual([[2.8e9, 'USD']]);
      expect(profile.names.map((n) => n.key)).not.toContain('us');
      expect(profile.terms).not.toContain('us');
    }
    expect(profileSentence('It cost $A3 million.').numbers[0]).toMatchObject({
      value: 3e6,
      currency: 'AUD',
    });
  });

  it('keeps US a name when it is not glued to a dollar sign', () => {
    const profile = profileSentence('US officials pledged $2.8 billion.');
    expect(profile.names.map((n) => n.key)).toContain('us');
    expect(profile.numbers.map((n) => [n.value, n.currency])).toEqual([[2.8e9, 'USD']]);
    expect(dollarAfterSign(tokenize('$ US'), 1)).toBeUndefined();
    expect(dollarAfterSign(tokenize('$Us'), 1)).toBeUndefined();
  });

  it('isAcronym keeps US and U.S. but not words of an all-caps sentence', () => {
    const [us] = tokenize('US');
    const [dotted] = tokenize('U.S.');
    expect(isAcronym(us!, true)).toBe(true);
    expect(isAcronym(dotted!, false)).toBe(true);
    expect(isAcronym(us!, false)).toBe(false);
    const [word] = tokenize('Us');
    expect(isAcronym(word!, true)).toBe(false);
  });

  it('negationTerm maps n’t contractions and cannot to "not" only', () => {
    expect(negationTerm("didn't")).toBe('not');
    expect(negationTerm('cannot')).toBe('not');
    expect(negationTerm('nothing')).toBeUndefined();
    expect(negationTerm('can')).toBeUndefined();
  });

  it('spelledNumberValue reads number words, tens-units and durations but not idioms', () => {
    expect(spelledNumberValue('five')).toBe(5);
    expect(spelledNumberValue('twenty-five')).toBe(25);
    expect(spelledNumberValue('five-day')).toBe(5);
    expect(spelledNumberValue('two-way')).toBeUndefined();
    expect(spelledNumberValue('one')).toBeUndefined();
    expect(spelledNumberValue('someone')).toBeUndefined();
  });

  it('nameKey gives plain ASCII words the key the full folding gives (property)', () => {
    const fullFolding = (words: string[]) =>
      words
        .join(' ')
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/-/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const word = fc.string({
      unit: fc.constantFrom('a', 'z', 'é', '-', "'", '.', ' ', '\u0301', 'Q'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), (words) => {
        expect(nameKey(words)).toBe(fullFolding(words));
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it('nameMatchStrength skips Jaro-Winkler only where it could not reach the threshold (property)', () => {
    // Reference: the rule without the length-ratio shortcut.
    const reference = (x: string, y: string) => {
      if (x === y) return 1;
      const contains = (long: string, short: string) => {
        const l = long.split(' ');
        const s = short.split(' ');
        return l.length > s.length && s.every((w) => l.includes(w));
      };
      if (contains(x, y) || contains(y, x)) return 0.9;
      if (x.length < 5 || y.length < 5 || x.includes(' ') !== y.includes(' ')) return 0;
      const similarity = jaroWinklerSimilarity(x, y);
      return similarity >= NAME_SPELLING_THRESHOLD ? similarity : 0;
    };
    const key = fc.string({
      unit: fc.constantFrom('a', 'b', 'n', 'e', ' '),
      minLength: 3,
      maxLength: 12,
    });
    fc.assert(
      fc.property(key, key, (x, y) => {
        expect(nameMatchStrength(x, y)).toBe(reference(x, y));
      }),
      { seed: 9, numRuns: 2000 },
    );
    // Near the bound: one key a shortened or lengthened copy of the other.
    fc.assert(
      fc.property(key, fc.integer({ min: -5, max: 5 }), (x, change) => {
        const y = change < 0 ? x.slice(0, change) : x + x.slice(0, change);
        expect(nameMatchStrength(x, y)).toBe(reference(x, y));
      }),
      { seed: 10, numRuns: 2000 },
    );
  });

  it('nameKey folds case, diacritics and hyphens', () => {
    expect(nameKey(['lee', 'jae-myung'])).toBe('lee jae myung');
    expect(nameKey(['andr\u00E9s'])).toBe('andres');
  });

  it('nameMatchStrength matches a surname to the full name and spelling variants', () => {
    expect(nameMatchStrength('xi', 'xi jinping')).toBe(0.9);
    expect(nameMatchStrength('zelensky', 'zelenskyy')).toBeGreaterThan(0.95);
    expect(nameMatchStrength('busan', 'busan')).toBe(1);
  });

  it('nameMatchStrength keeps different places and short names apart', () => {
    expect(nameMatchStrength('austria', 'australia')).toBe(0);
    expect(nameMatchStrength('busan', 'pusan')).toBe(0);
    expect(nameMatchStrength('lee', 'lea')).toBe(0);
    expect(nameMatchStrength('north korea', 'south korea')).toBe(0);
  });

  it('sameFigure needs the same value and unit and no conflicting currency', () => {
    expect(sameFigure(figure(5, 'money', 'USD'), figure(5, 'money'))).toBe(true);
    expect(sameFigure(figure(5, 'money', 'USD'), figure(5, 'money', 'EUR'))).toBe(false);
    expect(sameFigure(figure(5, 'percent'), figure(5, 'plain'))).toBe(false);
    expect(sameFigure(figure(0.1 + 0.2, 'plain'), figure(0.3, 'plain'))).toBe(true);
  });
});

describe('paraphrase features', () => {
  it('unmatchedRuns counts an added clause as one long run', () => {
    const profile = profileSentence('Rates rose, angering exporters and retailers nationwide.');
    const other = new Set(profileSentence('Rates rose.').sequence);
    expect(unmatchedRuns(profile, other)).toEqual({ longestRun: 4, unmatched: 4 });
  });

  it('unmatchedRuns keeps scattered rewording short: matched words break the run', () => {
    const profile = profileSentence('Both leaders quickly agreed to extend the truce.');
    const other = new Set(profileSentence('The leaders agreed to extend their truce.').sequence);
    expect(unmatchedRuns(profile, other)).toEqual({ longestRun: 1, unmatched: 1 });
  });

  it('paraphraseFeatures is 1 on word and n-gram precision for identical sentences', () => {
    const profile = profileSentence(SENTENCES[0]!);
    const features = paraphraseFeatures(profile, profile);
    expect(features.minWordPrecision).toBe(1);
    expect(features.minTrigramPrecision).toBe(1);
    expect(features.characterCosine).toBe(1);
    expect(features.longestUnmatchedRun).toBe(0);
    expect(features.lengthRatio).toBe(1);
  });

  it('paraphraseFeatures equals n-gram counts over the term strings themselves (property)', () => {
    // The reference counts word n-grams as joined strings; the library merges sorted
    // vocabularies and packs n-grams into numbers. Repeats, stopwords and "US"/"us" included.
    const words = fc.constantFrom(
      'the',
      'talks',
      'talk',
      'in',
      'Busan',
      'lasted',
      'two',
      'hours',
      'US',
      'us',
      'told',
      'officials',
      'said',
      '5%',
      'rose',
      'of',
      'the',
      'and',
    );
    const sentence = fc.array(words, { maxLength: 16 }).map((list) => `${list.join(' ')}.`);
    const ngrams = (sequence: string[], n: number) => {
      const counts = new Map<string, number>();
      for (let i = 0; i + n <= sequence.length; i++) {
        const key = sequence.slice(i, i + n).join('\u0000');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    };
    const precisionPair = (a: string[], b: string[], n: number) => {
      const x = ngrams(a, n);
      const y = ngrams(b, n);
      let shared = 0;
      for (const [key, count] of x) shared += Math.min(count, y.get(key) ?? 0);
      const p = Math.max(0, a.length - n + 1);
      const q = Math.max(0, b.length - n + 1);
      const one = p === 0 ? 0 : shared / p;
      const two = q === 0 ? 0 : shared / q;
      return [Math.min(one, two), Math.max(one, two)];
    };
    fc.assert(
      fc.property(sentence, sentence, (textA, textB) => {
        const a = profileSentence(textA);
        const b = profileSentence(textB);
        const features = paraphraseFeatures(a, b);
        const runsA = unmatchedRuns(a, new Set(b.sequence));
        const runsB = unmatchedRuns(b, new Set(a.sequence));
        expect([features.minWordPrecision, features.maxWordPrecision]).toEqual(
          precisionPair(a.sequence, b.sequence, 1),
        );
        expect([features.minBigramPrecision, features.maxBigramPrecision]).toEqual(
          precisionPair(a.sequence, b.sequence, 2),
        );
        expect([features.minTrigramPrecision, features.maxTrigramPrecision]).toEqual(
          precisionPair(a.sequence, b.sequence, 3),
        );
        expect(features.longestUnmatchedRun).toBe(Math.max(runsA.longestRun, runsB.longestRun));
        expect(features.unmatchedContentWords).toBe(runsA.unmatched + runsB.unmatched);
        expect(paraphraseFeatures(b, a)).toEqual(features);
      }),
      { seed: 21, numRuns: 300 },
    );
  });

  it('the generated model names one coefficient per feature', () => {
    expect(PARAPHRASE_MODEL.coefficients).toHaveLength(PARAPHRASE_MODEL.features.length);
    expect(PARAPHRASE_MODEL.features.length).toBeGreaterThan(0);
  });
});

describe('term weights', () => {
  it('buildTermWeights gives rare stems more weight than common ones', () => {
    const profiles = [
      'The talks ended.',
      'The talks resumed in Busan.',
      'The talks stalled.',
      'The leaders spoke.',
    ].map(profileSentence);
    const weights = buildTermWeights(profiles);
    expect(weights.documentCount).toBe(4);
    expect(weights.weight('busan')).toBeGreaterThan(weights.weight('talk'));
    expect(weights.weight('talk')).toBeGreaterThan(weights.weight('the'));
    expect(weights.weight('the')).toBeGreaterThan(0);
    expect(weights.weight('never-seen')).toBeGreaterThanOrEqual(weights.weight('busan'));
  });

  it('buildTermWeights does not depend on the order of profiles', () => {
    const profiles = SENTENCES.map(profileSentence);
    const forward = buildTermWeights(profiles);
    const backward = buildTermWeights([...profiles].reverse());
    for (const term of ['talk', 'busan', 'the', 'agre', 'unknown']) {
      expect(forward.weight(term)).toBe(backward.weight(term));
    }
  });

  it('default weights favour long stems and figures and discount stopwords', () => {
    expect(defaultTermWeight('takaichi')).toBeGreaterThan(defaultTermWeight('met'));
    expect(defaultTermWeight('53000')).toBeGreaterThan(defaultTermWeight('takaichi'));
    expect(defaultTermWeight('the')).toBeLessThan(defaultTermWeight('met'));
    expect(DEFAULT_TERM_WEIGHTS.documentCount).toBe(0);
  });
});
