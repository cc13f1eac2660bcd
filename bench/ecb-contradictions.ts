// Evaluation: contradictions and disputes by kind when analyze() reads real articles about one event.
// ECB+ dev (Cybulska & Vossen, LREC 2014): per topic, the `ecb` articles (one event) and the
// `ecbplus` articles (its sibling event) are analysed as two clusters of at least 3 articles.
// Articles about one event rarely contradict each other, so most contradictions found here are
// false alarms or differences of detail worth reading; `--examples` lists the place and figure ones.
// Usage: npx tsx bench/ecb-contradictions.ts [dir] [--examples]
//   (dir defaults to ../shared/data/ecb-plus-dev relative to the repository root)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const directory = resolve(positional[0] ?? join(repositoryRoot, '../shared/data/ecb-plus-dev'));
const showExamples = process.argv.includes('--examples');

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

// Tokens back to text: one space between tokens, none before closing punctuation or after opening.
function detokenise(xml: string, skipUrlSentence: boolean): string {
  const sentences = new Map<number, string[]>();
  for (const match of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const sentence = Number(match[1]);
    if (skipUrlSentence && sentence === 0) continue;
    const tokens = sentences.get(sentence) ?? [];
    tokens.push(match[2]!.replace(/&(amp|quot|apos|lt|gt);/g, (entity) => ENTITIES[entity]!));
    sentences.set(sentence, tokens);
  }
  return [...sentences.values()]
    .map((tokens) =>
      tokens
        .join(' ')
        .replace(/ ([.,;:!?%)'])/g, '$1')
        .replace(/([($]) /g, '$1')
        .replace(/ n't/g, "n't")
        .replace(/ 's\b/g, "'s"),
    )
    .join(' ');
}

const counts: Record<string, number> = {};
const examples: string[] = [];
let clusters = 0;
let articleCount = 0;
for (const topic of readdirSync(directory)
  .filter((name) => /^\d+$/.test(name))
  .sort()) {
  for (const kind of ['ecb', 'ecbplus']) {
    const files = readdirSync(join(directory, topic))
      .filter((file) => file.endsWith(`${kind}.xml`))
      .sort();
    const articles = files.map((file) => ({
      id: file,
      text: detokenise(readFileSync(join(directory, topic, file), 'utf8'), kind === 'ecbplus'),
    }));
    if (articles.length < 3) continue;
    clusters++;
    articleCount += articles.length;
    const analysis = analyze(articles, { asOf: '2015-01-01' });
    for (const report of analysis.articles) {
      for (const contradiction of report.contradictions) {
        const key = contradiction.object.includes(':year') ? 'year' : contradiction.kind;
        counts[key] = (counts[key] ?? 0) + 1;
        if (key !== 'role-holder' && key !== 'itinerary') {
          examples.push(
            `${topic}/${kind} ${contradiction.object}: ${JSON.stringify(contradiction.value)} vs ${JSON.stringify(contradiction.consensus)}`,
          );
        }
      }
    }
  }
}
console.log(`ECB+ dev: ${clusters} clusters, ${articleCount} articles. Contradictions by kind:`);
console.log(JSON.stringify(counts));
if (showExamples) console.log(examples.join('\n'));
