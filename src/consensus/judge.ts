// The one judge: what a claim is worth against the weighted consensus on its object —
// corroborated, contradicted, uncorroborated or unchecked. analyze and Corpus.score both call it.
import type { Contradiction } from '../analysis.js';
import { compareIds } from '../input/validate-articles.js';
import { agreementFor, type Claim } from './claims.js';
import { isClearMajority, type ObjectConsensus } from './consensus.js';

/** Independent sources needed before a consensus can overrule anyone. */
export const MIN_CONSENSUS_SOURCES = 3;

/** How one claim fares against the consensus on its object. */
export type ClaimOutcome = 'corroborated' | 'contradicted' | 'uncorroborated' | 'unchecked';

/** What the judge needs to know about the cluster besides the consensus. */
export interface JudgeContext {
  /** Whether the cluster has enough independent sources for a consensus to overrule anyone. */
  consensusPossible: boolean;
  /** The independent source an article belongs to (its copy cluster's first id, else itself). */
  independentOf: (articleId: string) => string;
  /**
   * Whether the judged article is about another event (see `score/unrelated.ts`): its claims
   * are not in the consensus, and its disagreements are `different-event`, not counted.
   */
  differentEvent?: boolean;
}

/** The verdict on one claim, with the contradiction to report when there is one. */
export interface ClaimVerdict {
  outcome: ClaimOutcome;
  /**
   * Set when the claim disagrees with a consensus that other independent sources back (at any
   * strength): the outcome is then `contradicted`.
   */
  contradiction?: Contradiction;
}

/**
 * Judges one claim against the consensus on its object:
 * - no other independent source speaks of the object → `uncorroborated`;
 * - no consensus value, or no consensus possible and the article is not among its supporters
 *   → `unchecked`;
 * - agrees with the consensus → `corroborated` when another independent source backs it, else
 *   `uncorroborated`;
 * - disagrees → `contradicted` with the backing sources (a `clear-majority` contradiction when
 *   {@link isClearMajority}), or `unchecked` when only the article's own copies back it.
 * An article about another event (`context.differentEvent`) is judged against every object
 * others speak of, and its disagreements are `different-event` contradictions.
 */
export function judgeClaim(
  claim: Claim,
  object: ObjectConsensus | undefined,
  context: JudgeContext,
): ClaimVerdict {
  const { independentOf } = context;
  const differentEvent = context.differentEvent === true;
  const self = independentOf(claim.articleId);
  // An unrelated article's claims are not in the consensus: only others' objects judge it.
  if (object === undefined) return { outcome: 'uncorroborated' };
  if (object.independentSources <= (differentEvent ? 0 : 1)) return { outcome: 'uncorroborated' };
  if (
    object.value === null ||
    (!context.consensusPossible && !object.supporters.includes(claim.articleId))
  ) {
    return { outcome: 'unchecked' };
  }
  if (agreementFor(claim.kind)(claim.value, object.value)) {
    return {
      outcome: object.supporters.some((id) => independentOf(id) !== self)
        ? 'corroborated'
        : 'uncorroborated',
    };
  }
  const supportingSources = object.supporters.filter((id) => independentOf(id) !== self);
  if (supportingSources.length === 0) return { outcome: 'unchecked' };
  return {
    outcome: 'contradicted',
    contradiction: {
      claim: object.label,
      object: object.object,
      kind: claim.kind,
      // Itinerary values are the yes/no the message is built from; others read as written.
      value: claim.kind === 'itinerary' ? claim.value : claim.display,
      consensus: object.display ?? String(object.value),
      supportingSources,
      independentSupport: new Set(supportingSources.map(independentOf)).size,
      consensusShare: object.share,
      strength: differentEvent
        ? 'different-event'
        : isClearMajority(object)
          ? 'clear-majority'
          : 'plurality',
      sentence: claim.evidence.sentence,
      sentenceIndex: claim.evidence.sentenceIndex,
      start: claim.evidence.start,
      end: claim.evidence.end,
    },
  };
}

/** Claim counts of one article, as the agreement score reads them. */
export interface ClaimTally {
  corroborated: number;
  contradicted: number;
  uncorroborated: number;
  unchecked: number;
  /** The article's contradictions, in text order. */
  contradictions: Contradiction[];
}

/**
 * Judges every claim of one article (see {@link judgeClaim}) and counts the outcomes. A
 * contradiction whose span overlaps a stale figure is listed but not counted: a wrong office
 * holder already counted as a stale figure is one error, not two; a disagreement about another
 * event (`context.differentEvent`) is no error at all.
 */
export function judgeClaims(
  claims: readonly Claim[],
  consensus: ReadonlyMap<string, ObjectConsensus>,
  context: JudgeContext,
  staleSpans: readonly (readonly [number, number])[],
): ClaimTally {
  const tally: ClaimTally = {
    corroborated: 0,
    contradicted: 0,
    uncorroborated: 0,
    unchecked: 0,
    contradictions: [],
  };
  for (const claim of claims) {
    const verdict = judgeClaim(claim, consensus.get(claim.object), context);
    if (verdict.contradiction) {
      tally.contradictions.push(verdict.contradiction);
      if (
        context.differentEvent !== true &&
        !overlapsAny(staleSpans, claim.evidence.start, claim.evidence.end)
      )
        tally.contradicted++;
    } else {
      tally[verdict.outcome]++;
    }
  }
  tally.contradictions.sort((x, y) => x.start - y.start || compareIds(x.object, y.object));
  return tally;
}

/** Whether [start, end) overlaps any of the spans. */
export function overlapsAny(
  spans: readonly (readonly [number, number])[],
  start: number,
  end: number,
): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}
