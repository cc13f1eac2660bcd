// Every regular expression in src/ must run in linear time on hostile text: each is run in a
// worker thread against 50,000-character worst-case strings built from the characters it
// quantifies (runs, alternations, near-misses), and a worker whose input exceeds the budget is
// terminated (the next pattern gets a fresh one), so a catastrophic pattern fails its test
// instead of hanging the suite. The budget
// runs from the moment the worker starts each input, so worker start-up on a busy machine never
// counts against a pattern.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { type FoundRegex, findRegexes } from './helpers/regex-sources.js';

const REPO = path.resolve(import.meta.dirname, '..');
const WORKER = new URL('./helpers/regex-worker.mjs', import.meta.url);
/** Length of every worst-case string. */
const INPUT_LENGTH = 50_000;
/**
 * Time one input may take. Linear patterns take under 20 ms on 50,000 characters here, a
 * quadratic one seconds, an exponential one forever: 2 s leaves a hundredfold margin for a
 * loaded machine and still catches both.
 */
const INPUT_BUDGET_MS = 2_000;
/** Inputs slower than this are listed in the report (not failed): the slowest linear ones. */
const REPORT_SLOWER_THAN_MS = 100;

interface RegexRun {
  /** `ok`, or `timeout` with the input that exceeded the budget. */
  outcome: 'ok' | 'timeout' | 'error';
  inputs: number;
  slowest: { label: string; ms: number } | null;
  timedOut?: string;
  error?: string;
}

interface WorkerMessage {
  type: 'start' | 'done' | 'error';
  id: number;
  label?: string;
  inputs?: number;
  timings?: { label: string; ms: number }[];
  error?: string;
}

/**
 * The worker that runs patterns one after another (starting one costs ~60 ms, a third of a
 * pattern's run); a pattern that exceeds the budget gets it terminated, and the next pattern a
 * fresh one.
 */
let shared: Worker | null = null;
let nextId = 0;

/** Runs one pattern in the shared worker against its worst-case strings, terminating it on a timeout. */
function runRegex(source: string, flags: string): Promise<RegexRun> {
  return new Promise((resolve) => {
    if (shared === null) {
      shared = new Worker(WORKER);
      // An idle worker must not keep the test process alive.
      shared.unref();
    }
    const worker = shared;
    const id = nextId++;
    let current = 'starting';
    let timer: NodeJS.Timeout | undefined;
    const finish = (run: RegexRun, keepWorker: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      if (!keepWorker) {
        if (shared === worker) shared = null;
        void worker.terminate();
      }
      resolve(run);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => finish({ outcome: 'timeout', inputs: 0, slowest: null, timedOut: current }, false),
        INPUT_BUDGET_MS,
      );
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.id !== id) return;
      if (message.type === 'start') {
        current = message.label!;
        arm();
        return;
      }
      if (message.type === 'error') {
        finish({ outcome: 'error', inputs: 0, slowest: null, error: message.error }, true);
        return;
      }
      const slowest = [...message.timings!].sort((a, b) => b.ms - a.ms)[0] ?? null;
      finish({ outcome: 'ok', inputs: message.inputs!, slowest }, true);
    };
    const onError = (error: Error) =>
      finish({ outcome: 'error', inputs: 0, slowest: null, error: String(error) }, false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ id, source, flags, length: INPUT_LENGTH });
  });
}

const regexes: FoundRegex[] = findRegexes(path.join(REPO, 'src'), REPO);
const report: Record<string, RegexRun & { regex: string }> = {};

describe('regular expressions in src/', () => {
  afterAll(async () => {
    await shared?.terminate();
    shared = null;
  });

  it('are all found, and every RegExp constructor folds to a constant pattern', () => {
    expect(regexes.length).toBeGreaterThan(50);
    const unfolded = regexes
      .filter((regex) => regex.source === null)
      .map((regex) => `${regex.where} ${regex.text}`);
    // A pattern built at run time cannot be checked here: build it from constants in its file.
    expect(unfolded).toEqual([]);
  });

  it(
    'the harness catches an exponential pattern, (a+)+$, and a quadratic one, \\s+$',
    async () => {
      const exponential = await runRegex('^(a+)+$', '');
      expect(exponential.outcome).toBe('timeout');
      expect(exponential.timedOut).toMatch(/^run "a"|^generic "a"/);
      const quadratic = await runRegex('\\s+$', '');
      expect(quadratic.outcome).toBe('timeout');
    },
    INPUT_BUDGET_MS * 10,
  );

  for (const regex of regexes) {
    if (regex.source === null) continue;
    it(`${regex.where} ${regex.text} is linear on 50,000-character worst cases`, async () => {
      const run = await runRegex(regex.source!, regex.flags);
      report[regex.where + ' ' + regex.text] = {
        ...run,
        regex: `/${regex.source}/${regex.flags}`,
      };
      expect(run.error).toBeUndefined();
      expect(run.timedOut, `input over ${INPUT_BUDGET_MS} ms`).toBeUndefined();
      expect(run.inputs).toBeGreaterThan(0);
    });
  }

  it('writes the slowest input of each pattern to regex-safety.json in a temp folder', () => {
    const slow = Object.entries(report)
      .filter(([, run]) => (run.slowest?.ms ?? 0) > REPORT_SLOWER_THAN_MS || run.outcome !== 'ok')
      .map(([where, run]) => ({ where, ...run }));
    const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-regex-safety-'));
    writeFileSync(
      path.join(folder, 'regex-safety.json'),
      `${JSON.stringify({ budgetMs: INPUT_BUDGET_MS, inputLength: INPUT_LENGTH, regexes: regexes.length, slow, all: report }, null, 2)}\n`,
    );
    expect(Object.keys(report).length).toBe(
      regexes.filter((regex) => regex.source !== null).length,
    );
  });
});
