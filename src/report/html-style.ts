// The HTML report's inline stylesheet and script: static text, hashed into its CSP.

/** Buckets of the heatmap's colour scale: share rounded to tenths, 0..10. */
export const HEATMAP_BUCKETS = 10;

/** One rule per heatmap bucket, red (no agreement) through amber to green (full agreement). */
function heatmapRules(): string {
  const rules: string[] = [];
  for (let bucket = 0; bucket <= HEATMAP_BUCKETS; bucket++) {
    const hue = Math.round((bucket / HEATMAP_BUCKETS) * 130);
    rules.push(`.heatmap td.h${bucket}{background:hsl(${hue} 65% 82%)}`);
  }
  return rules.join('\n');
}

/** The report's whole stylesheet; system fonts only, so nothing is fetched. */
export const REPORT_CSS = `
:root{color-scheme:light;--ink:#1d2430;--muted:#5b6676;--line:#d9dee5;--bad:#b3261e;--warn:#9a6700;--good:#1f7a3a;--mark:#ffe36e;--panel:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:1120px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{font-size:24px;margin:0 0 8px}
h2{font-size:19px;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:16px 0 4px}
p.note{color:var(--muted);margin:4px 0 12px;max-width:80ch}
dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:8px 0 0}
dl.summary dt{color:var(--muted)}
dl.summary dd{margin:0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
th{font-weight:600;color:var(--muted);font-size:13px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;overflow-wrap:anywhere}
.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;white-space:nowrap;word-break:keep-all;overflow-wrap:normal;hyphens:none}
td .id{display:inline-block;max-width:32ch;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
a.url,span.url{font-size:13px;overflow-wrap:anywhere;color:#0b57d0}
p.link{margin:0 0 4px}
details.how{display:inline;margin-left:8px}
details.how>summary{display:inline;cursor:pointer;color:var(--muted);font-size:13px}
details.how>p{margin:4px 0;color:var(--muted);font-size:13px;max-width:80ch}
abbr[title]{text-decoration:underline dotted;cursor:help}
.muted{color:var(--muted)}
.badge{display:inline-block;font-size:12px;font-weight:600;padding:0 6px;border-radius:8px;margin:0 4px 2px 0;background:var(--panel);border:1px solid var(--line)}
.badge.outlier,.badge.stale-figure{background:#fde7e5;border-color:#f1b8b3;color:var(--bad)}
.badge.contradiction,.badge.role-conflict{background:#fff4d6;border-color:#f0d58c;color:var(--warn)}
tr.outlier td{background:#fff6f5}
tr.outlier td:first-child{box-shadow:inset 4px 0 0 var(--bad)}
svg.bar{vertical-align:middle}
td.score{white-space:nowrap}
svg.bar .track{fill:#e8ebef}
svg.bar .fill.good{fill:var(--good)}
svg.bar .fill.fair{fill:#d29b00}
svg.bar .fill.poor{fill:var(--bad)}
section.outlier-card{border:1px solid #f1b8b3;border-left:4px solid var(--bad);border-radius:6px;padding:8px 16px 12px;margin:12px 0;background:#fffafa}
ol.reasons{margin:8px 0 0;padding-left:24px}
ol.reasons li{margin:6px 0}
details.reason>summary{cursor:pointer}
details.reason>summary:hover{text-decoration:underline}
.kind{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-right:6px}
blockquote.context{margin:8px 0 4px;padding:8px 12px;background:var(--panel);border-left:3px solid var(--line);white-space:pre-wrap;overflow-wrap:anywhere}
blockquote.context .sentence{background:#fff7c7}
blockquote.context mark{background:var(--mark);color:inherit;font-weight:600;padding:0 1px}
.cite{font-size:13px;color:var(--muted)}
.heatmap-wrap{overflow-x:auto}
table.heatmap{width:auto}
table.heatmap th,table.heatmap td{border:1px solid #fff;padding:4px 6px;font-size:13px}
table.heatmap thead th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;vertical-align:bottom;max-height:180px;overflow:hidden;text-overflow:ellipsis}
table.heatmap tbody th{white-space:nowrap;max-width:220px;overflow:hidden;text-overflow:ellipsis}
table.heatmap td.cell{min-width:44px;text-align:center;font-variant-numeric:tabular-nums;cursor:pointer}
table.heatmap td.self{background:#eef0f3}
table.heatmap td.none{background:#fafbfc;color:var(--muted)}
table.heatmap td.selected{outline:3px solid var(--ink);outline-offset:-3px}
${heatmapRules()}
.legend{display:flex;gap:2px;align-items:center;font-size:12px;color:var(--muted);margin:6px 0}
.legend span.swatch{display:inline-block;width:18px;height:12px}
${Array.from({ length: HEATMAP_BUCKETS + 1 }, (_, bucket) => `.legend .h${bucket}{background:hsl(${Math.round((bucket / HEATMAP_BUCKETS) * 130)} 65% 82%)}`).join('\n')}
table.facts td.statement{max-width:420px}
table.facts details summary{cursor:pointer;color:var(--muted);font-size:13px}
table.facts ul{margin:4px 0;padding-left:18px}
.dissent{color:var(--bad)}
.consensus{color:var(--good)}
#facts-filter{font-size:13px}
#facts-filter[hidden]{display:none}
button{font:inherit;font-size:13px;padding:2px 10px;border:1px solid var(--line);border-radius:4px;background:#fff;cursor:pointer}
footer{margin-top:40px;padding-bottom:32px;color:var(--muted);font-size:13px}
@media print{details.reason{display:block}details.reason>*{display:block}}
`;

/**
 * The report's only script. Clicking a heatmap cell shows just the facts both articles
 * state; "Show all facts" undoes it. Reasons open through `<details>`, so they work
 * without the script too. Reads ids from `data-*` attributes and never writes markup.
 */
export const REPORT_SCRIPT = `
(() => {
  'use strict';
  const rows = Array.from(document.querySelectorAll('#facts tbody tr[data-articles]'));
  const filter = document.getElementById('facts-filter');
  const label = document.getElementById('facts-filter-label');
  const reset = document.getElementById('facts-reset');
  let selected = null;
  function members(row) {
    try { return JSON.parse(row.getAttribute('data-articles') || '[]'); } catch { return []; }
  }
  function show(a, b) {
    let shown = 0;
    for (const row of rows) {
      const ids = members(row);
      const visible = a === null || (ids.includes(a) && ids.includes(b));
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (filter && label) {
      filter.hidden = a === null;
      label.textContent = a === null ? '' : shown + ' fact' + (shown === 1 ? '' : 's') + ' stated by both ' + a + ' and ' + b + '.';
    }
  }
  for (const cell of document.querySelectorAll('table.heatmap td.cell[data-a]')) {
    cell.addEventListener('click', () => {
      if (selected) selected.classList.remove('selected');
      selected = cell;
      cell.classList.add('selected');
      show(cell.getAttribute('data-a'), cell.getAttribute('data-b'));
      const facts = document.getElementById('facts');
      if (facts) facts.scrollIntoView({ block: 'start' });
    });
  }
  if (reset) {
    reset.addEventListener('click', () => {
      if (selected) selected.classList.remove('selected');
      selected = null;
      show(null, null);
    });
  }
})();
`;
