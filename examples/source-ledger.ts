// Source track records across stories: three outlets cover a string of local events; one of
// them keeps getting the date wrong. A source ledger learns that from each analysed story,
// ranks the outlets with credible intervals, and the next story starts from those records.
// Run: npx tsx examples/source-ledger.ts
// (The command line does the same over story folders: corroborate --stories DIR --ledger FILE.)
import { type ArticleInput, analyze, createSourceLedger, SourceLedger } from 'corroborate';

/** One story: three outlets report a library reopening; `late` misdates it by three days. */
function libraryStory(town: string, day: number, late: boolean): ArticleInput[] {
  const date = `${day} March 2025`;
  return [
    {
      id: `${town}-courier`,
      source: 'Courier',
      text: `${town} library reopens\n\nThe ${town} public library reopened on ${date} after a two-year renovation. The mayor cut the ribbon at 10 a.m. before a crowd of 300 people.`,
    },
    {
      id: `${town}-gazette`,
      source: 'Gazette',
      text: `Library doors open again in ${town}\n\nAfter two years of renovation, the ${town} public library reopened on ${date}. The mayor opened it at 10 a.m., and about 300 residents came.`,
    },
    {
      id: `${town}-herald`,
      source: 'Herald',
      text: `${town} library back in business\n\nThe renovated ${town} public library reopened on ${late ? day - 3 : day} March 2025, two years after it closed. The mayor was there at 10 a.m. with 300 people.`,
    },
  ];
}

const TOWNS = [
  'Arden',
  'Brook',
  'Calder',
  'Dunmore',
  'Easton',
  'Fairley',
  'Glenrock',
  'Hollis',
  'Ingleby',
  'Jarrow',
  'Kelso',
  'Lydford',
  'Marden',
  'Norley',
  'Otterby',
  'Penrith',
  'Quarley',
  'Rydal',
  'Selby',
  'Tarleton',
];

/** Records each story into a ledger, then judges one more story from the ledger's priors. */
export function ledgerAcrossStories(): { lines: string[]; ledger: SourceLedger } {
  const ledger = createSourceLedger();
  // Twenty towns, one story each, on days 1..20 of March; the Herald misdates three in four.
  const stories = TOWNS.map((town, index) => [town, index + 1, index % 4 !== 1] as const);
  for (const [town, day, late] of stories) {
    // analyze reads the ledger's priors; record() then learns from the story.
    const analysis = analyze(libraryStory(town, day, late), { ledger });
    ledger.record(analysis, { story: town.toLowerCase() });
  }
  const lines = ['source     reliability  90% interval  stories  contradicted'];
  for (const source of ledger.rank()) {
    lines.push(
      `${source.source.padEnd(10)} ${source.reliability.toFixed(2).padStart(11)}  ${source.interval.map((x) => x.toFixed(2)).join('–')}   ${String(source.stories).padStart(7)}  ${String(source.contradicted).padStart(12)}`,
    );
  }

  // The next story starts from the track records: each report says which prior it used.
  const next = analyze(libraryStory('Ulverston', 28, false), { ledger });
  lines.push('', 'Ulverston, judged with the ledger:');
  for (const report of next.articles) {
    lines.push(
      `  ${report.id.padEnd(18)} starting trust ${report.prior?.trust?.toFixed(2) ?? 'none'} (reliability ${report.prior?.reliability?.toFixed(2) ?? 'unknown'})`,
    );
  }

  // The ledger is plain, versioned JSON: store it and restore it exactly.
  const saved = JSON.stringify(ledger);
  if (JSON.stringify(SourceLedger.fromJSON(saved)) !== saved) throw new Error('round trip failed');
  return { lines, ledger };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ledgerAcrossStories().lines.join('\n'));
}
