// The source ledger in HTML: a ranked table of sources, each with a small inline-SVG chart of its
// reliability and credible interval by story date. No script, nothing loaded; every piece of
// text escaped. Reads plain data (what `SourceLedger.rank()` and `history()` return).
import { escapeHtml } from './html-escape.js';

/** One point of a source's chart: its estimate right after one of its stories. */
export interface SourceChartPoint {
  story: string;
  date: string | null;
  reliability: number;
  interval: [number, number];
}

/** One row of the source table. */
export interface SourceTableRow {
  source: string;
  reliability: number;
  interval: [number, number];
  stories: number;
  contradicted: number;
  staleFigures: number;
  unrelated: number;
  /** The source's history, oldest first (`SourceLedger.history(source)`). */
  points: readonly SourceChartPoint[];
}

/**
 * Most recent dated points charted per source: the chart is 200 px wide, and points closer than
 * 2 px apart cannot be told apart (nor hovered one by one); older points are in the ledger file.
 */
export const MAX_CHART_POINTS = 100;

const WIDTH = 200;
const HEIGHT = 48;
const PAD = 4;
const DAY_MS = 86_400_000;

/**
 * An inline SVG of a source's reliability (line and dots) and credible interval (band) by story
 * date, with a dashed line at 0.5; a `title` and `aria-label` say the same in words, and each dot
 * has a `title` naming its story. Undated stories cannot be placed on a time axis and are left
 * out; a source with no dated story gets a short note instead of a chart.
 */
export function renderSourceChart(source: string, points: readonly SourceChartPoint[]): string {
  const dated = points.filter((point) => point.date !== null).slice(-MAX_CHART_POINTS);
  if (dated.length === 0) {
    return `<span class="no-chart">no dated stories to chart</span>`;
  }
  const times = dated.map((point) => Date.parse(`${point.date}T00:00:00Z`));
  const first = times[0]!;
  const last = times[times.length - 1]!;
  const x = (time: number) =>
    last === first ? WIDTH / 2 : PAD + ((time - first) / (last - first)) * (WIDTH - 2 * PAD);
  const y = (value: number) => PAD + (1 - value) * (HEIGHT - 2 * PAD);
  const xs = times.map(x);
  const at = (index: number, value: number) => `${num(xs[index]!)},${num(y(value))}`;
  const firstPoint = dated[0]!;
  const lastPoint = dated[dated.length - 1]!;
  const span =
    dated.length === 1
      ? `on ${firstPoint.date}`
      : `from ${firstPoint.date} to ${lastPoint.date} (${Math.round((last - first) / DAY_MS)} days)`;
  const label = `Reliability of ${source} over ${dated.length} dated ${dated.length === 1 ? 'story' : 'stories'} ${span}: ${describe(firstPoint)}${dated.length > 1 ? ` at first, ${describe(lastPoint)} at the last` : ''}.`;
  const parts = [
    `<svg class="source-chart" role="img" aria-label="${escapeHtml(label)}" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(label)}</title>`,
    `<line class="midline" x1="0" y1="${num(y(0.5))}" x2="${WIDTH}" y2="${num(y(0.5))}" stroke="#aab3c0" stroke-dasharray="3 3" stroke-width="1"/>`,
  ];
  if (dated.length === 1) {
    parts.push(
      `<line class="band" x1="${num(xs[0]!)}" y1="${num(y(firstPoint.interval[1]))}" x2="${num(xs[0]!)}" y2="${num(y(firstPoint.interval[0]))}" stroke="#9cc3e6" stroke-width="6"/>`,
    );
  } else {
    const upper = dated.map((point, index) => at(index, point.interval[1]));
    const lower = dated.map((point, index) => at(index, point.interval[0])).reverse();
    parts.push(
      `<polygon class="band" points="${[...upper, ...lower].join(' ')}" fill="#cfe3f5" stroke="none"/>`,
      `<polyline class="estimate" points="${dated.map((point, index) => at(index, point.reliability)).join(' ')}" fill="none" stroke="#1f5fa8" stroke-width="1.5"/>`,
    );
  }
  dated.forEach((point, index) => {
    parts.push(
      `<circle cx="${num(xs[index]!)}" cy="${num(y(point.reliability))}" r="2" fill="#1f5fa8"><title>${escapeHtml(`${point.date} ${point.story}: ${describe(point)}`)}</title></circle>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The source section of the stories index: a heading, a sentence on how to read it, and a table
 * with each source's figures, its chart and, under a disclosure, the chart's points as text.
 */
export function renderSourceSection(
  rows: readonly SourceTableRow[],
  meta: { file: string; stories: number; credibleMass: number },
): string {
  const mass = Math.round(meta.credibleMass * 100);
  const body = rows.map((row) => {
    const dated = row.points.filter((point) => point.date !== null).slice(-MAX_CHART_POINTS);
    const points = dated
      .map(
        (point) =>
          `<tr><td>${escapeHtml(point.date ?? '')}</td><td class="story">${escapeHtml(point.story)}</td><td class="num">${point.reliability.toFixed(2)}</td><td class="num">${interval(point.interval)}</td></tr>`,
      )
      .join('');
    const details =
      dated.length === 0
        ? ''
        : `<details><summary>${dated.length} dated ${dated.length === 1 ? 'story' : 'stories'} as text</summary><table class="points"><thead><tr><th>Date</th><th>Story</th><th>Reliability</th><th>${mass}% interval</th></tr></thead><tbody>${points}</tbody></table></details>`;
    return `<tr><td class="source">${escapeHtml(row.source)}</td><td class="num">${row.reliability.toFixed(2)}</td><td class="num">${interval(row.interval)}</td><td class="num">${row.stories}</td><td class="num">${row.contradicted}</td><td class="num">${row.staleFigures}</td><td class="num">${row.unrelated}</td><td>${renderSourceChart(row.source, row.points)}${details}</td></tr>`;
  });
  return [
    `<section aria-labelledby="sources-heading"><h2 id="sources-heading">Sources: ${escapeHtml(meta.file)}</h2>`,
    `<p>${rows.length} ${rows.length === 1 ? 'source' : 'sources'} over ${meta.stories} ${meta.stories === 1 ? 'story' : 'stories'}, ranked by the lower end of the ${mass}% credible interval of their reliability (the share of their evidence the consensus backed), so a source seen twice does not outrank one seen often with the same record. The chart shows the estimate (line) and interval (band) after each dated story; the dashed line is 0.5.</p>`,
    `<table class="sources"><thead><tr><th>Source</th><th>Reliability</th><th>${mass}% interval</th><th>Stories</th><th>Contradicted</th><th>Stale</th><th>Unrelated</th><th>Over time</th></tr></thead><tbody>${body.join('')}</tbody></table></section>`,
  ].join('\n');
}

/** CSS of the source section, for the index's style sheet. */
export const SOURCE_SECTION_CSS =
  'section{margin-top:32px}.source{font-family:ui-monospace,monospace;overflow-wrap:anywhere}.source-chart{display:block}.no-chart{color:#5b6676;font-size:13px}details{font-size:13px}table.points td,table.points th{padding:2px 6px}';

function describe(point: SourceChartPoint): string {
  return `${point.reliability.toFixed(2)} (${interval(point.interval)})`;
}

const interval = ([low, high]: readonly [number, number]) => `${low.toFixed(2)}–${high.toFixed(2)}`;

const num = (value: number) => String(Math.round(value * 10) / 10);
