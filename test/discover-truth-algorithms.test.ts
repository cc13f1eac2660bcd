import { describe, expect, it } from 'vitest';
import {
  discoverTruth,
  TRUTH_ALGORITHMS,
  type TruthClaim,
} from '../src/consensus/discover-truth.js';
import { chiSquareQuantile } from '../src/consensus/truth/chi-square.js';
import { logGamma } from '../src/consensus/truth/log-gamma.js';
import { normalizeEstimates } from '../src/consensus/truth/two-estimates.js';
import {
  defaultValueSimilarity,
  numericCloseness,
} from '../src/consensus/truth/value-similarity.js';

const ITERATIVE = TRUTH_ALGORITHMS.filter((algorithm) => algorithm !== 'voting');

// Two reliable sources and two witnesses agree on six objects where three noisy sources each guess
// something of their own; on one contested object the noisy three happen to agree on a wrong value.
function reliableMinority(): TruthClaim[] {
  const claims: TruthClaim[] = [];
  const noisy = ['noisy-1', 'noisy-2', 'noisy-3'];
  for (let k = 1; k <= 6; k++) {
    for (const source of ['reliable-1', 'reliable-2', 'witness-1', 'witness-2']) {
      claims.push({ source, object: `fact-${k}`, value: `right-${k}` });
    }
    for (const source of noisy)
      claims.push({ source, object: `fact-${k}`, value: `${source}-guess-${k}` });
  }
  for (const source of ['reliable-1', 'reliable-2'])
    claims.push({ source, object: 'contested', value: 'good' });
  for (const source of noisy) claims.push({ source, object: 'contested', value: 'bad' });
  return claims;
}

describe('every algorithm', () => {
  it('follows a reliable majority', () => {
    const claims: TruthClaim[] = [];
    for (const object of ['a', 'b', 'c', 'd']) {
      for (const source of ['s1', 's2', 's3'])
        claims.push({ source, object, value: `${object}-true` });
      claims.push({ source: 's4', object, value: `${object}-false` });
    }
    for (const algorithm of TRUTH_ALGORITHMS) {
      const result = discoverTruth(claims, { algorithm });
      expect(result.truth, algorithm).toEqual({
        a: 'a-true',
        b: 'b-true',
        c: 'c-true',
        d: 'd-true',
      });
      expect(result.trust.s1, algorithm).toBeGreaterThan(result.trust.s4!);
    }
  });

  it('recovers a reliable minority that voting gets wrong (iterative algorithms only)', () => {
    const claims = reliableMinority();
    expect(discoverTruth(claims, { algorithm: 'voting' }).truth.contested).toBe('bad');
    for (const algorithm of ITERATIVE) {
      const result = discoverTruth(claims, { algorithm });
      expect(result.truth.contested, algorithm).toBe('good');
      expect(result.trust['reliable-1'], algorithm).toBeGreaterThan(result.trust['noisy-1']!);
      expect(result.truth['fact-1'], algorithm).toBe('right-1');
    }
  });
});

describe('truthfinder', () => {
  it('lets similar values support each other through valueSimilarity', () => {
    // Motivating case: three spellings of one name, each with fewer sources than a rival.
    const claims: TruthClaim[] = [];
    ['John Smith', 'J. Smith', 'Smith, John'].forEach((value, i) => {
      claims.push(
        { source: `s${i}a`, object: 'author', value },
        { source: `s${i}b`, object: 'author', value },
      );
    });
    for (const source of ['e', 'f', 'g'])
      claims.push({ source, object: 'author', value: 'Bob Jones' });
    const smithSimilarity = (x: string | number, y: string | number) =>
      String(x).includes('Smith') && String(y).includes('Smith') ? 0.9 : 0;
    const similar = discoverTruth(claims, {
      algorithm: 'truthfinder',
      valueSimilarity: smithSimilarity,
    });
    expect(String(similar.truth.author)).toMatch(/Smith/);
    // Must not fire: with the default similarity distinct labels never support each other.
    expect(discoverTruth(claims, { algorithm: 'truthfinder' }).truth.author).toBe('Bob Jones');
  });

  it('by default lets close numbers support each other and far ones compete', () => {
    // Motivating case: reported crowd sizes 990, 1000, 1010 back each other against a rival 400.
    const claims: TruthClaim[] = [
      { source: 'a', object: 'crowd', value: 1010 },
      { source: 'b', object: 'crowd', value: 1010 },
      { source: 'c', object: 'crowd', value: 1000 },
      { source: 'd', object: 'crowd', value: 990 },
      { source: 'e', object: 'crowd', value: 400 },
      { source: 'f', object: 'crowd', value: 400 },
    ];
    expect(discoverTruth(claims, { algorithm: 'truthfinder' }).truth.crowd).toBe(1010);
    // Must not fire when numbers are declared unrelated: 1010 and 400 then tie.
    const unrelated = discoverTruth(claims, { algorithm: 'truthfinder', valueSimilarity: () => 0 });
    const [first, second] = unrelated.belief.crowd!;
    expect([first!.value, second!.value].sort()).toEqual([1010, 400]);
    expect(first!.belief).toBeCloseTo(second!.belief, 12);
  });

  it('keeps trust a probability below 1 even when many sources agree', () => {
    const claims: TruthClaim[] = [];
    for (let s = 0; s < 200; s++) claims.push({ source: `s${s}`, object: 'o', value: 'x' });
    const result = discoverTruth(claims, { algorithm: 'truthfinder' });
    expect(result.trust.s0).toBeLessThan(1);
    expect(Number.isFinite(result.belief.o![0]!.belief)).toBe(true);
  });

  it('ranks values by their unsaturated score when confidences both round to 1', () => {
    const claims: TruthClaim[] = [];
    for (let s = 0; s < 60; s++)
      claims.push({ source: `s${s}`, object: 'o', value: s < 40 ? 'x' : 'y' });
    for (let s = 0; s < 60; s++)
      claims.push({ source: `s${s}`, object: `agreed-${s % 5}`, value: 'same' });
    const result = discoverTruth(claims, { algorithm: 'truthfinder', rho: 0 });
    expect(result.belief.o![0]!.belief).toBe(result.belief.o![1]!.belief);
    expect(result.truth.o).toBe('x');
  });
});

describe('numericCloseness and the default similarity', () => {
  it('is the relative closeness of two numbers, floored at 0', () => {
    expect(numericCloseness(20, 21)).toBeCloseTo(1 - 1 / 21, 12);
    expect(numericCloseness(100, 200)).toBe(0.5);
    expect(numericCloseness(0, 5)).toBe(0);
    expect(numericCloseness(-5, 5)).toBe(0);
    expect(numericCloseness(0, 0)).toBe(1);
  });

  it('is 0 for two labels, or a label and a number', () => {
    expect(defaultValueSimilarity('Busan', 'Beijing')).toBe(0);
    expect(defaultValueSimilarity('20', 20)).toBe(0);
    expect(defaultValueSimilarity(20, 21)).toBeGreaterThan(0.9);
  });
});

describe('crh and catd', () => {
  // Reliable a, b say the right condition and a close temperature; c, d, e misreport conditions and
  // run hot. On the contested reading the hot three are a majority, so a plain median is wrong.
  function weatherClaims(): TruthClaim[] {
    const claims: TruthClaim[] = [];
    const conditions = ['sunny', 'rain', 'fog', 'snow', 'cloudy', 'storm'];
    conditions.forEach((condition, day) => {
      for (const source of ['a', 'b'])
        claims.push({ source, object: `day-${day}/sky`, value: condition });
      claims.push({ source: 'c', object: `day-${day}/sky`, value: conditions[(day + 1) % 6]! });
      claims.push({ source: 'd', object: `day-${day}/sky`, value: conditions[(day + 2) % 6]! });
      claims.push({ source: 'e', object: `day-${day}/sky`, value: conditions[(day + 3) % 6]! });
      claims.push({ source: 'a', object: `day-${day}/temperature`, value: 10 + day });
      claims.push({ source: 'b', object: `day-${day}/temperature`, value: 10.5 + day });
    });
    claims.push({ source: 'a', object: 'contested/temperature', value: 20 });
    claims.push({ source: 'b', object: 'contested/temperature', value: 20.5 });
    claims.push({ source: 'c', object: 'contested/temperature', value: 35 });
    claims.push({ source: 'd', object: 'contested/temperature', value: 36 });
    claims.push({ source: 'e', object: 'contested/temperature', value: 37 });
    return claims;
  }

  it('carry trust earned on categorical objects over to numeric ones (weighted median)', () => {
    const claims = weatherClaims();
    // Voting treats numbers as labels: five different readings tie, and the smallest wins the tie.
    for (const algorithm of ['crh', 'catd'] as const) {
      const result = discoverTruth(claims, { algorithm });
      expect(result.truth['day-0/sky'], algorithm).toBe('sunny');
      expect([20, 20.5], algorithm).toContain(result.truth['contested/temperature']);
      expect(result.trust.a, algorithm).toBeGreaterThan(result.trust.c!);
    }
  });

  it('take the median, not the most frequent number, for a numeric object', () => {
    const claims: TruthClaim[] = [
      { source: 'a', object: 't', value: 10 },
      { source: 'b', object: 't', value: 10 },
      { source: 'c', object: 't', value: 30 },
      { source: 'd', object: 't', value: 31 },
      { source: 'e', object: 't', value: 32 },
    ];
    const result = discoverTruth(claims, { algorithm: 'crh', maxIterations: 1 });
    // Round 1: plain median 30; a and b are furthest from it, so the max-normalised weight
    // −ln(L / max L) gives them 0 and the weighted median of c, d, e is 31.
    expect(result.trust.a).toBe(0);
    expect(result.truth.t).toBe(31);
    // Belief falls with distance from the median, so the median is listed first.
    expect(result.belief.t!.map((b) => b.value)).toEqual([31, 30, 32, 10]);
  });

  it('treat an object with any label as categorical, numbers included', () => {
    const claims: TruthClaim[] = [
      { source: 'a', object: 'o', value: 10 },
      { source: 'b', object: 'o', value: 10 },
      { source: 'c', object: 'o', value: 'unknown' },
      { source: 'd', object: 'o', value: 30 },
      { source: 'e', object: 'o', value: 31 },
    ];
    expect(discoverTruth(claims, { algorithm: 'crh' }).truth.o).toBe(10);
  });

  it('differ on the long tail: CATD discounts a source with one lucky claim, CRH does not', () => {
    const claims: TruthClaim[] = [];
    for (let k = 0; k < 20; k++) {
      for (const source of ['big-1', 'big-2', 'big-3']) {
        const wrong = k === 0 && source === 'big-1';
        claims.push({ source, object: `o${k}`, value: wrong ? 'slip' : `v${k}` });
      }
    }
    claims.push({ source: 'tiny', object: 'o1', value: 'v1' });
    const crh = discoverTruth(claims, { algorithm: 'crh' });
    const catd = discoverTruth(claims, { algorithm: 'catd' });
    expect(crh.trust.tiny).toBe(1);
    expect(catd.trust.tiny).toBeLessThan(0.05);
    expect(catd.trust['big-2']).toBe(1);
  });
});

describe('chiSquareQuantile', () => {
  it('matches published table values', () => {
    expect(chiSquareQuantile(0.025, 1)).toBeCloseTo(0.000982, 6);
    expect(chiSquareQuantile(0.025, 10)).toBeCloseTo(3.247, 3);
    expect(chiSquareQuantile(0.025, 100)).toBeCloseTo(74.222, 3);
    expect(chiSquareQuantile(0.975, 10)).toBeCloseTo(20.483, 3);
    expect(chiSquareQuantile(0.5, 2)).toBeCloseTo(2 * Math.LN2, 10);
  });

  it('returns 0 rather than underflowing for tiny degrees of freedom, and handles huge ones', () => {
    expect(chiSquareQuantile(0.025, 0.01)).toBe(0);
    expect(chiSquareQuantile(0.025, 1e6)).toBeGreaterThan(990_000);
  });

  it('rests on an accurate log-gamma', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});

describe('2-estimates normalisation', () => {
  it('mixes a linear rescale with rounding to 0 or 1, half and half', () => {
    const values = normalizeEstimates(Float64Array.from([0.2, 0.4, 0.9]));
    expect([...values].map((v) => Number(v.toFixed(6)))).toEqual([0, 0.142857, 1]);
  });
});

describe('average-log', () => {
  it('gives a source that speaks about a single object no trust, as in the paper', () => {
    const claims: TruthClaim[] = [
      { source: 'once', object: 'o1', value: 'x' },
      { source: 'often', object: 'o1', value: 'x' },
      { source: 'often', object: 'o2', value: 'y' },
    ];
    const result = discoverTruth(claims, { algorithm: 'average-log' });
    expect(result.trust.once).toBe(0);
    expect(result.trust.often).toBe(1);
  });
});

describe('truthfinder limits', () => {
  it('refuses an object with too many distinct values to compare pairwise', () => {
    const claims: TruthClaim[] = [];
    for (let i = 0; i < 3_000; i++) claims.push({ source: `s${i}`, object: 'reading', value: i });
    expect(() => discoverTruth(claims, { algorithm: 'truthfinder' })).toThrow(
      /more than 5000000 comparisons \(object "reading" alone has 3000 values/,
    );
    // Must not fire for labels under the default similarity: those pairs are never compared.
    const labels = claims.map((claim) => ({ ...claim, value: `label-${claim.value}` }));
    expect(() => discoverTruth(labels, { algorithm: 'truthfinder' })).not.toThrow();
  });
});
