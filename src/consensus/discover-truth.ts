// Truth discovery: from (source, object, value) claims, estimate how far to trust each source and which value is true.
import { CorroborateError, describeType } from '../errors.js';
import { readOptions } from '../input/read-options.js';
import { runAverageLog } from './truth/average-log.js';
import { CATD_SIGNIFICANCE, runCatd } from './truth/catd.js';
import { type ClaimIndex, indexClaims, type ValidClaim } from './truth/claim-index.js';
import { runCrh } from './truth/crh.js';
import type { AlgorithmOutcome, IterationLimits } from './truth/fixpoint.js';
import { INVESTMENT_EXPONENT, runInvestment } from './truth/investment.js';
import { POOLED_INVESTMENT_EXPONENT, runPooledInvestment } from './truth/pooled-investment.js';
import { runSums } from './truth/sums.js';
import { compareFacts } from './truth/truth-choice.js';
import {
  runTruthFinder,
  TRUTHFINDER_BASE_SIMILARITY,
  TRUTHFINDER_DAMPENING,
  TRUTHFINDER_IMPLICATION_WEIGHT,
  TRUTHFINDER_INITIAL_TRUST,
} from './truth/truthfinder.js';
import { runTwoEstimates, TWO_ESTIMATES_INITIAL_TRUST } from './truth/two-estimates.js';
import { compareCodeUnits, type TruthValue } from './truth/value-order.js';
import { defaultValueSimilarity, type ValueSimilarity } from './truth/value-similarity.js';
import { runVoting } from './truth/voting.js';

export type { TruthValue } from './truth/value-order.js';
export type { ValueSimilarity } from './truth/value-similarity.js';

/** One source asserting one value for one object. */
export interface TruthClaim {
  /** Who says it: an outlet, an article, a bookstore. Non-empty. */
  source: string;
  /** What it is about: a slot such as `"kr_president@2025-10-29"` or an ISBN. Non-empty. */
  object: string;
  /** What it says: a label, or a finite number. `1` and `"1"` are different values. */
  value: TruthValue;
  /**
   * How much this claim counts, > 0 and ≤ 1e6. Use it to make a cluster of copies count
   * once: give each of k syndicated copies weight 1/k.
   * @default 1
   */
  weight?: number;
}

/** The algorithms `discoverTruth` implements. */
export type TruthAlgorithm =
  | 'voting'
  | 'sums'
  | 'average-log'
  | 'investment'
  | 'pooled-investment'
  | 'truthfinder'
  | '2-estimates'
  | 'crh'
  | 'catd';

/** Every {@link TruthAlgorithm}, in the order the documentation presents them. */
export const TRUTH_ALGORITHMS: readonly TruthAlgorithm[] = Object.freeze([
  'voting',
  'sums',
  'average-log',
  'investment',
  'pooled-investment',
  'truthfinder',
  '2-estimates',
  'crh',
  'catd',
]);

/** Default cap on trust updates. */
export const DEFAULT_MAX_ITERATIONS = 100;
/** Default stopping threshold on the largest change of any source's trust. */
export const DEFAULT_TOLERANCE = 1e-6;
/**
 * Largest accepted claim weight. Weights are relative (1 is one ordinary
 * claim); a claim worth more than a million is a units mistake, and the cap
 * keeps every weighted sum finite.
 */
export const MAX_CLAIM_WEIGHT = 1e6;
/** Largest accepted `maxIterations`: every algorithm here settles within a few hundred; this stops a typo running for hours. */
export const MAX_ITERATIONS_LIMIT = 10_000;

/** Options of {@link discoverTruth}. Options that belong to another algorithm are rejected, not ignored. */
export interface DiscoverTruthOptions {
  /** Which algorithm to run. */
  algorithm: TruthAlgorithm;
  /**
   * Most trust updates to run (1 to 10,000).
   * @default 100
   */
  maxIterations?: number;
  /**
   * Stop when no source's trust moves by more than this between two updates (≥ 0).
   * @default 1e-6
   */
  tolerance?: number;
  /**
   * Starting trust, for every source (a number) or per source name (a record;
   * sources it does not name get the default). Voting uses it as fixed vote
   * weights; CRH and CATD as the weights of their first round. Must be ≥ 0;
   * for `truthfinder` below 1 and for `2-estimates` at most 1.
   * @default 0.9 for truthfinder, 0.8 for 2-estimates, 1 otherwise
   */
  initialTrust?: number | Record<string, number>;
  /**
   * `truthfinder` only: similarity in [0, 1] of two distinct values of one
   * object, called as `valueSimilarity(supporting, supported)`; values more
   * similar than `baseSimilarity` support each other. Called once per ordered
   * pair of values of each object, so its cost is quadratic in the number of
   * distinct values per object; past 5 million pairs the call fails with
   * `LIMIT_EXCEEDED`.
   * @default relative closeness for two numbers, 0 otherwise
   */
  valueSimilarity?: ValueSimilarity;
  /**
   * `truthfinder` only: dampening factor γ (> 0).
   * @default 0.3
   */
  gamma?: number;
  /**
   * `truthfinder` only: weight ρ of related values, 0 to 1.
   * @default 0.5
   */
  rho?: number;
  /**
   * `truthfinder` only: similarity below which two values count against each other, 0 to 1.
   * @default 0.5
   */
  baseSimilarity?: number;
  /**
   * `investment` and `pooled-investment` only: growth exponent g of G(x) = x^g (≥ 1).
   * @default 1.2 for investment, 1.4 for pooled-investment
   */
  exponent?: number;
  /**
   * `catd` only: significance level α of the confidence interval, between 0 and 1.
   * @default 0.05
   */
  alpha?: number;
}

/** One candidate value of an object. */
export interface TruthBelief {
  /** The candidate value, as the claims give it. */
  value: TruthValue;
  /**
   * The algorithm's confidence in the value. Comparable within one result,
   * not across algorithms: a probability for truthfinder, a vote share for
   * voting and categorical CRH/CATD, 1 / (1 + weighted mean normalised
   * deviation of the claims from the value) for numeric CRH (absolute) and
   * CATD (squared), a score scaled to a maximum of 1 otherwise.
   */
  belief: number;
  /** Sources that claimed the value, sorted. */
  sources: string[];
}

/** A source behind a value, with what it put on it. */
export interface TruthSupporter {
  /** Name of the source, as in {@link TruthClaim.source}. */
  source: string;
  /** The claim's vote: its weight, divided by the number of distinct values the source gave this object. */
  weight: number;
  /** The source's final trust (as in `TruthResult.trust`). */
  trust: number;
}

/** Why an object's value was chosen, for a person to check. */
export interface TruthExplanation {
  /** The chosen value (same as `truth[object]`). */
  chosen: TruthValue;
  /** Who claimed it, most influential (trust × weight) first. */
  supporters: TruthSupporter[];
  /** The other values, in belief order, with their supporters. */
  alternatives: Array<{
    /** An alternative value of the object. */
    value: TruthValue;
    /** Who claimed it, most influential (trust × weight) first. */
    supporters: TruthSupporter[];
  }>;
}

/**
 * The outcome of {@link discoverTruth}. Every record is keyed by source or
 * object name (null-prototype objects, so names like `__proto__` are ordinary
 * keys) and the whole result is plain JSON.
 */
export interface TruthResult {
  /** The algorithm that produced this result (`options.algorithm`). */
  algorithm: TruthAlgorithm;
  /** The chosen value of every object. */
  truth: Record<string, TruthValue>;
  /**
   * Trust of every source, in [0, 1]: for voting, the share of its votes that
   * agree with the chosen values; for truthfinder, the mean probability that
   * its claims are true; for 2-estimates, 1 − its estimated error rate,
   * normalised each round; for the others, a score scaled so the most trusted
   * source is 1. Compare sources within one result, not across algorithms.
   */
  trust: Record<string, number>;
  /** Every candidate value of every object, best first (the first is the truth). */
  belief: Record<string, TruthBelief[]>;
  /** Trust updates performed (1 for voting, 0 for no claims). */
  iterations: number;
  /** True when trust stopped changing within `tolerance`; false when `maxIterations` ended the run. */
  converged: boolean;
  /** Supporters of the chosen value and of each alternative, per object. */
  explanations: Record<string, TruthExplanation>;
}

/**
 * Estimates which value of each object is true and how far each source can be
 * trusted, from claims alone.
 *
 * Rules every algorithm shares:
 * - the same (source, object, value) repeated counts once, with its largest weight;
 * - a source giving one object k different values puts weight ÷ k on each;
 * - ties for the top value go to the larger plain weighted vote, then to a
 *   hash of (object, value), which is fixed for the value but unrelated to its
 *   spelling, so ties favour neither smaller numbers nor earlier strings; while
 *   k values tie, a claim of one of them counts as 1/k right (voting's trust,
 *   CRH's and CATD's losses), whichever the hash picked;
 * - numbers are labels (1 and 1.0 agree, 1 and 2 simply differ) except in CRH
 *   and CATD, where an object whose values are all numbers takes the weighted
 *   median (CRH: the minimiser of its absolute loss) or the claimed value
 *   nearest the weighted mean (CATD: the minimiser of its squared loss), with
 *   deviations over the object's standard deviation, and in TruthFinder, whose
 *   default similarity lets close numbers support each other.
 * The result does not depend on the order of the claims.
 *
 * @example
 * ```ts
 * const result = discoverTruth(
 *   [
 *     { source: 'a', object: 'kr_president', value: 'Lee Jae-myung' },
 *     { source: 'b', object: 'kr_president', value: 'Lee Jae-myung' },
 *     { source: 'c', object: 'kr_president', value: 'Yoon Suk Yeol' },
 *   ],
 *   { algorithm: 'truthfinder' },
 * );
 * result.truth.kr_president; // 'Lee Jae-myung'
 * ```
 *
 * @throws {CorroborateError} `INVALID_CLAIM` naming the claim index and field;
 * `INVALID_OPTION` naming the option; `LIMIT_EXCEEDED` when truthfinder would
 * compare more than 5 million value pairs.
 */
export function discoverTruth(
  claims: readonly TruthClaim[],
  options: DiscoverTruthOptions,
): TruthResult {
  const settings = validateOptions(options);
  const valid = validateClaims(claims);
  const index = indexClaims(valid);
  const initialTrust = startingTrust(index, settings);
  const outcome = runAlgorithm(index, settings, initialTrust);
  return describeOutcome(index, settings.algorithm, outcome);
}

/**
 * The sources' trust exactly as {@link discoverTruth} gives it (`result.trust`), without the
 * per-object beliefs and explanations: for callers that only weigh sources (the consensus of
 * `analyze` and `Corpus.score`), where building those for every object costs more than the run.
 */
export function discoverTrust(
  claims: readonly TruthClaim[],
  options: DiscoverTruthOptions,
): Record<string, number> {
  const settings = validateOptions(options);
  const index = indexClaims(validateClaims(claims));
  const outcome = runAlgorithm(index, settings, startingTrust(index, settings));
  const trust: Record<string, number> = Object.create(null);
  index.sources.forEach((name, s) => {
    trust[name] = outcome.trust[s]!;
  });
  return trust;
}

/** Options after validation, every default filled in. */
interface TruthSettings extends IterationLimits {
  algorithm: TruthAlgorithm;
  initialTrust: number | Record<string, number> | undefined;
  valueSimilarity: ValueSimilarity | undefined;
  gamma: number;
  rho: number;
  baseSimilarity: number;
  exponent: number | undefined;
  alpha: number;
}

function runAlgorithm(
  index: ClaimIndex,
  settings: TruthSettings,
  initialTrust: Float64Array,
): AlgorithmOutcome {
  if (index.objects.length === 0) {
    return { trust: initialTrust, belief: new Float64Array(0), iterations: 0, converged: true };
  }
  switch (settings.algorithm) {
    case 'voting':
      return runVoting(index, initialTrust);
    case 'sums':
      return runSums(index, settings, initialTrust);
    case 'average-log':
      return runAverageLog(index, settings, initialTrust);
    case 'investment':
      return runInvestment(index, settings, initialTrust, settings.exponent ?? INVESTMENT_EXPONENT);
    case 'pooled-investment':
      return runPooledInvestment(
        index,
        settings,
        initialTrust,
        settings.exponent ?? POOLED_INVESTMENT_EXPONENT,
      );
    case 'truthfinder':
      return runTruthFinder(index, settings, initialTrust, {
        gamma: settings.gamma,
        rho: settings.rho,
        baseSimilarity: settings.baseSimilarity,
        similarity: settings.valueSimilarity ?? defaultValueSimilarity,
        similarityIsDefault: settings.valueSimilarity === undefined,
      });
    case '2-estimates':
      return runTwoEstimates(index, settings, initialTrust);
    case 'crh':
      return runCrh(index, settings, initialTrust);
    case 'catd':
      return runCatd(index, settings, initialTrust, settings.alpha);
  }
}

// ---------------------------------------------------------------- output

function describeOutcome(
  index: ClaimIndex,
  algorithm: TruthAlgorithm,
  outcome: AlgorithmOutcome,
): TruthResult {
  const trust: Record<string, number> = Object.create(null);
  index.sources.forEach((name, s) => {
    trust[name] = outcome.trust[s]!;
  });
  const truth: Record<string, TruthValue> = Object.create(null);
  const belief: Record<string, TruthBelief[]> = Object.create(null);
  const explanations: Record<string, TruthExplanation> = Object.create(null);
  const ranking = outcome.ranking ?? outcome.belief;
  index.objects.forEach((name, o) => {
    const facts: number[] = [];
    for (let f = index.objectFactStart[o]!; f < index.objectFactStart[o + 1]!; f++) facts.push(f);
    facts.sort((a, b) => compareFacts(index, ranking, a, b));
    const best = facts[0]!;
    truth[name] = index.factValue[best]!;
    belief[name] = facts.map((f) => ({
      value: index.factValue[f]!,
      belief: outcome.belief[f]!,
      sources: factSourceIndices(index, f).map((s) => index.sources[s]!),
    }));
    explanations[name] = {
      chosen: index.factValue[best]!,
      supporters: supportersOf(index, outcome.trust, best),
      alternatives: facts.slice(1).map((f) => ({
        value: index.factValue[f]!,
        supporters: supportersOf(index, outcome.trust, f),
      })),
    };
  });
  return {
    algorithm,
    truth,
    trust,
    belief,
    iterations: outcome.iterations,
    converged: outcome.converged,
    explanations,
  };
}

// Edges of a fact are stored in source order, so these come out sorted by name.
function factSourceIndices(index: ClaimIndex, fact: number): number[] {
  const sources: number[] = [];
  for (let e = index.factEdgeStart[fact]!; e < index.factEdgeStart[fact + 1]!; e++) {
    sources.push(index.edgeSource[e]!);
  }
  return sources;
}

function supportersOf(index: ClaimIndex, trust: Float64Array, fact: number): TruthSupporter[] {
  const supporters: TruthSupporter[] = [];
  for (let e = index.factEdgeStart[fact]!; e < index.factEdgeStart[fact + 1]!; e++) {
    const s = index.edgeSource[e]!;
    supporters.push({ source: index.sources[s]!, weight: index.edgeVote[e]!, trust: trust[s]! });
  }
  return supporters.sort(
    (a, b) => b.trust * b.weight - a.trust * a.weight || compareCodeUnits(a.source, b.source),
  );
}

// ---------------------------------------------------------------- validation

const COMMON_OPTIONS = ['algorithm', 'maxIterations', 'tolerance', 'initialTrust'];
// Options that only one family of algorithms reads; passing them to another is a mistake worth reporting.
const SPECIFIC_OPTIONS: Record<string, readonly TruthAlgorithm[]> = {
  valueSimilarity: ['truthfinder'],
  gamma: ['truthfinder'],
  rho: ['truthfinder'],
  baseSimilarity: ['truthfinder'],
  exponent: ['investment', 'pooled-investment'],
  alpha: ['catd'],
};

/** The keys of {@link DiscoverTruthOptions}; any other key is `INVALID_OPTION`. */
const TRUTH_OPTION_KEYS = [
  'algorithm',
  'maxIterations',
  'tolerance',
  'initialTrust',
  'valueSimilarity',
  'gamma',
  'rho',
  'baseSimilarity',
  'exponent',
  'alpha',
] as const;

function validateOptions(options: unknown): TruthSettings {
  if (options === undefined) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `discoverTruth: options must be an object like { algorithm: 'truthfinder' }, but it is undefined.`,
      { field: 'options', expected: 'object', received: 'undefined' },
    );
  }
  const record = readOptions(options, TRUTH_OPTION_KEYS, 'options', 'discoverTruth');
  const algorithm = record.algorithm;
  if (
    typeof algorithm !== 'string' ||
    !(TRUTH_ALGORITHMS as readonly string[]).includes(algorithm)
  ) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.algorithm must be one of ${TRUTH_ALGORITHMS.map((name) => `'${name}'`).join(', ')}, but it is ${typeof algorithm === 'string' ? JSON.stringify(algorithm) : describeType(algorithm)}.`,
      { field: 'algorithm' },
    );
  }
  const chosen = algorithm as TruthAlgorithm;
  for (const key of Object.keys(record)) {
    if (record[key] === undefined || COMMON_OPTIONS.includes(key)) continue;
    const owners = Object.hasOwn(SPECIFIC_OPTIONS, key) ? SPECIFIC_OPTIONS[key] : undefined;
    if (owners === undefined) {
      throw new CorroborateError(
        'INVALID_OPTION',
        `options.${key} is not an option of discoverTruth; known options: ${[...COMMON_OPTIONS, ...Object.keys(SPECIFIC_OPTIONS)].join(', ')}.`,
        { field: key },
      );
    }
    if (!owners.includes(chosen)) {
      throw new CorroborateError(
        'INVALID_OPTION',
        `options.${key} applies only to algorithm ${owners.map((name) => `'${name}'`).join(' or ')}, not '${chosen}'; remove it.`,
        { field: key },
      );
    }
  }

  const maxIterations = optionalNumber(record, 'maxIterations', DEFAULT_MAX_ITERATIONS);
  if (
    !Number.isInteger(maxIterations) ||
    maxIterations < 1 ||
    maxIterations > MAX_ITERATIONS_LIMIT
  ) {
    throw rangeError(
      'maxIterations',
      `a whole number from 1 to ${MAX_ITERATIONS_LIMIT}`,
      maxIterations,
    );
  }
  const tolerance = optionalNumber(record, 'tolerance', DEFAULT_TOLERANCE);
  if (tolerance < 0) throw rangeError('tolerance', 'a number ≥ 0', tolerance);
  const gamma = optionalNumber(record, 'gamma', TRUTHFINDER_DAMPENING);
  if (gamma <= 0) throw rangeError('gamma', 'a number > 0', gamma);
  const rho = optionalNumber(record, 'rho', TRUTHFINDER_IMPLICATION_WEIGHT);
  if (rho < 0 || rho > 1) throw rangeError('rho', 'a number from 0 to 1', rho);
  const baseSimilarity = optionalNumber(record, 'baseSimilarity', TRUTHFINDER_BASE_SIMILARITY);
  if (baseSimilarity < 0 || baseSimilarity > 1) {
    throw rangeError('baseSimilarity', 'a number from 0 to 1', baseSimilarity);
  }
  const exponent =
    record.exponent === undefined ? undefined : optionalNumber(record, 'exponent', 1);
  if (exponent !== undefined && exponent < 1)
    throw rangeError('exponent', 'a number ≥ 1', exponent);
  const alpha = optionalNumber(record, 'alpha', CATD_SIGNIFICANCE);
  if (alpha <= 0 || alpha >= 1)
    throw rangeError('alpha', 'a number between 0 and 1 (exclusive)', alpha);

  const valueSimilarity = record.valueSimilarity;
  if (valueSimilarity !== undefined && typeof valueSimilarity !== 'function') {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.valueSimilarity must be a function (a, b) => number in [0, 1], but it is ${describeType(valueSimilarity)}.`,
      { field: 'valueSimilarity' },
    );
  }
  const initialTrust = validateInitialTrust(record.initialTrust, chosen);
  return {
    algorithm: chosen,
    maxIterations,
    tolerance,
    initialTrust,
    valueSimilarity: valueSimilarity as ValueSimilarity | undefined,
    gamma,
    rho,
    baseSimilarity,
    exponent,
    alpha,
  };
}

function optionalNumber(record: Record<string, unknown>, field: string, fallback: number): number {
  const value = record[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.${field} must be a finite number, but it is ${describeNumberish(value)}.`,
      { field },
    );
  }
  return value;
}

function rangeError(field: string, expected: string, value: number): CorroborateError {
  return new CorroborateError(
    'INVALID_OPTION',
    `options.${field} must be ${expected}, but it is ${value}.`,
    {
      field,
    },
  );
}

// The probability-like algorithms need trust in a bounded range: −ln(1 − t) is infinite at t = 1.
function initialTrustCheck(algorithm: TruthAlgorithm): {
  ok: (t: number) => boolean;
  expected: string;
} {
  if (algorithm === 'truthfinder')
    return { ok: (t) => t >= 0 && t < 1, expected: 'a number ≥ 0 and < 1' };
  if (algorithm === '2-estimates')
    return { ok: (t) => t >= 0 && t <= 1, expected: 'a number from 0 to 1' };
  return { ok: (t) => t >= 0, expected: 'a number ≥ 0' };
}

function validateInitialTrust(
  value: unknown,
  algorithm: TruthAlgorithm,
): number | Record<string, number> | undefined {
  if (value === undefined) return undefined;
  const check = initialTrustCheck(algorithm);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || !check.ok(value)) {
      throw new CorroborateError(
        'INVALID_OPTION',
        `options.initialTrust must be ${check.expected} for '${algorithm}', but it is ${value}.`,
        { field: 'initialTrust' },
      );
    }
    return value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.initialTrust must be a number or a record of source name → number, but it is ${describeType(value)}.`,
      { field: 'initialTrust' },
    );
  }
  const copy: Record<string, number> = Object.create(null);
  for (const [source, trust] of Object.entries(value)) {
    if (typeof trust !== 'number' || !Number.isFinite(trust) || !check.ok(trust)) {
      throw new CorroborateError(
        'INVALID_OPTION',
        `options.initialTrust[${JSON.stringify(source)}] must be ${check.expected} for '${algorithm}', but it is ${describeNumberish(trust)}.`,
        { field: 'initialTrust', source },
      );
    }
    copy[source] = trust;
  }
  return copy;
}

function defaultInitialTrust(algorithm: TruthAlgorithm): number {
  if (algorithm === 'truthfinder') return TRUTHFINDER_INITIAL_TRUST;
  if (algorithm === '2-estimates') return TWO_ESTIMATES_INITIAL_TRUST;
  return 1;
}

function startingTrust(index: ClaimIndex, settings: TruthSettings): Float64Array {
  const fallback = defaultInitialTrust(settings.algorithm);
  const given = settings.initialTrust;
  return Float64Array.from(index.sources, (name) => {
    if (typeof given === 'number') return given;
    if (given !== undefined && Object.hasOwn(given, name)) return given[name]!;
    return fallback;
  });
}

function validateClaims(claims: unknown): ValidClaim[] {
  if (!Array.isArray(claims)) {
    throw new CorroborateError(
      'INVALID_CLAIM',
      `claims must be an array of { source, object, value } objects, but it is ${describeType(claims)}.`,
      { field: 'claims' },
    );
  }
  const valid: ValidClaim[] = [];
  // An index loop, not map: a sparse array's holes must be reported, not skipped.
  for (let index = 0; index < claims.length; index++)
    valid.push(validateClaim(claims[index], index));
  return valid;
}

function validateClaim(claim: unknown, index: number): ValidClaim {
  const where = `claims[${index}]`;
  if (claim === null || typeof claim !== 'object' || Array.isArray(claim)) {
    throw new CorroborateError(
      'INVALID_CLAIM',
      `${where} must be an object like { source: "a", object: "x", value: "v" }, but it is ${describeType(claim)}.`,
      { index },
    );
  }
  const record = claim as Record<string, unknown>;
  for (const field of ['source', 'object'] as const) {
    const name = record[field];
    if (typeof name !== 'string' || name === '') {
      throw new CorroborateError(
        'INVALID_CLAIM',
        `${where}.${field} must be a non-empty string, but it is ${typeof name === 'string' ? 'empty' : describeType(name)}.`,
        { index, field },
      );
    }
  }
  const value = record.value;
  if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
    throw new CorroborateError(
      'INVALID_CLAIM',
      `${where}.value must be a string or a finite number, but it is ${describeNumberish(value)}.`,
      { index, field: 'value' },
    );
  }
  const weight = record.weight;
  const weightOk =
    typeof weight === 'number' &&
    Number.isFinite(weight) &&
    weight > 0 &&
    weight <= MAX_CLAIM_WEIGHT;
  if (weight !== undefined && !weightOk) {
    throw new CorroborateError(
      'INVALID_CLAIM',
      `${where}.weight must be a number > 0 and ≤ ${MAX_CLAIM_WEIGHT} (or left out for 1), but it is ${typeof weight === 'number' ? weight : describeType(weight)}.`,
      { index, field: 'weight' },
    );
  }
  return {
    source: record.source as string,
    object: record.object as string,
    // −0 and 0 are one value.
    value: value === 0 ? 0 : value,
    weight: (weight as number | undefined) ?? 1,
  };
}

// describeType, plus which non-finite number it was: "NaN" tells the caller more than "a number".
function describeNumberish(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return describeType(value);
}
