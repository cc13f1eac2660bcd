// Plain-English reasons a person can check, built from stale figures and contradictions.
import type { Contradiction, Evidence, OutlierReason, StaleFigure } from '../analysis.js';

/** "Names Olaf Scholz as Chancellor of Germany (“German Chancellor Olaf Scholz”), but on …". */
export function staleFigureMessage(figure: StaleFigure): string {
  const holder = figure.holderOnDate ?? 'nobody the knowledge base knows';
  const named = `Names ${figure.person} as ${figure.role} (“${figure.mention}”)`;
  switch (figure.kind) {
    case 'stale':
      return `${named}, but on ${figure.referenceDate} the office was held by ${holder}; ${figure.person} held it from ${figure.heldFrom} until ${figure.heldUntil}.`;
    case 'not-yet':
      return `${named}, but ${figure.person} took the office only on ${figure.heldFrom}; on ${figure.referenceDate} it was held by ${holder}.`;
    default:
      return `${named}, an office ${figure.person} never held; on ${figure.referenceDate} it was held by ${holder}.`;
  }
}

/** "Puts the meeting with Xi Jinping in Beijing, China; 4 independent sources say Busan, …". */
export function contradictionMessage(contradiction: Contradiction): string {
  const count = contradiction.independentSupport;
  const others = `${count} independent source${count === 1 ? '' : 's'}`;

  const list = contradiction.supportingSources.join(', ');
  switch (contradiction.kind) {
    case 'event-place':
      return `${contradiction.claim}: says ${contradiction.value}, while ${others} say ${contradiction.consensus} (${list}).`;
    case 'itinerary':
      return contradiction.value === 'included'
        ? `${contradiction.claim}: lists it among the trip's stops, while ${others} list the stops without it (${list}).`
        : `${contradiction.claim}: leaves it out of the trip's stops, while ${others} include it (${list}).`;
    case 'role-holder':
      return `${contradiction.claim}: names ${contradiction.value}, while ${others} name ${contradiction.consensus} (${list}).`;
    default:
      return `${contradiction.claim}: says ${contradiction.value}, while ${others} say ${contradiction.consensus} (${list}).`;
  }
}

/** Evidence of a stale figure (its mention span in its sentence). */
export function staleFigureEvidence(articleId: string, figure: StaleFigure): Evidence {
  return {
    articleId,
    sentenceIndex: figure.sentenceIndex,
    sentence: figure.sentence,
    start: figure.start,
    end: figure.end,
  };
}

/** Evidence of a contradiction. */
export function contradictionEvidence(articleId: string, contradiction: Contradiction): Evidence {
  return {
    articleId,
    sentenceIndex: contradiction.sentenceIndex,
    sentence: contradiction.sentence,
    start: contradiction.start,
    end: contradiction.end,
  };
}

const REASON_RANK: Record<OutlierReason['kind'], number> = {
  'stale-figure': 0,
  contradiction: 1,
  'role-conflict': 2,
  'low-score': 3,
  unrelated: 4,
};

/** Orders reasons most convincing first: table-backed facts, then majority contradictions, then scores. */
export function rankReasons(reasons: OutlierReason[]): OutlierReason[] {
  return reasons
    .map((reason, index) => ({ reason, index }))
    .sort(
      (x, y) =>
        REASON_RANK[x.reason.kind] - REASON_RANK[y.reason.kind] ||
        (x.reason.evidence[0]?.start ?? 0) - (y.reason.evidence[0]?.start ?? 0) ||
        x.index - y.index,
    )
    .map(({ reason }) => reason);
}
