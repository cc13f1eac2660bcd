// The source table `--ledger` prints after a run: every source of the ledger, ranked as
// `SourceLedger.rank()` ranks them (lower end of the credible interval first).
import type { SourceLedger, SourceReliability } from '../index.js';
import { escapeControl } from './escape-control.js';

/**
 * Most sources listed before the middle of the table is elided: the top and the bottom of the
 * ranking (the most and the least reliable) are what a reader scans for; `--verbose` lists all.
 */
export const MAX_TABLE_ROWS = 40;
/** Longest source name shown; longer keys are cut with an ellipsis (the ledger file has them whole). */
const MAX_SOURCE_WIDTH = 36;

/** What the run did to the ledger, for the table's heading. */
export interface LedgerRunSummary {
  /** The ledger file as given on the command line. */
  file: string;
  /** Stories recorded by this run. */
  recorded: number;
  /** How many of those replaced a record of the same story key. */
  replaced: number;
}

/**
 * The table as plain text lines (no colour): a heading, then source, reliability, credible
 * interval, stories, contradicted statements, stale figures and unrelated articles. Control
 * characters in source names are shown escaped.
 */
export function renderSourceTable(
  ledger: SourceLedger,
  summary: LedgerRunSummary,
  options: { all?: boolean } = {},
): string {
  const ranked = ledger.rank();
  const mass = Math.round(ledger.options.credibleMass * 100);
  const { halfLifeDays } = ledger.options;
  const decay = halfLifeDays === null ? '' : ` (half-life ${halfLifeDays} days)`;
  const heading = `Source ledger ${escapeControl(summary.file)}${decay}: ${plural(ranked.length, 'source')}, ${plural(ledger.size, 'story', 'stories')} (${summary.recorded} recorded by this run${summary.replaced > 0 ? `, ${summary.replaced} replacing earlier records` : ''})`;
  if (ranked.length === 0) return `${heading}\n`;
  const header = [
    'source',
    'reliability',
    `${mass}% interval`,
    'stories',
    'contradicted',
    'stale',
    'unrelated',
  ];
  const row = (source: SourceReliability) => [
    cut(escapeControl(source.source)),
    source.reliability.toFixed(2),
    `${source.interval[0].toFixed(2)}–${source.interval[1].toFixed(2)}`,
    String(source.stories),
    String(source.contradicted),
    String(source.staleFigures),
    String(source.unrelated),
  ];
  const shown = options.all ? ranked : elide(ranked, MAX_TABLE_ROWS);
  const rows = shown.map((source) => (typeof source === 'number' ? source : row(source)));
  const cells = [header, ...rows.filter((cells) => typeof cells !== 'number')] as string[][];
  const widths = header.map((_, column) => Math.max(...cells.map((line) => width(line[column]!))));
  const format = (line: string[]) =>
    `  ${line
      .map((cell, column) =>
        column === 0 ? pad(cell, widths[column]!) : padStart(cell, widths[column]!),
      )
      .join('  ')}`.trimEnd();
  const lines = [heading, format(header)];
  for (const entry of rows) {
    lines.push(
      typeof entry === 'number'
        ? `  … ${plural(entry, 'more source')} (--verbose lists every source; the ledger file has them all)`
        : format(entry),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The first and last `max / 2` of `items`, with the count of those left out in between. */
function elide<T>(items: readonly T[], max: number): (T | number)[] {
  if (items.length <= max) return [...items];
  const half = Math.floor(max / 2);
  return [...items.slice(0, half), items.length - 2 * half, ...items.slice(-half)];
}

const width = (text: string) => [...text].length;
const pad = (text: string, size: number) => text + ' '.repeat(Math.max(0, size - width(text)));
const padStart = (text: string, size: number) => ' '.repeat(Math.max(0, size - width(text))) + text;
const cut = (text: string) =>
  width(text) > MAX_SOURCE_WIDTH ? `${[...text].slice(0, MAX_SOURCE_WIDTH - 1).join('')}…` : text;
const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;
