// Stale-figure detection on the project's hand-labelled role-mention sentences (heads of state and
// government, and `min<country>-*`: ministers, deputies and vice presidents of 27 countries).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStaleFigures, normalizePersonName } from '../src/index.js';

interface Case {
  id: string;
  text: string;
  asOf: string;
  roles: string[];
  expected: { person: string; roleId: string; kind: string; holderOnDate?: string }[];
  note?: string;
}

const cases: Case[] = JSON.parse(
  readFileSync(new URL('../fixtures/role-mentions/cases.json', import.meta.url), 'utf8'),
);
const key = (person: string, roleId: string) => `${normalizePersonName(person)}@${roleId}`;

/** Precision, recall and the misses of the detector on some of the cases. */
function score(selected: readonly Case[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let wrongHolder = 0;
  const misses: string[] = [];
  for (const testCase of selected) {
    const found = findStaleFigures(
      { id: testCase.id, text: testCase.text },
      { asOf: testCase.asOf },
    );
    const foundKeys = new Map(found.map((figure) => [key(figure.person, figure.roleId), figure]));
    const expectedKeys = new Set(testCase.expected.map((item) => key(item.person, item.roleId)));
    for (const item of testCase.expected) {
      const figure = foundKeys.get(key(item.person, item.roleId));
      if (!figure) {
        falseNegatives++;
        misses.push(`MISS ${testCase.id}: ${item.person} ${item.roleId} — ${testCase.text}`);
      } else {
        truePositives++;
        if (
          item.holderOnDate !== undefined &&
          normalizePersonName(figure.holderOnDate ?? '') !== normalizePersonName(item.holderOnDate)
        ) {
          wrongHolder++;
        }
      }
    }
    for (const [k, figure] of foundKeys) {
      if (expectedKeys.has(k)) continue;
      falsePositives++;
      misses.push(`FALSE ${testCase.id}: ${figure.person} ${figure.roleId} ${figure.kind}`);
    }
  }
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    truePositives,
    wrongHolder,
    misses,
  };
}

describe('stale figures on the role-mention test set', () => {
  it('finds ministers with precision of at least 0.98 and recall of at least 0.90', () => {
    const ministers = cases.filter((testCase) => /^min[a-z]{2}-/.test(testCase.id));
    const countries = new Set(ministers.map((testCase) => testCase.id.slice(3, 5)));
    const posts = new Set(ministers.flatMap((testCase) => testCase.roles.map((id) => id.slice(3))));
    expect(ministers.length).toBeGreaterThanOrEqual(100);
    expect(countries.size).toBeGreaterThanOrEqual(15);
    expect(posts.size).toBeGreaterThanOrEqual(6);
    const result = score(ministers);
    console.log(
      `ministers: ${ministers.length} cases, ${countries.size} countries, ${posts.size} posts: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`,
    );
    if (result.misses.length) console.log(result.misses.join('\n'));
    expect(result.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.wrongHolder).toBe(0);
  });

  it('has precision and recall of at least 0.95, with the right holder on the date', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    let wrongHolder = 0;
    const misses: string[] = [];
    for (const testCase of cases) {
      const found = findStaleFigures(
        { id: testCase.id, text: testCase.text },
        { asOf: testCase.asOf },
      );
      const foundKeys = new Map(found.map((figure) => [key(figure.person, figure.roleId), figure]));
      const expectedKeys = new Set(testCase.expected.map((item) => key(item.person, item.roleId)));
      for (const item of testCase.expected) {
        const figure = foundKeys.get(key(item.person, item.roleId));
        if (!figure) {
          falseNegatives++;
          misses.push(`MISS ${testCase.id}: ${item.person} ${item.roleId} — ${testCase.text}`);
          continue;
        }
        truePositives++;
        if (
          item.holderOnDate !== undefined &&
          normalizePersonName(figure.holderOnDate ?? '') !== normalizePersonName(item.holderOnDate)
        ) {
          wrongHolder++;
          misses.push(`HOLDER ${testCase.id}: ${figure.holderOnDate} ≠ ${item.holderOnDate}`);
        }
      }
      for (const [k, figure] of foundKeys) {
        if (expectedKeys.has(k)) continue;
        falsePositives++;
        misses.push(
          `FALSE ${testCase.id}: ${figure.person} ${figure.roleId} ${figure.kind} — ${testCase.text}`,
        );
      }
    }
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / Math.max(1, truePositives + falseNegatives);
    console.log(
      `stale figures on ${cases.length} cases: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} found, ${falsePositives} false, ${falseNegatives} missed, ${wrongHolder} wrong holder)`,
    );
    if (misses.length) console.log(misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(wrongHolder).toBe(0);
  });
});
