// The source ledger's HTML: one inline-SVG chart per source (reliability line and dots, interval
// band, by story date) with words for screen readers, and the ranked table in the stories index.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderStoriesIndex } from '../src/cli/stories-index.js';
import { createSourceLedger } from '../src/index.js';
import {
  MAX_CHART_POINTS,
  renderSourceChart,
  renderSourceSection,
  type SourceChartPoint,
} from '../src/report/source-chart.js';

const point = (date: string | null, reliability: number, story = `story-${date}`) =>
  ({
    story,
    date,
    reliability,
    interval: [reliability - 0.2, reliability + 0.1],
  }) satisfies SourceChartPoint;

/** The chart parsed as a document, to count its elements. */
function parse(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('renderSourceChart', () => {
  it('draws one dot per dated story, the estimate line and the interval band, in words too', () => {
    const html = renderSourceChart('metro wire', [
      point('2025-01-01', 0.5),
      point('2025-01-11', 0.6),
      point('2025-03-01', 0.7),
    ]);
    const svg = parse(html).querySelector('svg')!;
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    expect(svg.querySelectorAll('polyline')).toHaveLength(1);
    expect(svg.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    expect(svg.querySelector('polygon')!.getAttribute('points')!.split(' ')).toHaveLength(6);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Reliability of metro wire over 3 dated stories from 2025-01-01 to 2025-03-01 (59 days): 0.50 (0.30–0.60) at first, 0.70 (0.50–0.80) at the last.',
    );
    expect(svg.querySelector('title')!.textContent).toBe(svg.getAttribute('aria-label'));
    // x by date: the dot 10 days in sits at a sixth of the way, not at a third.
    const xs = [...svg.querySelectorAll('circle')].map((circle) =>
      Number(circle.getAttribute('cx')),
    );
    expect((xs[1]! - xs[0]!) / (xs[2]! - xs[0]!)).toBeCloseTo(10 / 59, 2);
    // y: a higher reliability is drawn higher.
    const ys = [...svg.querySelectorAll('circle')].map((circle) =>
      Number(circle.getAttribute('cy')),
    );
    expect(ys[2]).toBeLessThan(ys[0]!);
  });

  it('escapes source and story names everywhere they appear', () => {
    const hostile = '<script>alert("x")</script> & \u0007co';
    const html = renderSourceChart(hostile, [
      point('2025-01-01', 0.5, '<img src=x onerror=alert(1)>'),
      point('2025-01-02', 0.6, 'O\'Brien "wire"'),
    ]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u0007');
    const document = parse(html);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelector('svg')!.getAttribute('aria-label')).toContain(
      '<script>alert("x")</script> &',
    );
    expect(document.querySelectorAll('circle title')[1]!.textContent).toContain(`O'Brien "wire"`);
  });

  it('draws a source with one dated story as a dot on its interval, with no line', () => {
    const svg = parse(renderSourceChart('solo', [point('2025-05-05', 0.4)])).querySelector('svg')!;
    expect(svg.querySelectorAll('circle')).toHaveLength(1);
    expect(svg.querySelectorAll('polyline, polygon')).toHaveLength(0);
    expect(svg.querySelector('line.band')).not.toBeNull();
    expect(svg.getAttribute('aria-label')).toBe(
      'Reliability of solo over 1 dated story on 2025-05-05: 0.40 (0.20–0.50).',
    );
  });

  it('says so instead of drawing when no story of the source is dated, and skips undated ones', () => {
    const none = renderSourceChart('undated', [point(null, 0.5), point(null, 0.6)]);
    expect(none).not.toContain('<svg');
    expect(none).toContain('no dated stories to chart');
    const mixed = parse(renderSourceChart('mixed', [point('2025-01-01', 0.5), point(null, 0.6)]));
    expect(mixed.querySelectorAll('circle')).toHaveLength(1);
  });

  it(`charts at most the ${MAX_CHART_POINTS} most recent dated stories`, () => {
    const many = Array.from({ length: MAX_CHART_POINTS + 20 }, (_, index) =>
      point(new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10), 0.5),
    );
    const svg = parse(renderSourceChart('busy', many)).querySelector('svg')!;
    expect(svg.querySelectorAll('circle')).toHaveLength(MAX_CHART_POINTS);
    expect(svg.getAttribute('aria-label')).toContain(`from ${many[20]!.date}`);
  });
});

describe('renderSourceSection and the stories index', () => {
  it('lists the sources in the given order with their figures, chart and points as text', () => {
    const html = renderSourceSection(
      [
        {
          source: 'alpha & co',
          reliability: 0.8,
          interval: [0.6, 0.9],
          stories: 2,
          contradicted: 1,
          staleFigures: 0,
          unrelated: 0,
          points: [point('2025-01-01', 0.7), point('2025-02-01', 0.8)],
        },
        {
          source: 'beta',
          reliability: 0.5,
          interval: [0.1, 0.9],
          stories: 1,
          contradicted: 3,
          staleFigures: 2,
          unrelated: 1,
          points: [point(null, 0.5)],
        },
      ],
      { file: 'ledger <x>.json', stories: 3, credibleMass: 0.9 },
    );
    const document = parse(html);
    const rows = [...document.querySelectorAll('table.sources > tbody > tr')];
    expect(rows.map((row) => row.querySelector('td')!.textContent)).toEqual(['alpha & co', 'beta']);
    expect(
      [...rows[1]!.querySelectorAll(':scope > td.num')].map((cell) => cell.textContent),
    ).toEqual(['0.50', '0.10–0.90', '1', '3', '2', '1']);
    expect(rows[0]!.querySelectorAll('details table.points tbody tr')).toHaveLength(2);
    expect(rows[1]!.querySelector('details')).toBeNull();
    expect(document.querySelector('h2')!.textContent).toBe('Sources: ledger <x>.json');
    expect(html).toContain('90% interval');
  });

  it('adds the ledger section to the index only when there is one, without script', () => {
    const ledger = createSourceLedger();
    ledger.recordStory({
      story: 'arden',
      date: '2025-03-01',
      sources: [
        {
          source: 'Courier',
          articles: 1,
          units: 1,
          agreeingUnits: 1,
          corroborated: 2,
          contradicted: 0,
          uncorroborated: 0,
          staleFigures: 0,
          unrelated: 0,
        },
      ],
    });
    const rows = ledger
      .rank()
      .map((source) => ({ ...source, points: ledger.history(source.source) }));
    const results = [{ index: 0, story: 'arden', error: { code: 'INVALID_FILE', message: 'x' } }];
    const plain = renderStoriesIndex(results, ['arden.html']);
    expect(plain).not.toContain('Sources:');
    const page = renderStoriesIndex(results, ['arden.html'], {
      rows,
      meta: { file: 'ledger.json', stories: 1, credibleMass: 0.9 },
    });
    const document = parseHTML(page).document;
    expect(document.querySelectorAll('svg.source-chart circle')).toHaveLength(1);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(page).toContain(`default-src 'none'`);
  });
});
