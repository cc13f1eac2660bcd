// Seeded synthetic truth-discovery data: sources of set reliabilities claim categorical and continuous
// properties of entities, sparsely enough that ties are common. Used by bench/truth-heterogeneous.ts.
import type { TruthClaim } from '../src/consensus/discover-truth.js';
import { mulberry32 } from './synthetic-corpus.js';

/** How to generate one data set. */
export interface HeterogeneousSpec {
  seed: number;
  /** Entities; each has {@link CATEGORICAL_PROPERTIES} labels and one number. */
  entities: number;
  /** Probability that each source reports the right label, one entry per source. */
  accuracy: readonly number[];
  /** Probability that a source reports on a given entity at all. */
  coverage: number;
}

/** A generated data set with its ground truth. */
export interface HeterogeneousData {
  claims: TruthClaim[];
  truth: Map<string, string | number>;
  /** Objects whose truth is a label / a number. */
  categorical: string[];
  continuous: string[];
}

/** Labels per categorical property: few, so wrong answers collide and ties happen. */
export const LABELS = 5;
/** Categorical properties per entity (e.g. a place, a role holder, a party). */
export const CATEGORICAL_PROPERTIES = 3;
/**
 * Share of wrong labels that are the property's one "popular" wrong value (a
 * stale office holder, a neighbouring city), so errors agree with each other
 * the way real ones do and unweighted voting can be outvoted.
 */
export const POPULAR_ERROR_SHARE = 0.5;
/** Standard deviation of a perfect source's numbers. */
export const BASE_NOISE = 1;
/** Extra standard deviation per unit of error rate (a source right 20 % of the time: 1 + 8). */
export const NOISE_PER_ERROR = 10;

/**
 * Generates claims: for every entity and source (with probability `coverage`),
 * one claim per categorical property (right with the source's accuracy, else
 * the popular wrong label or another) and one number (truth + Gaussian noise
 * whose deviation grows with the source's error rate, rounded to whole units
 * so equal numbers occur).
 */
export function generateHeterogeneous(spec: HeterogeneousSpec): HeterogeneousData {
  const random = mulberry32(spec.seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const claims: TruthClaim[] = [];
  const truth = new Map<string, string | number>();
  const categorical: string[] = [];
  const continuous: string[] = [];
  for (let entity = 0; entity < spec.entities; entity++) {
    const labels: { object: string; right: string; popular: string }[] = [];
    for (let p = 0; p < CATEGORICAL_PROPERTIES; p++) {
      const object = `e${entity}/p${p}`;
      const right = Math.floor(random() * LABELS);
      const popular = (right + 1 + Math.floor(random() * (LABELS - 1))) % LABELS;
      labels.push({ object, right: `label-${right}`, popular: `label-${popular}` });
      truth.set(object, `label-${right}`);
      categorical.push(object);
    }
    const numberObject = `e${entity}/amount`;
    const amount = Math.round(100 + 50 * gaussian());
    truth.set(numberObject, amount);
    continuous.push(numberObject);
    spec.accuracy.forEach((accuracy, s) => {
      if (random() >= spec.coverage) return;
      const source = `source-${String(s + 1).padStart(2, '0')}`;
      for (const { object, right, popular } of labels) {
        let value = right;
        if (random() >= accuracy) {
          value = random() < POPULAR_ERROR_SHARE ? popular : otherLabel(right, random);
        }
        claims.push({ source, object, value });
      }
      const noise = BASE_NOISE + NOISE_PER_ERROR * (1 - accuracy);
      claims.push({ source, object: numberObject, value: Math.round(amount + noise * gaussian()) });
    });
  }
  return { claims, truth, categorical, continuous };
}

function otherLabel(right: string, random: () => number): string {
  const labels = Array.from({ length: LABELS }, (_, i) => `label-${i}`).filter((l) => l !== right);
  return labels[Math.floor(random() * labels.length)]!;
}
