// Analyse a story covered by several outlets and print who to trust less, and why.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArticleInput, analyze } from 'corroborate';

export function analyzeFolder(folder: string): string[] {
  const articles: ArticleInput[] = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({
      id: name.replace(/\.txt$/, ''),
      text: readFileSync(join(folder, name), 'utf8'),
    }));

  const analysis = analyze(articles);
  const lines: string[] = [];
  for (const article of [...analysis.articles].sort((a, b) => b.score - a.score)) {
    lines.push(`${article.id.padEnd(22)} ${article.score.toFixed(2)} ${article.flags.join(', ')}`);
  }
  for (const outlier of analysis.outliers) {
    lines.push(`\n${outlier.id} is an outlier:`);
    for (const reason of outlier.reasons) lines.push(`  - ${reason.message}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(analyzeFolder(process.argv[2] ?? 'fixtures/asia-trip-2025').join('\n'));
}
