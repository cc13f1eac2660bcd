// The named rules of alignment and role judgement, each with its motivating case and a
// case where it must not fire.
import { describe, expect, it } from 'vitest';
import { personConcepts, remapPersonConcepts } from '../src/align/claim-concepts.js';
import {
  buildConceptWeights,
  factConcepts,
  factScore,
  phraseConcepts,
  placeConcepts,
  synonymClass,
  writtenAsAcronym,
} from '../src/align/fact-concepts.js';
import { profileSentence } from '../src/align/sentence-profile.js';
import { escapeControl } from '../src/cli/run.js';
import { checkRoles, findStaleFigures } from '../src/index.js';
import { validateArticles } from '../src/input/validate-articles.js';
import { createKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { prepareArticles } from '../src/pipeline/prepare.js';
import { exactDuplicates } from '../src/pipeline/set-aside.js';
import { stem } from '../src/text/stem.js';
import { tokenizeWords } from '../src/text/word-tokens.js';

/** A knowledge base with no offices: the person-concept cases need none. */
const NO_ROLES = createKnowledgeBase({ snapshotDate: '2025-01-01', roles: [], terms: [] });

const concepts = (text: string) => factConcepts(profileSentence(text));

describe('fact concepts', () => {
  it('folds interchangeable news words into one class, and leaves others alone', () => {
    expect(synonymClass('talk')).toBe(synonymClass('meet'));
    expect(synonymClass('tour')).toBe(synonymClass('trip'));
    expect(synonymClass('tariff')).not.toBe(synonymClass('trip'));
    expect(synonymClass('soybean')).toBe('soybean');
  });

  it('stems the synonym lists on load, so a member whose stem differs from its spelling still joins', () => {
    // "journey" stems to "journei": a class written in hand-made stems once missed it.
    expect(synonymClass(stem('journey'))).toBe(synonymClass(stem('trip')));
    expect(synonymClass(stem('journeys'))).toBe(synonymClass(stem('tour')));
    expect(synonymClass(stem('journalist'))).not.toBe(synonymClass(stem('trip')));
    // "on the margins of the APEC summit" = "on the sidelines of APEC".
    expect(synonymClass(stem('margins'))).toBe(synonymClass(stem('sidelines')));
    expect(synonymClass(stem('lines'))).not.toBe(synonymClass(stem('sidelines')));
  });

  it('counts a place word once, as its country and place, not also as a plain word or name', () => {
    const found = concepts('Trump flew to Tokyo, then on to South Korea.');
    expect(found).toEqual(expect.arrayContaining(['c:JP', 'p:tokyo', 'c:KR']));
    expect(found).not.toContain('w:tokyo');
    expect(found).not.toContain('w:korea');
    expect(found.some((concept) => concept.startsWith('n:'))).toBe(false);
    // A word that only looks like a place part stays a word: "south" without "Korea".
    expect(concepts('Prices rose in the south of the country.')).toContain('w:south');
  });

  it('counts a figure once, as a figure concept', () => {
    const found = concepts('Japan pledged $550 billion.');
    expect(found).toContain('#:money:550000000000');
    expect(found).not.toContain('w:550000000000');
  });

  it('points a demonym, a capital and a country name at the same country', () => {
    expect(concepts('Japanese officials agreed.')).toContain('c:JP');
    expect(concepts('Officials in Tokyo agreed.')).toContain('c:JP');
    expect(concepts('Officials in Berlin agreed.')).not.toContain('c:JP');
  });

  it('scores a reworded statement of one fact above a different fact on the same story', () => {
    const sentences = [
      'The five-day trip takes him to Malaysia, Japan and South Korea.',
      'Malaysia, Japan and South Korea are on the five-day schedule.',
      'Trump has threatened tariffs of 155% on Chinese goods.',
      'North Korea fired several ballistic missiles earlier in the week.',
    ].map(concepts);
    const weights = buildConceptWeights(sentences);
    expect(factScore(sentences[0]!, sentences[1]!, weights)).toBeGreaterThan(0.5);
    expect(factScore(sentences[0]!, sentences[2]!, weights)).toBeLessThan(0.2);
    expect(factScore(sentences[3]!, sentences[3]!, weights)).toBe(1);
    expect(factScore([], [], weights)).toBe(0);
  });
});

describe('place concepts', () => {
  const places = (text: string) => placeConcepts(tokenizeWords(text)).concepts;

  it('reads a capital that speaks for its government as the country alone', () => {
    // "Beijing has not confirmed" and "China has yet to say" state one fact about China.
    expect(places('Beijing has not yet confirmed the meeting.')).toEqual(['c:CN']);
    expect(places('China has yet to say whether the meeting will go ahead.')).toEqual(['c:CN']);
  });

  it('keeps the city of a capital where things happen', () => {
    expect(places('The meeting in Beijing is scheduled for Friday.')).toEqual([
      'c:CN',
      'p:beijing',
    ]);
  });
});

describe('person concepts', () => {
  const conceptsOf = (text: string) => {
    const [prepared] = prepareArticles(validateArticles([{ id: 'a', text }]), NO_ROLES);
    return prepared!.sentences.map((sentence) => sentence.concepts);
  };

  it('reads a person as one concept, however much of the name a sentence writes', () => {
    const [full, short] = conceptsOf(
      'Trump said he would meet Kim Jong Un. He added that Kim had been invited.',
    );
    expect(full).toContain('n:kim jong un');
    expect(short).toContain('n:kim jong un');
    // The three name words no longer count again as plain words.
    for (const word of ['w:kim', 'w:jong', 'w:un']) expect(full).not.toContain(word);
  });

  it('keeps a name word the sentence also uses outside the name', () => {
    const [sentence] = conceptsOf('Edward Said said the talks were over.');
    expect(sentence).toContain('n:edward said');
    expect(sentence).toContain('w:said');
  });

  it('leaves sentences that name nobody as they were', () => {
    const text = 'Officials said the talks were over.';
    expect(conceptsOf(text)[0]).toEqual(concepts(text));
  });

  it('drops only the name words, keeping the rest of the sentence', () => {
    const { add, drop } = personConcepts(profileSentence('Xi Jinping will meet Trump in Busan.'), [
      { name: 'Xi Jinping', key: 'xi jinping' },
    ]);
    expect(add).toEqual(['n:xi jinping']);
    expect([...drop].sort()).toEqual([`w:${stem('jinping')}`, `w:${stem('xi')}`].sort());
  });
});

describe('person concepts across articles', () => {
  it('maps the keys of people and participants, and nothing else', () => {
    const concepts = ['e:biden', 'n:biden', 'n:putin', 'w:biden', 'w:loan'];
    expect(remapPersonConcepts(concepts, new Map([['biden', 'joe biden']]))).toEqual([
      'e:joe biden',
      'n:joe biden',
      'n:putin',
      'w:biden',
      'w:loan',
    ]);
  });

  it('returns the same list when no key changes', () => {
    const concepts = ['n:putin', 'w:loan'];
    expect(remapPersonConcepts(concepts, new Map([['biden', 'joe biden']]))).toBe(concepts);
    expect(remapPersonConcepts(concepts, new Map())).toBe(concepts);
  });
});

describe('acronym phrases', () => {
  it('reads a short acronym only when it is written in capitals', () => {
    // "Un" in "Kim Jong Un" is a name, not the United Nations.
    expect(phraseConcepts(tokenizeWords('a meeting with Kim Jong Un'))).toEqual([]);
    expect(phraseConcepts(tokenizeWords('the UN said'))).toEqual(['o:un']);
    expect(phraseConcepts(tokenizeWords('the U.N. said'))).toEqual(['o:un']);
  });

  it('accepts title-case spellings of longer acronyms and spelled-out names', () => {
    expect(phraseConcepts(tokenizeWords('Nato allies met'))).toEqual(['o:nato']);
    expect(phraseConcepts(tokenizeWords('the United Nations said'))).toEqual(['o:un']);
    expect(writtenAsAcronym({ norm: 'un', text: 'Un', allCaps: false })).toBe(false);
    expect(writtenAsAcronym({ norm: 'g7', text: 'g7', allCaps: false })).toBe(true);
  });

  it('reads spelled-out organisations and their acronyms as one concept', () => {
    const spelled = phraseConcepts(
      tokenizeWords('the Association of Southeast Asian Nations summit'),
    );
    expect(spelled).toContain('o:asean');
    expect(phraseConcepts(tokenizeWords('the ASEAN summit'))).toContain('o:asean');
    expect(phraseConcepts(tokenizeWords('a group of seven friends met'))).toContain('o:g7');
    expect(phraseConcepts(tokenizeWords('the group met seven times'))).not.toContain('o:g7');
  });
});

describe('role judgement', () => {
  it('judges a sentence that states a past year at that year', () => {
    const text = 'In 2016, President Barack Obama visited Hiroshima.';
    expect(findStaleFigures({ id: 'a', text }, { asOf: '2020-05-27' })).toEqual([]);
  });

  it('still flags a present-tense mention without a past year', () => {
    const text = 'President Barack Obama visited Hiroshima on Tuesday.';
    const figures = findStaleFigures({ id: 'a', text }, { asOf: '2020-05-27' });
    expect(figures.map((figure) => figure.person)).toEqual(['Barack Obama']);
  });

  it('reads a bare title in the country the person is known for', () => {
    const report = checkRoles(
      { id: 'a', text: 'President Kamala Harris signed the bill.' },
      { asOf: '2023-03-01' },
    );
    expect(report.staleFigures.map((figure) => [figure.roleId, figure.kind])).toEqual([
      ['us_president', 'never-held'],
    ]);
  });

  it('leaves a bare title alone for a person the table does not know', () => {
    const report = checkRoles(
      { id: 'a', text: 'President Jane Placeholder signed the bill.' },
      { asOf: '2023-03-01' },
    );
    expect(report.staleFigures).toEqual([]);
  });
});

describe('exact duplicates', () => {
  it('maps a republished text to its first publisher, in id order', () => {
    const articles = validateArticles([
      { id: 'b', text: 'Same words.' },
      { id: 'a', text: 'Same words.' },
      { id: 'c', text: 'Other words.' },
    ]);
    expect([...exactDuplicates(articles)]).toEqual([['b', 'a']]);
  });

  it('never treats empty articles or texts that differ by a character as duplicates', () => {
    const articles = validateArticles([
      { id: 'a', text: '' },
      { id: 'b', text: '' },
      { id: 'c', text: 'Same words.' },
      { id: 'd', text: 'Same words!' },
    ]);
    expect(exactDuplicates(articles).size).toBe(0);
  });
});

describe('terminal safety', () => {
  it('escapes escape sequences but keeps line breaks, tabs and other scripts', () => {
    expect(escapeControl('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
    expect(escapeControl('line 1\n\tline 2 — 日本')).toBe('line 1\n\tline 2 — 日本');
  });
});

describe('encoded concept scoring', () => {
  it('gives exactly the string score, so the fast path changes no result', async () => {
    const { encodeConcepts, factScoreEncoded } = await import('../src/align/fact-concepts.js');
    const sets = [
      'The five-day trip takes him to Malaysia, Japan and South Korea.',
      'Malaysia, Japan and South Korea are on the five-day schedule.',
      'North Korea fired several ballistic missiles.',
      '',
    ].map(concepts);
    const weights = buildConceptWeights(sets);
    const encoded = encodeConcepts(sets, weights);
    for (let i = 0; i < sets.length; i++) {
      for (let j = 0; j < sets.length; j++) {
        expect(factScoreEncoded(encoded.ids[i]!, encoded.ids[j]!, encoded.weights)).toBe(
          factScore(sets[i]!, sets[j]!, weights),
        );
      }
    }
  });
});
