// Runs every benchmark script in turn, each in its own Node process (so none warms another's caches),
// streams their markdown output and ends with a summary of status and wall time per script.
// Run: npx tsx bench/run-all.ts [--only align,split-sentences]
// Exits non-zero when any benchmark fails or is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The benchmarks, in the order they run (fast ones first). Each is `bench/<name>.ts`, run with its
 * default arguments. Add new benchmark scripts here.
 */
const BENCHMARKS = [
  'split-sentences',
  'knowledge-base',
  'msrp-calibrate',
  'sts-eval',
  'compare-sentences',
  'truth-book',
  'truth-weather-like',
  'truth-heterogeneous',
  'ledger-newsroom',
  'ledger-book-author',
  'ledger-file',
  'extract-throughput',
  'extract-dates-quantities',
  'align',
  'analyze',
  'corpus-score',
  'cancel',
  'copy-clusters',
  'ecb-contradictions',
  'ecb-roles',
  'person-names',
  'eval-real',
  'linear',
  'package-size',
  'stories',
  'thread-scaling',
] as const;

/** Modules in bench/ that other scripts import; not benchmarks themselves. */
const HELPERS = new Set([
  'run-all',
  'synthetic-corpus',
  'author-list',
  'book-author-data',
  'rank-correlation',
  'heterogeneous-claims',
  'ecb-plus',
  'tfidf-cosine',
]);

const BENCH_DIRECTORY = fileURLToPath(new URL('./', import.meta.url));

interface Outcome {
  name: string;
  status: 'ok' | 'failed' | 'missing';
  seconds: number;
}

function selected(): string[] {
  const index = process.argv.indexOf('--only');
  if (index === -1) return [...BENCHMARKS];
  const names = (process.argv[index + 1] ?? '').split(',').filter((name) => name !== '');
  const unknown = names.filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(
      `--only takes a comma-separated list of: ${BENCHMARKS.join(', ')}${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`,
    );
  }
  return names;
}

function unlisted(): string[] {
  return readdirSync(BENCH_DIRECTORY)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .filter((name) => !HELPERS.has(name) && !(BENCHMARKS as readonly string[]).includes(name))
    .sort();
}

function run(name: string): Outcome {
  const script = `${BENCH_DIRECTORY}${name}.ts`;
  process.stdout.write(`\n## ${name}\n\n`);
  if (!existsSync(script)) {
    process.stdout.write(`(missing: ${script})\n`);
    return { name, status: 'missing', seconds: 0 };
  }
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  return { name, status: result.status === 0 ? 'ok' : 'failed', seconds };
}

function main(): void {
  let names: string[];
  try {
    names = selected();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const forgotten = unlisted();
  if (forgotten.length > 0) {
    process.stderr.write(
      `warning: bench/ scripts not in run-all's list (add them or mark them as helpers): ${forgotten.join(', ')}\n`,
    );
  }
  const outcomes = names.map(run);
  process.stdout.write(
    '\n## Summary\n\n| benchmark | status | wall time |\n| --- | --- | ---: |\n',
  );
  for (const outcome of outcomes) {
    process.stdout.write(
      `| ${outcome.name} | ${outcome.status} | ${outcome.seconds.toFixed(1)} s |\n`,
    );
  }
  if (outcomes.some((outcome) => outcome.status !== 'ok')) process.exitCode = 1;
}

main();
