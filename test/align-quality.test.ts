// Alignment against the hand-labelled groups of the fixture stories: pairwise precision/recall.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../src/index.js';
import { loadExpected, loadStory, sentenceContaining } from './helpers/fixtures.js';

interface Labelled {
  members: { article: string; contains: string; or?: string[] }[];
}

/**
 * Pairwise precision and recall of predicted groups against labelled ones. Recall: share of
 * labelled pairs (two sentences in one labelled group) that the alignment puts in one group.
 * Precision: share of predicted pairs between two labelled sentences that are labelled pairs.
 * A member may name other sentences of its article that state the same thing (`or`: a
 * headline or takeaway bullet repeating the lead); a group holds one sentence per article, so
 * the member counts as whichever of them the alignment grouped with most of the other members.
 */
function pairwiseScores(story: string) {
  const articles = loadStory(story);
  const expected = loadExpected(story);
  const alignment = alignSentences(articles);
  const textOf = new Map(articles.map((article) => [article.id, article.text]));
  const key = (articleId: string, index: number) => `${articleId}#${index}`;
  const predictedGroup = new Map<string, string>();
  for (const group of alignment.groups)
    for (const member of group.members)
      predictedGroup.set(key(member.articleId, member.sentenceIndex), group.id);
  const groupOfSentence = new Map<string, number>();
  const expectedPairs = new Set<string>();
  (expected.alignment as Labelled[]).forEach((group, groupIndex) => {
    const options = group.members.map((member) =>
      [member.contains, ...(member.or ?? [])].map((anchor) =>
        key(member.article, sentenceContaining(textOf.get(member.article)!, anchor)),
      ),
    );
    const keys = options.map((candidates, m) => {
      const others = options.filter((_, o) => o !== m).flat();
      const support = (candidate: string) =>
        others.filter(
          (other) =>
            predictedGroup.has(candidate) &&
            predictedGroup.get(other) === predictedGroup.get(candidate),
        ).length;
      // The first anchor wins ties, so a member without `or` is just its anchor.
      return candidates.reduce((best, candidate) =>
        support(candidate) > support(best) ? candidate : best,
      );
    });
    for (const k of keys) groupOfSentence.set(k, groupIndex);
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++)
        expectedPairs.add([keys[i], keys[j]].sort().join('|'));
  });
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

// Floors at the measured figures (bench/BENCHMARKS.md, "Alignment quality"), so a change that
// makes alignment worse fails here. The threshold is chosen on nato-vilnius-2023 and
// g7-apulia-2024; asia-trip-2025 is measured with it. The foundation issue's aim for
// asia-trip-2025 is precision 0.85 and recall 0.75 (measured: 0.93 / 0.77).
const FLOORS: Record<string, { precision: number; recall: number }> = {
  'asia-trip-2025': { precision: 0.92, recall: 0.76 },
  'nato-vilnius-2023': { precision: 0.95, recall: 0.85 },
  'g7-apulia-2024': { precision: 0.95, recall: 0.8 },
};

describe('alignment quality on the fixture stories', () => {
  for (const [story, floor] of Object.entries(FLOORS)) {
    it(`${story}: pairwise precision ≥ ${floor.precision} and recall ≥ ${floor.recall}`, () => {
      const { precision, recall, errors, expectedPairs } = pairwiseScores(story);
      console.log(
        `${story} alignment: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${expectedPairs} labelled pairs`,
      );
      if (precision < floor.precision) console.log(errors.join('\n'));
      expect(precision).toBeGreaterThanOrEqual(floor.precision);
      expect(recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }

  // 1 of the 15 labelled must-not-align pairs is grouped today, in asia-trip-2025: two
  // sentences about Japan's new prime minister (a trip leg and Trump's praise of her).
  it('keeps must-not-align pairs apart (at most the one known exception)', () => {
    const violations: string[] = [];
    for (const story of Object.keys(FLOORS)) {
      const expected = loadExpected(story);
      const articles = loadStory(story);
      const textOf = new Map(articles.map((article) => [article.id, article.text]));
      const groupOf = new Map<string, string>();
      for (const group of alignSentences(articles).groups) {
        for (const member of group.members)
          groupOf.set(`${member.articleId}#${member.sentenceIndex}`, group.id);
      }
      for (const pair of (expected.mustNotAlign ?? []) as {
        members: { article: string; contains: string }[];
      }[]) {
        const keys = pair.members.map(
          (member) =>
            `${member.article}#${sentenceContaining(textOf.get(member.article)!, member.contains)}`,
        );
        const groups = keys.map((key) => groupOf.get(key));
        const together = groups[0] !== undefined && groups.every((group) => group === groups[0]);
        if (together) {
          violations.push(`${story}: ${pair.members.map((member) => member.contains).join(' / ')}`);
        }
      }
    }
    expect(violations.length, violations.join('\n')).toBeLessThanOrEqual(1);
  });
});
