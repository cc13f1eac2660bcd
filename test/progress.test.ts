// Progress reports and cancellation: onProgress and signal on analyze, analyzeAsync and the
// corpus's methods (src/progress.ts).
import { describe, expect, it } from 'vitest';
import { revive } from '../src/analyze-async.js';
import {
  analyze,
  analyzeAsync,
  CorroborateError,
  createCorpus,
  createSourceLedger,
  officeHolders,
  PROGRESS_STAGES,
  type Progress,
} from '../src/index.js';
import { loadStory } from './helpers/fixtures.js';
import { thrown } from './helpers/guards.js';

const asia = loadStory('asia-trip-2025');

function abortedController(): AbortController {
  const controller = new AbortController();
  controller.abort();
  return controller;
}

describe('onProgress', () => {
  it('reports every stage in order, 0 first, total last, done never falling', () => {
    const reports: Progress[] = [];
    const analysis = analyze(asia, { onProgress: (progress) => reports.push({ ...progress }) });
    expect(analysis).toEqual(analyze(asia));
    const stages = [...new Set(reports.map((report) => report.stage))];
    expect(stages).toEqual(PROGRESS_STAGES.filter((stage) => stage !== 'score'));
    for (const stage of stages) {
      const own = reports.filter((report) => report.stage === stage);
      expect(own[0]!.done).toBe(0);
      expect(own.at(-1)!.done).toBe(own[0]!.total);
      for (let i = 1; i < own.length; i++) {
        expect(own[i]!.done).toBeGreaterThanOrEqual(own[i - 1]!.done);
        expect(own[i]!.total).toBe(own[0]!.total);
      }
    }
    const sentences = analysis.articles.reduce((sum, article) => sum + article.sentences, 0);
    expect(reports.find((report) => report.stage === 'align')!.total).toBe(sentences);
    expect(reports.find((report) => report.stage === 'prepare')!.total).toBe(asia.length);
  });

  it('reports about every 1 %, not once per unit', () => {
    const reports: Progress[] = [];
    analyze(asia, { onProgress: (progress) => reports.push({ ...progress }) });
    const align = reports.filter((report) => report.stage === 'align');
    // 261 sentences: a report every 3 sentences, plus 0 and the total.
    expect(align.length).toBeLessThanOrEqual(102);
    expect(align.length).toBeGreaterThan(50);
  });

  it('reports the corpus build, add and score', () => {
    const reports: Progress[] = [];
    const onProgress = (progress: Progress) => reports.push({ ...progress });
    const corpus = createCorpus(asia.slice(0, 3), { onProgress });
    expect(reports.map((report) => report.done)).toEqual([0, 1, 2, 3]);
    reports.length = 0;
    corpus.add(asia[3]!, { onProgress });
    expect(reports).toEqual([
      { stage: 'prepare', done: 0, total: 1 },
      { stage: 'prepare', done: 1, total: 1 },
    ]);
    reports.length = 0;
    const score = corpus.score(asia[4]!, { onProgress });
    const scoring = reports.filter((report) => report.stage === 'score');
    expect(scoring[0]).toEqual({ stage: 'score', done: 0, total: score.matches.length });
    expect(scoring.at(-1)).toEqual({
      stage: 'score',
      done: score.matches.length,
      total: score.matches.length,
    });
    // The build's callback is not kept for later calls, nor written to the corpus's JSON.
    reports.length = 0;
    corpus.add({ id: 'later', text: 'A later article about the trip.' });
    corpus.analyze();
    expect(reports).toEqual([]);
    expect(JSON.stringify(corpus.toJSON())).not.toContain('onProgress');
  });
});

describe('signal', () => {
  it('an aborted signal throws ABORTED before any work, on every entry point', () => {
    const { signal } = abortedController();
    let called = false;
    const onProgress = () => {
      called = true;
    };
    for (const run of [
      () => analyze(asia, { signal, onProgress }),
      () => createCorpus(asia, { signal, onProgress }),
      () => createCorpus().add(asia[0]!, { signal, onProgress }),
      () => createCorpus(asia.slice(1)).score(asia[0]!, { signal, onProgress }),
      () => createCorpus(asia).analyze({ signal, onProgress }),
    ]) {
      const error = thrown(run);
      expect(error.code).toBe('ABORTED');
      expect(error.details).toMatchObject({ field: 'options.signal', stage: 'start' });
      expect(error.message).toMatch(/before any work/);
    }
    expect(called).toBe(false);
  });

  it('an abort from onProgress stops analyze at once, naming the stage', () => {
    const controller = new AbortController();
    const after: Progress[] = [];
    const error = thrown(() =>
      analyze(asia, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (controller.signal.aborted) after.push(progress);
          if (progress.stage === 'align' && progress.done > 0) controller.abort('user left');
        },
      }),
    );
    expect(error.code).toBe('ABORTED');
    expect(error.details.stage).toBe('align');
    expect(error.message).toBe('aborted during the align stage (user left).');
    expect(after).toEqual([]);
  });

  it('an abort in any stage stops there', () => {
    for (const stage of PROGRESS_STAGES.filter((name) => name !== 'score')) {
      const controller = new AbortController();
      const error = thrown(() =>
        analyze(asia, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (progress.stage === stage) controller.abort();
          },
        }),
      );
      expect(error.details.stage).toBe(stage);
    }
  });

  it('an aborted add leaves the corpus as it was', () => {
    const corpus = createCorpus(asia.slice(0, 2));
    const before = JSON.stringify(corpus.toJSON());
    const controller = new AbortController();
    const error = thrown(() =>
      corpus.add(asia[2]!, {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(error.code).toBe('ABORTED');
    expect(corpus.size).toBe(2);
    expect(corpus.has(asia[2]!.id)).toBe(false);
    expect(JSON.stringify(corpus.toJSON())).toBe(before);
    // And the corpus still works: the article can be added afterwards.
    corpus.add(asia[2]!);
    expect(corpus.size).toBe(3);
  });

  it('an abort during the build stops createCorpus', () => {
    const controller = new AbortController();
    const error = thrown(() =>
      createCorpus(asia, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.done === 2) controller.abort();
        },
      }),
    );
    expect(error.details.stage).toBe('prepare');
  });

  it('an unaborted signal changes nothing', () => {
    expect(analyze(asia, { signal: new AbortController().signal })).toEqual(analyze(asia));
  });
});

describe('option checks', () => {
  const bad = [
    [{ onProgress: 'yes' }, 'options.onProgress'],
    [{ onProgress: null }, 'options.onProgress'],
    [{ signal: { aborted: false } }, 'options.signal'],
    [{ signal: new AbortController() }, 'options.signal'],
  ] as const;

  it('a non-function onProgress or a non-AbortSignal signal is INVALID_OPTION', () => {
    for (const [options, field] of bad) {
      const loose = options as never;
      for (const run of [
        () => analyze(asia, loose),
        () => createCorpus(asia, loose),
        () => createCorpus().add(asia[0]!, loose),
        () => createCorpus(asia.slice(1)).score(asia[0]!, loose),
        () => createCorpus(asia).analyze(loose),
      ]) {
        const error = thrown(run);
        expect(error.code).toBe('INVALID_OPTION');
        expect(error.details.field).toBe(field);
      }
    }
  });

  it('a corpus method takes only onProgress and signal', () => {
    const error = thrown(() => createCorpus().add(asia[0]!, { singal: 1 } as never));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.details.suggestion).toBe('signal');
  });
});

describe('analyzeAsync', () => {
  it('turns a worker failure without a code into WORKER_FAILED, and keeps a coded error', () => {
    const failed = revive({ message: 'RangeError: Array buffer allocation failed' });
    expect(CorroborateError.is(failed)).toBe(true);
    expect((failed as CorroborateError).code).toBe('WORKER_FAILED');
    expect((failed as CorroborateError).details).toMatchObject({
      field: 'worker',
      cause: 'RangeError: Array buffer allocation failed',
    });
    const coded = revive({ code: 'NO_ARTICLES', message: 'no articles', details: { field: 'x' } });
    expect((coded as CorroborateError).code).toBe('NO_ARTICLES');
  });

  it('gives the analysis analyze gives, with progress on this thread', async () => {
    const reports: Progress[] = [];
    const analysis = await analyzeAsync(asia, {
      onProgress: (progress) => reports.push(progress),
    });
    expect(analysis).toEqual(analyze(asia));
    expect(reports.at(-1)).toMatchObject({ stage: 'report' });
  });

  it('rejects at once when the signal is aborted, before or during the work', async () => {
    await expect(analyzeAsync(asia, { signal: abortedController().signal })).rejects.toMatchObject({
      code: 'ABORTED',
      details: { stage: 'start' },
    });
    const controller = new AbortController();
    const running = analyzeAsync(asia, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.stage === 'extract') controller.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ code: 'ABORTED', details: { stage: 'extract' } });
    // A timer abort while the worker runs (the event loop is free).
    const timed = new AbortController();
    const pending = analyzeAsync(asia, { signal: timed.signal });
    setTimeout(() => timed.abort(), 1);
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('rejects bad input and bad options with analyze’s errors', async () => {
    await expect(analyzeAsync('nope' as never)).rejects.toMatchObject({ code: 'INVALID_ARTICLES' });
    await expect(analyzeAsync(asia, { onProgress: 1 } as never)).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      details: { field: 'options.onProgress' },
    });
    await expect(analyzeAsync(asia, { algoritm: 'crh' } as never)).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      details: { suggestion: 'algorithm' },
    });
    // The same error analyze throws, message and details included.
    const bad = [
      { id: 'a', text: 'One.' },
      { id: 'a', text: 'Two.' },
    ];
    const error = await analyzeAsync(bad).catch((caught: unknown) => caught);
    const sync = thrown(() => analyze(bad));
    expect(sync.code).toBe('DUPLICATE_ID');
    expect(CorroborateError.is(error)).toBe(true);
    expect(error).toMatchObject({ code: sync.code, message: sync.message, details: sync.details });
  });

  it('takes a custom knowledge base and a source ledger to the worker', async () => {
    const knowledge = officeHolders.extend({
      snapshotDate: '2027-01-01',
      terms: [
        { roleId: 'de_chancellor', person: 'Friedrich Merz', start: '2025-05-06', end: null },
      ],
    });
    const ledger = createSourceLedger();
    ledger.record(analyze(asia), { story: 'earlier' });
    const options = { knowledge, ledger };
    const analysis = await analyzeAsync(asia, options);
    expect(analysis.knowledge.snapshotDate).toBe('2027-01-01');
    expect(analysis.articles[0]!.prior).toBeDefined();
    expect(analysis).toEqual(analyze(asia, options));
  });

  it('an exception thrown by onProgress rejects with that exception', async () => {
    const failure = new Error('callback failed');
    await expect(
      analyzeAsync(asia, {
        onProgress: () => {
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
  });
});
