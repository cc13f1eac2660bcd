// findStaleFigures on the fixture story (acceptance of the knowledge issue) and its input errors.
import { describe, expect, it } from 'vitest';
import {
  analyze,
  checkRoles,
  findRoleConflicts,
  findStaleFigures,
  normalizePersonName,
} from '../src/index.js';
import { loadExpected, loadStory } from './helpers/fixtures.js';

const asia = loadStory('asia-trip-2025');
const expected = loadExpected('asia-trip-2025');

describe('findStaleFigures on asia-trip-2025 (asOf 2025-10-26)', () => {
  for (const article of asia) {
    const wanted = (expected.staleFigures[article.id] ?? []) as {
      person: string;
      roleId: string;
      heldUntil: string;
      holderOnDate: string;
    }[];
    it(`${article.id}: exactly ${wanted.length} stale figure(s)`, () => {
      const found = findStaleFigures(article, { asOf: expected.asOf });
      const summary = (items: { person: string; roleId: string }[]) =>
        items.map((item) => `${normalizePersonName(item.person)}@${item.roleId}`).sort();
      expect(summary(found)).toEqual(summary(wanted));
      for (const item of wanted) {
        const figure = found.find((candidate) => candidate.roleId === item.roleId)!;
        expect(figure.heldUntil).toBe(item.heldUntil);
        expect(normalizePersonName(figure.holderOnDate ?? '')).toBe(
          normalizePersonName(item.holderOnDate),
        );
        expect(article.text.slice(figure.start, figure.end)).toBe(figure.mention);
      }
    });
  }

  it('says why nothing was judged when no date is known', () => {
    const stale = asia.find((article) => article.id === expected.outliers[0].id)!;
    const report = checkRoles({ id: stale.id, text: stale.text });
    expect(report.referenceDate.rule).toBe('none');
    expect(report.referenceDate.reason).toMatch(/cannot be judged/);
    expect(report.staleFigures).toEqual([]);
  });

  it('finds the role conflicts between the articles, as analyze does', () => {
    const conflicts = findRoleConflicts(asia);
    // The one rule: what analyze reports for the same articles.
    const fromAnalyze = new Map(
      analyze(asia).articles.flatMap((report) =>
        report.roleConflicts.map((conflict) => [conflict.roleId, conflict] as const),
      ),
    );
    expect(conflicts).toEqual(
      [...fromAnalyze.values()].sort((x, y) => (x.roleId < y.roleId ? -1 : 1)),
    );
    const roles = conflicts.map((conflict) => conflict.roleId).sort();
    expect(roles).toEqual(['jp_prime_minister', 'kr_president']);
    const japan = conflicts.find((conflict) => conflict.roleId === 'jp_prime_minister')!;
    const side = (person: string) => japan.sides.find((entry) => entry.person === person)!;
    expect(side('Sanae Takaichi').articles.length).toBeGreaterThan(
      side('Fumio Kishida').articles.length,
    );
    expect(side('Fumio Kishida').articles).toEqual(['global-dispatch']);
  });
});

describe('findStaleFigures input errors', () => {
  it('rejects a non-article, an invalid asOf and an invalid publishedAt with codes', () => {
    expect(() => findStaleFigures('text' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARTICLE' }),
    );
    expect(() => findStaleFigures({ id: 'a', text: 'x' }, { asOf: 'yesterday' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => findStaleFigures({ id: 'a', text: 'x', publishedAt: '2025-13-45' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => findStaleFigures({ id: 'a', text: 'x' }, { knowledge: {} as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});
