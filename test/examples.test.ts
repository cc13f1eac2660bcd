// The README's examples are files under examples/; running them here keeps the docs true.
import { describe, expect, it } from 'vitest';
import { analyzeFolder } from '../examples/analyze-story.js';
import { checkAcme } from '../examples/extend-knowledge.js';
import { scoreArrival } from '../examples/score-new-article.js';
import { ledgerAcrossStories } from '../examples/source-ledger.js';
import { staleFiguresIn } from '../examples/stale-figures.js';
import { bookAuthors } from '../examples/truth-discovery.js';
import { loadStory } from './helpers/fixtures.js';

describe('examples', () => {
  it('analyze-story names the stale fixture article and its stale figures', () => {
    const text = analyzeFolder('fixtures/asia-trip-2025').join('\n');
    expect(text).toMatch(/global-dispatch is an outlier/);
    expect(text).toMatch(/Olaf Scholz/);
  });

  it('score-new-article scores an arrival against the articles already held', () => {
    const story = loadStory('asia-trip-2025');
    const arrival = story.find((article) => article.id === 'global-dispatch')!;
    const result = scoreArrival(
      story.filter((article) => article !== arrival),
      arrival,
    );
    expect(result.staleFigures.join('\n')).toMatch(/Jens Stoltenberg .* held by Mark Rutte/);
    expect(result.contradictedBy.length).toBeGreaterThan(0);
    expect(JSON.parse(result.saved).format).toBe('corroborate-corpus');
  });

  it('stale-figures names who held the office', () => {
    expect(
      staleFiguresIn('NATO Secretary General Jens Stoltenberg arrived in Kyiv.', '2025-10-26'),
    ).toEqual([
      'Jens Stoltenberg was named Secretary General of NATO; on 2025-10-26 it was Mark Rutte',
    ]);
  });

  it('extend-knowledge checks a user-defined office', () => {
    expect(
      checkAcme('Acme CEO Jane Roe announced the results.', '2025-02-01').map(
        (f) => f.holderOnDate,
      ),
    ).toEqual(['John Doe']);
    expect(checkAcme('Acme CEO John Doe announced the results.', '2025-02-01')).toEqual([]);
  });

  it('source-ledger ranks the outlet that misdates stories last and trusts it less next time', () => {
    const { lines, ledger } = ledgerAcrossStories();
    expect(ledger.rank().map((source) => source.source)).toEqual(['courier', 'gazette', 'herald']);
    expect(ledger.reliability('Herald')!.contradicted).toBeGreaterThanOrEqual(10);
    const trust = (outlet: string) =>
      Number(
        lines
          .find((line) => line.includes(`Ulverston-${outlet}`))!
          .split(' trust ')[1]!
          .slice(0, 4),
      );
    expect(trust('herald')).toBeLessThan(1);
    expect(trust('courier')).toBeGreaterThan(1);
  });

  it('truth-discovery picks the value reliable sources back', () => {
    expect(bookAuthors().truth['isbn-2']).toBe('Date');
  });
});
