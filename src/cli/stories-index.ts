// The HTML index of `corroborate --stories --html DIR`: one row per story, linking its report.
import { escapeHtml } from '../report/html-escape.js';
import {
  renderSourceSection,
  SOURCE_SECTION_CSS,
  type SourceTableRow,
} from '../report/source-chart.js';
import type { StoryResult } from './story-job.js';

/** A story's report file name: its folder name with anything but letters, digits, `.`, `_` and `-` as `_`. */
export function storyFileName(story: string): string {
  const safe = story.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return `${safe.slice(0, 120) || 'story'}.html`;
}

const INDEX_CSS =
  'body{font:15px/1.5 system-ui,sans-serif;color:#1d2430;max-width:1120px;margin:24px auto;padding:0 24px}table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #d9dee5}th{color:#5b6676;font-size:13px}td.num{text-align:right}.story{font-family:ui-monospace,monospace;white-space:nowrap}.error{color:#b3261e}.outlier{color:#b3261e;white-space:nowrap}';

/** The `--ledger` source table of the index: ranked rows and what they were drawn from. */
export interface IndexSources {
  rows: readonly SourceTableRow[];
  meta: { file: string; stories: number; credibleMass: number };
}

/**
 * A self-contained page (no script, nothing loaded) listing every story in name order; with
 * `sources` (`--ledger`), the ranked source table with a chart per source after it.
 */
export function renderStoriesIndex(
  results: readonly StoryResult[],
  files: readonly string[],
  sources?: IndexSources,
): string {
  const rows = results.map((result) => {
    const name = escapeHtml(result.story);
    if ('error' in result) {
      return `<tr><td class="story">${name}</td><td class="num">–</td><td class="error" colspan="2">${escapeHtml(result.error.code)}: ${escapeHtml(result.error.message)}</td></tr>`;
    }
    const href = encodeURI(files[result.index] ?? '');
    const outliers = result.analysis.outliers
      .map((outlier) => `<span class="outlier">${escapeHtml(outlier.id)}</span>`)
      .join(', ');
    return `<tr><td class="story"><a href="${escapeHtml(href)}">${name}</a></td><td class="num">${result.analysis.articles.length}</td><td class="num">${result.analysis.outliers.length}</td><td>${outliers || 'none'}</td></tr>`;
  });
  const failed = results.filter((result) => 'error' in result).length;
  const withOutliers = results.filter(
    (result) => 'analysis' in result && result.analysis.outliers.length > 0,
  ).length;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>corroborate: ${results.length} stories</title><style>${INDEX_CSS}${sources ? SOURCE_SECTION_CSS : ''}</style></head><body>`,
    `<h1>corroborate: ${results.length} stories</h1>`,
    `<p>${withOutliers} with outliers${failed > 0 ? `, ${failed} could not be read` : ''}. Each story links to its own report.</p>`,
    `<table><thead><tr><th>Story</th><th>Articles</th><th>Outliers</th><th>Outlier articles</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    ...(sources ? [renderSourceSection(sources.rows, sources.meta)] : []),
    '</body></html>',
    '',
  ].join('\n');
}
