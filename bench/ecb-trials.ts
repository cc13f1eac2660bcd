// The seeded ECB+ trials of bench/eval-real.ts, shared with bench/same-event-contradictions.ts so
// both judge the same draw: k − 1 `ecb` articles of a topic plus one odd article, the topic's
// own `ecbplus` sibling event or (`otherStory`) an `ecb` article of another topic.
import type { EcbDocument } from './ecb-plus.js';
import { mulberry32 } from './synthetic-corpus.js';

/** One trial: the documents analysed together and the odd one out. */
export interface Trial {
  topic: string;
  k: number;
  documents: EcbDocument[];
  sibling: string;
}

/** How the trials are drawn. */
export interface TrialOptions {
  /** Cluster sizes (each trial has k − 1 same-event articles and one odd article). */
  ks: readonly number[];
  trialsPerTopic: number;
  seed: number;
  /** The odd article is an `ecb` article of another topic instead of the topic's `ecbplus` one. */
  otherStory?: boolean;
}

/** `count` items of `items` in a seeded Fisher–Yates order. */
export function sample<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** Every trial of the draw, by k, then topic, then trial number: the same for the same options. */
export function buildTrials(documents: readonly EcbDocument[], options: TrialOptions): Trial[] {
  const { ks, trialsPerTopic, seed, otherStory = false } = options;
  const topics = [...new Set(documents.map((document) => document.topic))].sort(
    (a, b) => Number(a) - Number(b),
  );
  const trials: Trial[] = [];
  for (const k of ks) {
    for (const topic of topics) {
      const ecb = documents.filter((d) => d.topic === topic && d.kind === 'ecb');
      const plus = documents.filter((d) => d.topic === topic && d.kind === 'ecbplus');
      if (ecb.length < k - 1 || plus.length === 0) continue;
      for (let t = 0; t < trialsPerTopic; t++) {
        const next = mulberry32(seed * 1_000_003 + Number(topic) * 1009 + k * 101 + t);
        const same = sample(ecb, k - 1, next);
        const pool = otherStory
          ? documents.filter((d) => d.topic !== topic && d.kind === 'ecb')
          : plus;
        const sibling = pool[Math.floor(next() * pool.length)]!;
        trials.push({ topic, k, documents: [...same, sibling], sibling: sibling.id });
      }
    }
  }
  return trials;
}

/** Share of the lowest-ranked credit the sibling gets: 1 if it alone scores lowest, 1/t in a t-way tie. */
export function lowestCredit(values: ReadonlyMap<string, number>, sibling: string): number {
  const lowest = Math.min(...values.values());
  if (values.get(sibling) !== lowest) return 0;
  return 1 / [...values.values()].filter((value) => value === lowest).length;
}
