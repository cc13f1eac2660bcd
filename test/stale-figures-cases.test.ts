// Stale-figure detection on the project's 132 hand-labelled role-mention sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStaleFigures, normalizePersonName } from '../src/index.js';

interface Case {
  id: string;
  text: string;
  asOf: string;
  expected: { person: string; roleId: string; kind: string; holderOnDate?: string }[];
  note?: string;
}

const cases: Case[] = JSON.parse(
  readFileSync(new URL('../fixtures/role-mentions/cases.json', import.meta.url), 'utf8'),
);
const key = (person: string, roleId: string) => `${normalizePersonName(person)}@${roleId}`;

describe('stale figures on the role-mention test set', () => {
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
