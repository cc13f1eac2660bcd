// Weighted consensus per claimed object: truth-discovery trust × copy-cluster independence.
import type { ClaimKind } from '../analysis.js';
import { containsCountries, isInsideRegion } from '../extract/place-containment.js';
import { compareIds } from '../input/validate-articles.js';
import { agreementFor, type Claim } from './claims.js';
import { discoverTrust, type TruthAlgorithm } from './discover-truth.js';

/** The consensus on one object and who backs it. */
export interface ObjectConsensus {
  object: string;
  kind: ClaimKind;
  label: string;
  /** The consensus value; null when no value is backed by two independent sources. */
  value: string | number | null;
  /** How the consensus value is written by its first supporter. */
  display: string | null;
  /** Articles whose claims agree with the consensus value, sorted. */
  supporters: string[];
  /** Independent sources (copy clusters counted once) behind the consensus value. */
  independentSupport: number;
  /** Independent sources stating anything about the object. */
  independentSources: number;
  /** Share of the independence weight behind the consensus value (0..1). */
  share: number;
  /** Every distinct value with the articles that state it (agreeing values listed apart). */
  values: { value: string | number; display: string; articles: string[] }[];
}

/** The truth-discovery algorithm `analyze` and `createCorpus` weigh sources with (`options.algorithm`). */
export const DEFAULT_TRUTH_ALGORITHM: TruthAlgorithm = 'crh';

/** How strongly a consensus must be backed before a disagreeing claim is a contradiction. */
export const CLEAR_MAJORITY_SHARE = 2 / 3;
/** Independent sources a clear majority needs besides the dissenting one. */
export const CLEAR_MAJORITY_SOURCES = 2;

/**
 * Trust of each article as a source, from truth discovery over all its claims, scaled so the
 * most trusted article has 1. Articles without claims get 1 (nothing to distrust them for).
 * `initialTrust` (article id → starting trust, from a source ledger) is passed on to
 * `discoverTruth`; articles it leaves out start at the algorithm's default.
 */
export function sourceTrust(
  claims: readonly Claim[],
  articleIds: readonly string[],
  weights: ReadonlyMap<string, number>,
  algorithm: TruthAlgorithm,
  initialTrust?: Readonly<Record<string, number>>,
): Map<string, number> {
  const trust = new Map(articleIds.map((id) => [id, 1]));
  if (claims.length === 0) return trust;
  const result = discoverTrust(
    claims.map((claim) => ({
      source: claim.articleId,
      object: claim.object,
      value: claim.value,
      weight: weights.get(claim.articleId) ?? 1,
    })),
    initialTrust === undefined ? { algorithm } : { algorithm, initialTrust: { ...initialTrust } },
  );
  const values = Object.values(result);
  const max = Math.max(...values.filter(Number.isFinite), 0);
  if (max > 0) {
    for (const id of articleIds) {
      const value = result[id];
      if (value !== undefined && Number.isFinite(value)) trust.set(id, Math.max(0, value / max));
    }
  }
  return trust;
}

/**
 * The consensus value of every object: the value whose agreeing claims carry the most
 * weight, where an article weighs its independence weight (1 / copy-cluster size) times its
 * trust. Ties go to the more specific value (a city over its country), then the value with
 * more independent supporters, then code-unit order — never to input order.
 */
export function computeConsensus(
  claims: readonly Claim[],
  weights: ReadonlyMap<string, number>,
  trust: ReadonlyMap<string, number>,
  clusterOf: ReadonlyMap<string, string>,
): Map<string, ObjectConsensus> {
  const byObject = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byObject.get(claim.object);
    if (list) list.push(claim);
    else byObject.set(claim.object, [claim]);
  }
  const result = new Map<string, ObjectConsensus>();
  for (const object of [...byObject.keys()].sort(compareIds)) {
    result.set(object, consensusOf(byObject.get(object)!, weights, trust, clusterOf));
  }
  return result;
}

function consensusOf(
  claims: readonly Claim[],
  weights: ReadonlyMap<string, number>,
  trust: ReadonlyMap<string, number>,
  clusterOf: ReadonlyMap<string, string>,
): ObjectConsensus {
  const first = claims[0]!;
  const agree = agreementFor(first.kind);
  const distinct = new Map<
    string,
    { value: string | number; display: string; articles: Set<string> }
  >();
  for (const claim of claims) {
    const key = `${typeof claim.value}:${claim.value}`;
    const entry = distinct.get(key) ?? {
      value: claim.value,
      display: claim.display,
      articles: new Set<string>(),
    };
    entry.articles.add(claim.articleId);
    distinct.set(key, entry);
  }
  const values = [...distinct.values()]
    .map((entry) => ({
      value: entry.value,
      display: entry.display,
      articles: [...entry.articles].sort(compareIds),
    }))
    .sort((x, y) => compareIds(String(x.value), String(y.value)));
  const valuesBySpeaker = new Map<string, (string | number)[]>();
  for (const claim of claims) {
    const list = valuesBySpeaker.get(claim.articleId);
    if (list) list.push(claim.value);
    else valuesBySpeaker.set(claim.articleId, [claim.value]);
  }
  const speakers = [...valuesBySpeaker.keys()].sort(compareIds);
  const independent = (ids: readonly string[]) =>
    new Set(ids.map((id) => clusterOf.get(id) ?? id)).size;
  const totalWeight = speakers.reduce((sum, id) => sum + (weights.get(id) ?? 1), 0);

  let best: Candidate | null = null;
  const scored: Candidate[] = [];
  for (const candidate of values) {
    const supporters = speakers.filter((id) =>
      valuesBySpeaker.get(id)!.some((value) => agree(value, candidate.value)),
    );
    const score = supporters.reduce(
      (sum, id) => sum + (weights.get(id) ?? 1) * (trust.get(id) ?? 1),
      0,
    );
    const specific = specificity(candidate.value);
    if (
      best === null ||
      score > best.score + 1e-12 ||
      (Math.abs(score - best.score) <= 1e-12 &&
        (specific > best.specific ||
          (specific === best.specific && independent(supporters) > independent(best.supporters))))
    ) {
      best = { value: candidate.value, display: candidate.display, supporters, score, specific };
    }
    scored.push({
      value: candidate.value,
      display: candidate.display,
      supporters,
      score,
      specific,
    });
  }
  best = refine(best, scored, agree, speakers, weights, trust, valuesBySpeaker);
  const supporters = best?.supporters ?? [];
  const supportWeight = supporters.reduce((sum, id) => sum + (weights.get(id) ?? 1), 0);
  const backed = independent(supporters) >= 2;
  return {
    object: first.object,
    kind: first.kind,
    label: first.label,
    value: backed ? best!.value : null,
    display: backed ? best!.display : null,
    supporters: backed ? supporters : [],
    independentSupport: backed ? independent(supporters) : 0,
    independentSources: independent(speakers),
    share: backed && totalWeight > 0 ? round(supportWeight / totalWeight) : 0,
    values,
  };
}

/**
 * Share of all the weight that a more specific value ("Apulia, Italy") must carry to replace
 * the general value everyone agrees with ("Italy"): otherwise "in Sicily" would agree with a
 * consensus of "Italy" and never be contradicted. Half: the specific value is then the
 * majority reading of where the event is.
 */
export const REFINEMENT_SHARE = 0.5;

interface Candidate {
  value: string | number;
  display: string;
  supporters: string[];
  score: number;
  specific: number;
}

function refine<
  T extends { value: string | number; supporters: string[]; score: number; specific: number },
>(
  best: T | null,
  scored: readonly T[],
  agree: (a: string | number, b: string | number) => boolean,
  speakers: readonly string[],
  weights: ReadonlyMap<string, number>,
  trust: ReadonlyMap<string, number>,
  valuesBySpeaker: ReadonlyMap<string, readonly (string | number)[]>,
): T | null {
  if (best === null) return best;
  // Only sources that state the specific value itself count for it here: "Italy" agrees with
  // "Apulia, Italy" but is no evidence that Apulia rather than Sicily is right.
  const statedWeight = (value: string | number) =>
    speakers
      .filter((id) => valuesBySpeaker.get(id)!.includes(value))
      .reduce((sum, id) => sum + (weights.get(id) ?? 1) * (trust.get(id) ?? 1), 0);
  const total = speakers.reduce(
    (sum, id) => sum + (weights.get(id) ?? 1) * (trust.get(id) ?? 1),
    0,
  );
  let refined = best;
  for (const candidate of scored) {
    if (candidate.specific <= best.specific || !agree(candidate.value, best.value)) continue;
    if (statedWeight(candidate.value) < REFINEMENT_SHARE * total - 1e-12) continue;
    if (
      candidate.score > refined.score + 1e-12 ||
      refined === best ||
      (Math.abs(candidate.score - refined.score) <= 1e-12 && candidate.specific > refined.specific)
    ) {
      refined = candidate;
    }
  }
  return refined;
}

// A place value naming a city inside a country is more specific than the country alone, a
// country more than the sea or world region around it, a city more than the region it lies in.
function specificity(value: string | number): number {
  if (typeof value !== 'string') return 1;
  const parts = value.split(' › ');
  if (parts.length === 1) return containsCountries(value) ? 0 : 1;
  return isInsideRegion(parts[0]!) ? 3 : 2;
}

/**
 * Whether a dissenting claim faces a clear majority: at least
 * {@link CLEAR_MAJORITY_SOURCES} independent sources and {@link CLEAR_MAJORITY_SHARE} of the
 * weight behind the consensus.
 */
export function isClearMajority(consensus: ObjectConsensus): boolean {
  return (
    consensus.independentSupport >= CLEAR_MAJORITY_SOURCES &&
    consensus.share >= CLEAR_MAJORITY_SHARE - 1e-9
  );
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
