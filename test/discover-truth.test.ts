import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DiscoverTruthOptions,
  discoverTruth,
  TRUTH_ALGORITHMS,
  type TruthAlgorithm,
  type TruthClaim,
} from '../src/consensus/discover-truth.js';
import { CorroborateError } from '../src/errors.js';

function expectError(run: () => unknown, code: string, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CorroborateError);
  expect((caught as CorroborateError).code).toBe(code);
  expect((caught as CorroborateError).message).toMatch(message);
}

// Three sources on two objects, all in agreement except one dissenter per object.
const plainMajority: TruthClaim[] = [
  { source: 'a', object: 'kr_president', value: 'Lee Jae-myung' },
  { source: 'b', object: 'kr_president', value: 'Lee Jae-myung' },
  { source: 'c', object: 'kr_president', value: 'Yoon Suk Yeol' },
  { source: 'a', object: 'jp_prime_minister', value: 'Sanae Takaichi' },
  { source: 'b', object: 'jp_prime_minister', value: 'Sanae Takaichi' },
  { source: 'c', object: 'jp_prime_minister', value: 'Fumio Kishida' },
];

describe('discoverTruth: results', () => {
  it('returns an empty result for no claims, with every algorithm', () => {
    for (const algorithm of TRUTH_ALGORITHMS) {
      const result = discoverTruth([], { algorithm });
      expect(JSON.parse(JSON.stringify(result))).toEqual({
        algorithm,
        truth: {},
        trust: {},
        belief: {},
        iterations: 0,
        converged: true,
        explanations: {},
      });
    }
  });

  it('lists every candidate value best first, the first being the truth', () => {
    const result = discoverTruth(plainMajority, { algorithm: 'voting' });
    expect(result.truth.kr_president).toBe('Lee Jae-myung');
    expect(result.belief.kr_president).toEqual([
      { value: 'Lee Jae-myung', belief: 2 / 3, sources: ['a', 'b'] },
      { value: 'Yoon Suk Yeol', belief: 1 / 3, sources: ['c'] },
    ]);
    expect(result.trust).toEqual({ a: 1, b: 1, c: 0 });
  });

  it('explains each choice with its supporters and the alternatives', () => {
    const result = discoverTruth(plainMajority, { algorithm: 'crh' });
    const explanation = result.explanations.jp_prime_minister!;
    expect(explanation.chosen).toBe('Sanae Takaichi');
    expect(explanation.supporters.map((s) => s.source)).toEqual(['a', 'b']);
    expect(explanation.supporters[0]).toEqual({ source: 'a', weight: 1, trust: result.trust.a });
    expect(explanation.alternatives).toEqual([
      { value: 'Fumio Kishida', supporters: [{ source: 'c', weight: 1, trust: result.trust.c }] },
    ]);
  });

  it('produces plain JSON that survives a round trip', () => {
    for (const algorithm of TRUTH_ALGORITHMS) {
      const result = discoverTruth(plainMajority, { algorithm });
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it('treats __proto__ and constructor as ordinary source and object names', () => {
    const claims: TruthClaim[] = [
      { source: '__proto__', object: 'constructor', value: 'x' },
      { source: 'constructor', object: 'constructor', value: 'x' },
      { source: 'toString', object: '__proto__', value: 'y' },
    ];
    const initialTrust = JSON.parse('{"__proto__": 0.5}') as Record<string, number>;
    for (const algorithm of TRUTH_ALGORITHMS) {
      const options: DiscoverTruthOptions =
        algorithm === 'truthfinder' || algorithm === '2-estimates'
          ? { algorithm, initialTrust }
          : { algorithm };
      const result = discoverTruth(claims, options);
      expect(Object.keys(result.trust)).toEqual(['__proto__', 'constructor', 'toString']);
      const protoKey = '__proto__';
      expect(Object.hasOwn(result.truth, protoKey)).toBe(true);
      expect(result.truth[protoKey]).toBe('y');
      expect(result.truth.constructor).toBe('x');
      const json = JSON.parse(JSON.stringify(result));
      expect(Object.keys(json.truth)).toEqual(['__proto__', 'constructor']);
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('does not mutate the claims or the options', () => {
    const claims = plainMajority.map((claim) => Object.freeze({ ...claim }));
    Object.freeze(claims);
    const initialTrust = Object.freeze({ a: 0.5 });
    const options = Object.freeze({ algorithm: 'truthfinder' as const, initialTrust });
    const before = JSON.stringify([claims, options]);
    discoverTruth(claims as TruthClaim[], options);
    expect(JSON.stringify([claims, options])).toBe(before);
  });

  it('gives the same result, bit for bit, whatever the order of the claims', () => {
    const claim = fc.record({
      source: fc.constantFrom('s1', 's2', 's3', 's4', '__proto__'),
      object: fc.constantFrom('o1', 'o2', 'o3'),
      value: fc.oneof(fc.constantFrom('x', 'y', 'z', '1'), fc.integer({ min: 0, max: 3 })),
      weight: fc.constantFrom(undefined, 0.5, 1, 2),
    });
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 25 }),
        fc.constantFrom(...TRUTH_ALGORITHMS),
        fc.integer(),
        (generated, algorithm, seed) => {
          const claims = generated.map(dropUndefinedWeight);
          const options = { algorithm };
          expect(JSON.stringify(discoverTruth(shuffle(claims, seed), options))).toBe(
            JSON.stringify(discoverTruth(claims, options)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('discoverTruth: shared rules', () => {
  it('lets three copies weighted 1/3 each count as one source, so two independent sources outvote them', () => {
    const copies = ['copy-1', 'copy-2', 'copy-3'];
    const independent = ['wire-a', 'wire-b'];
    const claims: TruthClaim[] = [];
    for (const source of copies)
      claims.push({ source, object: 'meeting_city', value: 'Beijing', weight: 1 / 3 });
    for (const source of independent)
      claims.push({ source, object: 'meeting_city', value: 'Busan' });
    // Background objects everyone agrees on, so trust has something to learn from.
    for (const object of ['date', 'host', 'topic']) {
      for (const source of copies) claims.push({ source, object, value: 'same', weight: 1 / 3 });
      for (const source of independent) claims.push({ source, object, value: 'same' });
    }
    const unweighted = claims.map(({ weight: _weight, ...rest }) => rest);
    for (const algorithm of TRUTH_ALGORITHMS) {
      expect(discoverTruth(claims, { algorithm }).truth.meeting_city, algorithm).toBe('Busan');
    }
    // Without the weights, the copies win a plain vote: the weight is what makes the difference.
    expect(discoverTruth(unweighted, { algorithm: 'voting' }).truth.meeting_city).toBe('Beijing');
  });

  it('counts a repeated claim once, with its largest weight', () => {
    const result = discoverTruth(
      [
        { source: 'a', object: 'o', value: 'x', weight: 0.5 },
        { source: 'a', object: 'o', value: 'x', weight: 0.8 },
        { source: 'a', object: 'o', value: 'x', weight: 0.8 },
        { source: 'b', object: 'o', value: 'y' },
      ],
      { algorithm: 'voting' },
    );
    expect(result.explanations.o!.alternatives[0]!.supporters).toEqual([
      { source: 'a', weight: 0.8, trust: 0 },
    ]);
    expect(result.truth.o).toBe('y');
  });

  it('splits the vote of a source that gives one object several values', () => {
    const result = discoverTruth(
      [
        { source: 'hedger', object: 'o', value: 'x' },
        { source: 'hedger', object: 'o', value: 'y' },
        { source: 'firm', object: 'o', value: 'y' },
        { source: 'other', object: 'o', value: 'x' },
        { source: 'other', object: 'p', value: 'z' },
      ],
      { algorithm: 'voting' },
    );
    const supporters = result.explanations.o!.supporters.concat(
      result.explanations.o!.alternatives.flatMap((a) => a.supporters),
    );
    expect(supporters.filter((s) => s.source === 'hedger').map((s) => s.weight)).toEqual([
      0.5, 0.5,
    ]);
    expect(result.belief.o!.map((b) => b.belief)).toEqual([0.5, 0.5]);
  });

  it('breaks an exact tie by a hash of (object, value), not by value order, and shares trust', () => {
    const claims = [
      { source: 'a', object: 'o', value: 'b' },
      { source: 'b', object: 'o', value: 'a' },
    ];
    const tied = discoverTruth(claims, { algorithm: 'voting' });
    // Value order would pick 'a'; the hash picks 'b' here, and the same for the reversed input.
    expect(tied.truth.o).toBe('b');
    expect(discoverTruth([...claims].reverse(), { algorithm: 'voting' })).toEqual(tied);
    // A vote for one of two tied values agrees with the truth half the time.
    expect({ ...tied.trust }).toEqual({ a: 0.5, b: 0.5 });
    const mixed = discoverTruth(
      [
        { source: 'a', object: 'o', value: 'a' },
        { source: 'b', object: 'o', value: 10 },
        { source: 'c', object: 'o', value: 9 },
      ],
      { algorithm: 'voting' },
    );
    expect(mixed.belief.o!.map((b) => b.value)).toEqual([10, 'a', 9]);
    // Must not fire: a real majority is never overruled by the hash.
    const majority = discoverTruth([...claims, { source: 'c', object: 'o', value: 'a' }], {
      algorithm: 'voting',
    });
    expect(majority.truth.o).toBe('a');
  });

  it('keeps the number 1 and the string "1" apart', () => {
    const result = discoverTruth(
      [
        { source: 'a', object: 'o', value: 1 },
        { source: 'b', object: 'o', value: '1' },
        { source: 'c', object: 'o', value: '1' },
      ],
      { algorithm: 'voting' },
    );
    expect(result.truth.o).toBe('1');
    expect(result.belief.o!.map((b) => b.value)).toEqual(['1', 1]);
  });

  it('uses initialTrust as fixed vote weights in voting, per source name', () => {
    const result = discoverTruth(plainMajority, {
      algorithm: 'voting',
      initialTrust: { c: 5 },
    });
    expect(result.truth.kr_president).toBe('Yoon Suk Yeol');
  });

  it('stays finite with a single source and with the largest weights', () => {
    const single: TruthClaim[] = [
      { source: 'only', object: 'o', value: 'x' },
      { source: 'only', object: 'p', value: 3 },
    ];
    const heavy: TruthClaim[] = plainMajority.map((claim) => ({ ...claim, weight: 1e6 }));
    for (const algorithm of TRUTH_ALGORITHMS) {
      for (const claims of [single, heavy]) {
        const result = discoverTruth(claims, { algorithm });
        const numbers = [
          ...Object.values(result.trust),
          ...Object.values(result.belief).flatMap((beliefs) => beliefs.map((b) => b.belief)),
        ];
        expect(numbers.every(Number.isFinite), algorithm).toBe(true);
      }
    }
  });

  it('reports convergence, or that the iteration cap ended the run', () => {
    const settled = discoverTruth(plainMajority, { algorithm: 'sums' });
    expect(settled.converged).toBe(true);
    expect(settled.iterations).toBeGreaterThan(1);
    expect(settled.iterations).toBeLessThan(100);
    const capped = discoverTruth(plainMajority, {
      algorithm: 'sums',
      maxIterations: 2,
      tolerance: 0,
    });
    expect(capped).toMatchObject({ converged: false, iterations: 2 });
    const voting = discoverTruth(plainMajority, { algorithm: 'voting' });
    expect(voting).toMatchObject({ converged: true, iterations: 1 });
  });

  // Speed is measured in bench/truth-book.ts, never asserted here; this checks the size works.
  it('runs every algorithm on 34,000 claims', () => {
    const claims = syntheticClaims(34_000);
    for (const algorithm of TRUTH_ALGORITHMS) {
      const result = discoverTruth(claims, { algorithm });
      expect(Object.keys(result.truth).length, algorithm).toBe(1_000);
    }
  });
});

describe('discoverTruth: input validation', () => {
  const voting = { algorithm: 'voting' } as const;

  it('rejects claims that are not an array', () => {
    expectError(
      () => discoverTruth({} as never, voting),
      'INVALID_CLAIM',
      /claims must be an array.*an object/,
    );
  });

  it('names the claim index and field of a malformed claim', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /claims\[1\] must be an object.*null/],
      [
        { object: 'o', value: 'v' },
        /claims\[1\]\.source must be a non-empty string, but it is undefined/,
      ],
      [
        { source: 's', object: '', value: 'v' },
        /claims\[1\]\.object must be a non-empty string, but it is empty/,
      ],
      [
        { source: 's', object: 'o', value: Number.NaN },
        /claims\[1\]\.value must be a string or a finite number, but it is NaN/,
      ],
      [{ source: 's', object: 'o', value: { name: 'x' } }, /claims\[1\]\.value .* an object/],
      [
        { source: 's', object: 'o', value: 'v', weight: 0 },
        /claims\[1\]\.weight must be a number > 0 and ≤ 1000000 .*but it is 0\./,
      ],
      [{ source: 's', object: 'o', value: 'v', weight: -1 }, /claims\[1\]\.weight .* -1/],
      [
        { source: 's', object: 'o', value: 'v', weight: Number.POSITIVE_INFINITY },
        /weight .* Infinity/,
      ],
      [{ source: 's', object: 'o', value: 'v', weight: '1' }, /claims\[1\]\.weight .* a string/],
      [{ source: 's', object: 'o', value: 'v', weight: 2e6 }, /claims\[1\]\.weight .* 2000000/],
    ];
    for (const [claim, message] of cases) {
      const claims = [{ source: 's', object: 'o', value: 'v' }, claim] as TruthClaim[];
      expectError(() => discoverTruth(claims, voting), 'INVALID_CLAIM', message);
      try {
        discoverTruth(claims, voting);
      } catch (error) {
        expect((error as CorroborateError).details.index).toBe(1);
      }
    }
  });

  it('reports a hole in a sparse claims array instead of skipping it', () => {
    const claims: TruthClaim[] = new Array(3);
    claims[0] = { source: 's', object: 'o', value: 'v' };
    claims[2] = { source: 't', object: 'o', value: 'v' };
    expectError(
      () => discoverTruth(claims, voting),
      'INVALID_CLAIM',
      /claims\[1\] must be an object.*undefined/,
    );
  });

  it('rejects missing options and unknown algorithms', () => {
    expectError(
      () => discoverTruth([], undefined as never),
      'INVALID_OPTION',
      /options must be an object/,
    );
    expectError(
      () => discoverTruth([], { algorithm: 'pagerank' as TruthAlgorithm }),
      'INVALID_OPTION',
      /options\.algorithm must be one of 'voting', .*'catd', but it is "pagerank"/,
    );
  });

  it('rejects unknown options and options meant for another algorithm', () => {
    expectError(
      () => discoverTruth([], { algorithm: 'sums', maxIteration: 5 } as never),
      'INVALID_OPTION',
      /options\.maxIteration is not an option/,
    );
    expectError(
      () => discoverTruth([], { algorithm: 'sums', gamma: 0.3 }),
      'INVALID_OPTION',
      /options\.gamma applies only to algorithm 'truthfinder', not 'sums'/,
    );
    expect(() => discoverTruth([], { algorithm: 'sums', gamma: undefined })).not.toThrow();
  });

  it('rejects out-of-range numeric options, naming the option', () => {
    const cases: Array<[DiscoverTruthOptions, RegExp]> = [
      [
        { algorithm: 'sums', maxIterations: 0 },
        /maxIterations must be a whole number from 1 to 10000, but it is 0/,
      ],
      [{ algorithm: 'sums', maxIterations: 1.5 }, /maxIterations/],
      [{ algorithm: 'sums', tolerance: -1 }, /tolerance must be a number ≥ 0/],
      [
        { algorithm: 'sums', tolerance: Number.NaN },
        /tolerance must be a finite number, but it is NaN/,
      ],
      [{ algorithm: 'truthfinder', rho: 2 }, /rho must be a number from 0 to 1/],
      [{ algorithm: 'truthfinder', gamma: 0 }, /gamma must be a number > 0/],
      [{ algorithm: 'catd', alpha: 1 }, /alpha must be a number between 0 and 1/],
      [{ algorithm: 'investment', exponent: 0.5 }, /exponent must be a number ≥ 1/],
      [
        { algorithm: 'truthfinder', initialTrust: 1 },
        /initialTrust must be a number ≥ 0 and < 1 for 'truthfinder', but it is 1/,
      ],
      [{ algorithm: 'sums', initialTrust: -1 }, /initialTrust must be a number ≥ 0/],
      [
        { algorithm: 'sums', initialTrust: [1] as never },
        /initialTrust must be a number or a record.*an array/,
      ],
      [
        { algorithm: 'sums', initialTrust: { a: Number.NaN } },
        /initialTrust\["a"\] must be a number ≥ 0 .* NaN/,
      ],
      [
        { algorithm: 'truthfinder', valueSimilarity: 0.5 as never },
        /valueSimilarity must be a function/,
      ],
    ];
    for (const [options, message] of cases) {
      expectError(() => discoverTruth(plainMajority, options), 'INVALID_OPTION', message);
    }
  });

  it('rejects a valueSimilarity that returns something outside [0, 1]', () => {
    expectError(
      () => discoverTruth(plainMajority, { algorithm: 'truthfinder', valueSimilarity: () => 2 }),
      'INVALID_OPTION',
      /valueSimilarity must return a number from 0 to 1, .* returned 2/,
    );
  });
});

function dropUndefinedWeight(claim: {
  source: string;
  object: string;
  value: string | number;
  weight: number | undefined;
}): TruthClaim {
  const { weight, ...rest } = claim;
  return weight === undefined ? rest : { ...rest, weight };
}

// Fisher–Yates with a seeded LCG, so a failing permutation can be replayed.
function shuffle<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

// 1,000 objects, 300 sources of graded accuracy, five candidate values each: the size of the Book-Author data.
function syntheticClaims(count: number): TruthClaim[] {
  const claims: TruthClaim[] = [];
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  for (let i = 0; i < count; i++) {
    const source = Math.floor(next() * 300);
    const object = Math.floor(next() * 1_000);
    const right = next() < 0.4 + source / 600;
    claims.push({
      source: `store-${source}`,
      object: `book-${object}`,
      value: right ? `authors-${object}` : `wrong-${Math.floor(next() * 4)}`,
    });
  }
  return claims;
}
