// `corroborate --stories` on 50 story folders: --jobs 1 against the default (one worker per
// core), with the built command run as a user runs it. Each story is a synthetic corpus from
// bench/synthetic-corpus.ts (fixture-like: one trip story told by several outlets, with wire
// copies and stale office holders), written as .txt files into a temp folder.
// Run: npx tsx bench/stories.ts [--stories 50] [--articles 8] [--runs 2] [--no-build]
// Prints a markdown table for bench/BENCHMARKS.md; checks both runs print identical lines.
// With GNU time at /usr/bin/time, each run's CPU time (user + system, all threads) is shown
// too: on a shared host whose scheduler gives the process a fixed share of the cores, wall
// time follows CPU time whatever the number of threads.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './synthetic-corpus.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? Number(args[index + 1]) : fallback;
};
const STORIES = option('--stories', 50);
const ARTICLES = option('--articles', 8);
const RUNS = option('--runs', 2);

function main(): void {
  if (!args.includes('--no-build')) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
  }
  const work = mkdtempSync(path.join(tmpdir(), 'corroborate-stories-bench-'));
  try {
    let characters = 0;
    for (let story = 0; story < STORIES; story++) {
      const folder = path.join(work, `story-${String(story).padStart(3, '0')}`);
      mkdirSync(folder);
      for (const article of generateCorpus({ articles: ARTICLES, seed: 1000 + story })) {
        const text = `${article.title ?? article.id}\n\n${article.text}`;
        characters += text.length;
        writeFileSync(path.join(folder, `${article.id.replace(/[^\w-]/g, '_')}.txt`), text);
      }
    }
    const cli = path.join(REPO, 'dist', 'cli.js');
    const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
    const cpuFile = path.join(work, 'cpu.txt');
    const time = (jobs: string[]) => {
      const command = [process.execPath, cli, '--stories', work, ...jobs];
      const started = process.hrtime.bigint();
      const result = gnuTime
        ? spawnSync(gnuTime, ['-o', cpuFile, '-f', '%U %S', ...command], {
            encoding: 'utf8',
            maxBuffer: 1024 * 1024 * 1024,
          })
        : spawnSync(command[0]!, command.slice(1), {
            encoding: 'utf8',
            maxBuffer: 1024 * 1024 * 1024,
          });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = gnuTime
        ? readFileSync(cpuFile, 'utf8')
            .trim()
            .split(/\s+/)
            .map(Number)
            .reduce((sum, value) => sum + value, 0)
        : Number.NaN;
      if (result.status !== 0 && result.status !== 1) {
        throw new Error(`corroborate --stories failed (${result.status}): ${result.stderr}`);
      }
      return { seconds, cpu, stdout: result.stdout };
    };
    const rows: string[] = [];
    let reference: string | undefined;
    for (const [label, jobs] of [
      ['--jobs 1', ['--jobs', '1']],
      [`default (${availableParallelism()} cores)`, []],
    ] as const) {
      const times: number[] = [];
      const cpus: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { seconds, cpu, stdout } = time([...jobs]);
        times.push(seconds);
        cpus.push(cpu);
        if (reference === undefined) reference = stdout;
        else if (stdout !== reference) throw new Error(`${label} printed different lines`);
      }
      const best = Math.min(...times);
      rows.push(
        `| ${label} | ${times.map((t) => t.toFixed(2)).join(', ')} | ${best.toFixed(2)} | ${(STORIES / best).toFixed(1)} | ${cpus.map((c) => c.toFixed(2)).join(', ')} |`,
      );
    }
    console.log(
      `${STORIES} stories × ${ARTICLES} articles (${(characters / 1e6).toFixed(2)} M characters), Node ${process.version}, ${availableParallelism()} cores; load average at the end ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      '\n| jobs | wall seconds per run | best | stories per second | CPU seconds per run |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
