// Alignment against the hand-labelled groups of the fixture stories: pairwise precision/recall.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../src/index.js';
import { loadExpected, loadStory, sentenceContaining } from './helpers/fixtures.js';

interface Labelled {
  members: { article: string; contains: string }[];
}

/**
 * Pairwise precision and recall of predicted groups against labelled ones. Recall: share of
 * labelled pairs (two sentences in one labelled group) that the alignment puts in one group.
 * Precision: share of predicted pairs between two labelled sentences that are labelled pairs.
 */
function pairwiseScores(story: string) {
  const articles = loadStory(story);
  const expected = loadExpected(story);
  const textOf = new Map(articles.map((article) => [article.id, article.text]));
  const key = (articleId: string, index: number) => `${articleId}#${index}`;
  const groupOfSentence = new Map<string, number>();
  const expectedPairs = new Set<string>();
  (expected.alignment as Labelled[]).forEach((group, groupIndex) => {
    const keys = group.members.map((member) =>
      key(member.article, sentenceContaining(textOf.get(member.article)!, member.contains)),
    );
    for (const k of keys) groupOfSentence.set(k, groupIndex);
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++)
        expectedPairs.add([keys[i], keys[j]].sort().join('|'));
  });
  const alignment = alignSentences(articles);
  let truePositives = 0;
  let judged = 0;
  const errors: string[] = [];
  for (const group of alignment.groups) {
    const keys = group.members.map((member) => key(member.articleId, member.sentenceIndex));
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        // The labels are partial (not every sentence is labelled), so only pairs of two labelled
        // sentences have an answer: same labelled group = right, different groups = wrong.
        if (!groupOfSentence.has(keys[i]!) || !groupOfSentence.has(keys[j]!)) continue;
        judged++;
        const pair = [keys[i], keys[j]].sort().join('|');
        if (expectedPairs.has(pair)) truePositives++;
        else
          errors.push(
            `${group.members[i]!.text.slice(0, 70)}  <>  ${group.members[j]!.text.slice(0, 70)}`,
          );
      }
    }
  }
  return {
    precision: judged === 0 ? 1 : truePositives / judged,
    recall: expectedPairs.size === 0 ? 1 : truePositives / expectedPairs.size,
    errors,
    expectedPairs: expectedPairs.size,
  };
}

describe('alignment quality on the fixture stories', () => {
  it('asia-trip-2025: pairwise precision ≥ 0.85 and recall ≥ 0.75', () => {
    const { precision, recall, errors, expectedPairs } = pairwiseScores('asia-trip-2025');
    console.log(
      `asia-trip-2025 alignment: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${expectedPairs} labelled pairs`,
    );
    if (precision < 0.85) console.log(errors.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.75);
  });
});
