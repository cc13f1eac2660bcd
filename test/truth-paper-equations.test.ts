// CRH (Li et al., SIGMOD 2014) and CATD (Li et al., VLDB 2015) followed by hand on small examples.
import { describe, expect, it } from 'vitest';
import { indexClaims } from '../src/consensus/truth/claim-index.js';
import { lossesDiffer } from '../src/consensus/truth/crh.js';
import { lossBelief, lossModel } from '../src/consensus/truth/loss-truth.js';
import { chooseTruths } from '../src/consensus/truth/truth-choice.js';
import { discoverTruth, type TruthClaim } from '../src/index.js';

// Three sources, mixed types: o1 a 2-to-1 label, o2 a 1-to-1 tie, t a number (10, 12, 20).
const mixed: TruthClaim[] = [
  { source: 'A', object: 'o1', value: 'x' },
  { source: 'B', object: 'o1', value: 'x' },
  { source: 'C', object: 'o1', value: 'y' },
  { source: 'A', object: 'o2', value: 'p' },
  { source: 'C', object: 'o2', value: 'q' },
  { source: 'A', object: 't', value: 10 },
  { source: 'B', object: 't', value: 12 },
  { source: 'C', object: 't', value: 20 },
];
// Vote-weighted standard deviation of 10, 12, 20 (mean 14): the scale of numeric losses.
const sigma = Math.sqrt((16 + 4 + 36) / 3);

describe('CRH by hand', () => {
  it('round 1: tie charged 1 − 1/k, losses normalised per type, weights −ln(L / max L) with the floor', () => {
    // Truths under equal weights: o1 = x; o2 tied (k = 2); t = weighted median 12.
    // Categorical losses: A (0 + 0.5) / 2, B 0 / 1, C (1 + 0.5) / 2; type mean 2 / 5.
    // Numeric losses: A 2/σ, B 0, C 8/σ; type mean (10/σ) / 3.
    const categoricalMean = 2 / 5;
    const numericMean = 10 / sigma / 3;
    const lossA = 0.25 / categoricalMean + 2 / sigma / numericMean;
    const lossC = 0.75 / categoricalMean + 8 / sigma / numericMean;
    expect(lossA).toBeCloseTo(1.225, 12);
    expect(lossC).toBeCloseTo(4.275, 12);
    // B never erred: its loss is the floor, 0.01 × max, so its weight is ln 100; C, the worst, gets 0.
    const weightA = Math.log(lossC / lossA);
    const weightB = Math.log(100);
    const result = discoverTruth(mixed, { algorithm: 'crh', maxIterations: 1 });
    expect(result.trust.A).toBeCloseTo(weightA / weightB, 12);
    expect(result.trust.B).toBe(1);
    expect(result.trust.C).toBe(0);
    expect({ ...result.truth }).toEqual({ o1: 'x', o2: 'p', t: 12 });
  });

  it('round 2: the tie is broken by the weights, so C now loses a whole claim on o2', () => {
    // Weights (0.271…, 1, 0): o2 = p outright; categorical losses A 0, B 0, C (1 + 1) / 2, type mean 2 / 5.
    const numericMean = 10 / sigma / 3;
    const lossA = 2 / sigma / numericMean;
    const lossC = 1 / (2 / 5) + 8 / sigma / numericMean;
    expect(lossA).toBeCloseTo(0.6, 12);
    expect(lossC).toBeCloseTo(4.9, 12);
    const result = discoverTruth(mixed, { algorithm: 'crh', maxIterations: 2 });
    expect(result.trust.A).toBeCloseTo(Math.log(lossC / lossA) / Math.log(100), 12);
    expect(result.trust.B).toBe(1);
    expect(result.trust.C).toBe(0);
  });

  it('gives the same result for any order of the claims', () => {
    const forward = discoverTruth(mixed, { algorithm: 'crh' });
    expect(discoverTruth([...mixed].reverse(), { algorithm: 'crh' })).toEqual(forward);
    const rotated = [...mixed.slice(3), ...mixed.slice(0, 3)];
    expect(discoverTruth(rotated, { algorithm: 'crh' })).toEqual(forward);
  });

  it('charges a tie the same whichever value the tie-break picks', () => {
    // A and C tie on every object; neither may come out ahead because of value order.
    const claims: TruthClaim[] = ['o1', 'o2', 'o3'].flatMap((object) => [
      { source: 'A', object, value: 'a' },
      { source: 'C', object, value: 'z' },
    ]);
    const result = discoverTruth(claims, { algorithm: 'crh' });
    expect(result.trust.A).toBe(result.trust.C);
  });

  it('gives equal weights when losses differ by no more than sampling noise', () => {
    // Four sources each wrong on 2 of 10 objects, and one wrong on 3: indistinguishable.
    const claims: TruthClaim[] = [];
    const wrongOn: Record<string, number[]> = {
      s1: [0, 1],
      s2: [2, 3],
      s3: [4, 5],
      s4: [6, 7],
      s5: [8, 9, 0],
    };
    for (const [source, wrong] of Object.entries(wrongOn)) {
      for (let k = 0; k < 10; k++) {
        claims.push({ source, object: `o${k}`, value: wrong.includes(k) ? `bad-${source}` : 'ok' });
      }
    }
    const result = discoverTruth(claims, { algorithm: 'crh' });
    expect(Object.values(result.trust)).toEqual([1, 1, 1, 1, 1]);
  });

  it('must not equalise weights that differ by more than noise', () => {
    const claims: TruthClaim[] = [];
    for (let k = 0; k < 30; k++) {
      for (const source of ['good-1', 'good-2', 'good-3'])
        claims.push({ source, object: `o${k}`, value: 'ok' });
      claims.push({ source: 'bad', object: `o${k}`, value: k % 3 === 0 ? 'ok' : `bad-${k}` });
    }
    const result = discoverTruth(claims, { algorithm: 'crh' });
    expect(result.trust.bad).toBe(0);
    expect(result.trust['good-1']).toBe(1);
  });
});

describe('lossesDiffer', () => {
  const loss = (absolute: number[], squared: number[], votes: number[]) => ({
    absolute: Float64Array.from(absolute),
    squared: Float64Array.from(squared),
    votes: Float64Array.from(votes),
  });
  it('says no for equal error rates and yes for 10 % against 90 % (categorical only, 100 claims each)', () => {
    // Entries are source × (categorical, continuous).
    expect(lossesDiffer(loss([20, 0, 22, 0], [20, 0, 22, 0], [100, 0, 100, 0]), 2)).toBe(false);
    expect(lossesDiffer(loss([10, 0, 90, 0], [10, 0, 90, 0], [100, 0, 100, 0]), 2)).toBe(true);
  });
});

describe('CATD by hand', () => {
  it('round 1: squared losses against the weighted mean, per-type normalised, χ² weights', () => {
    // Numeric truth = weighted mean 14; squared losses 16/σ², 4/σ², 36/σ², whose type mean is exactly 1.
    // Categorical (squared 0-1, tie 1 − 1/2): A 0.5, B 0, C 1.5; type mean 2 / 5.
    const lossA = 0.5 / 0.4 + 16 / sigma ** 2;
    const lossB = 4 / sigma ** 2;
    // χ²(0.025; n) for n = 3 claims (A) and 2 (B), from the table: 0.2158 and 0.05064.
    const weightA = 0.215795 / (lossA + 0.01);
    const weightB = 0.0506356 / (lossB + 0.01);
    const result = discoverTruth(mixed, { algorithm: 'catd', maxIterations: 1 });
    expect(result.trust.B).toBe(1);
    expect(result.trust.A).toBeCloseTo(weightA / weightB, 5);
  });

  it('takes the weighted mean for numbers where CRH takes the weighted median', () => {
    // 1, 2, 3, 4, 50 under equal weights: median 3; mean 12, whose nearest claimed value is 4.
    const index = indexClaims(
      [1, 2, 3, 4, 50].map((value, i) => ({ source: `s${i}`, object: 't', value, weight: 1 })),
    );
    const ones = new Float64Array(5).fill(1);
    const model = lossModel(index);
    const median = chooseTruths(index, lossBelief(index, model, ones, 'median'))[0]!;
    const mean = chooseTruths(index, lossBelief(index, model, ones, 'mean'))[0]!;
    expect(index.factValue[median]).toBe(3);
    expect(index.factValue[mean]).toBe(4);
  });
});
