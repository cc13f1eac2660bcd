// The facts of an analysis: each aligned group with its independent sources and the claims
// inside it that the articles dispute.
import type { Alignment } from '../align/types.js';
import type { Fact } from '../analysis.js';
import { compareIds } from '../input/validate-articles.js';
import { agreementFor, type Claim } from './claims.js';
import type { ObjectConsensus } from './consensus.js';

/**
 * One fact per aligned group: its members, score, independent sources (copy clusters counted
 * once) and, for each object a member's claim disputes, the consensus and the dissent.
 */
export function buildFacts(
  alignment: Alignment,
  claims: readonly Claim[],
  consensus: ReadonlyMap<string, ObjectConsensus>,
  clusterOf: ReadonlyMap<string, string>,
): Fact[] {
  const groupOfSentence = new Map<string, string>();
  for (const group of alignment.groups) {
    for (const member of group.members)
      groupOfSentence.set(`${member.articleId}\u0000${member.sentenceIndex}`, group.id);
  }
  const disputesByGroup = new Map<string, Set<string>>();
  for (const claim of claims) {
    const object = consensus.get(claim.object)!;
    if (object.value === null) continue;
    const agree = agreementFor(object.kind);
    if (object.values.every((value) => agree(value.value, object.value!))) continue;
    const groupId = groupOfSentence.get(`${claim.articleId}\u0000${claim.evidence.sentenceIndex}`);
    if (!groupId) continue;
    const set = disputesByGroup.get(groupId) ?? new Set<string>();
    set.add(claim.object);
    disputesByGroup.set(groupId, set);
  }
  return alignment.groups.map((group) => ({
    id: group.id,
    members: group.members,
    score: group.score,
    independentSources: new Set(
      group.members.map((member) => clusterOf.get(member.articleId) ?? member.articleId),
    ).size,
    disputes: [...(disputesByGroup.get(group.id) ?? [])].sort(compareIds).map((objectId) => {
      const object = consensus.get(objectId)!;
      const agree = agreementFor(object.kind);
      return {
        object: objectId,
        claim: object.label,
        consensus: object.display ?? String(object.value),
        dissent: object.values
          .filter((value) => !agree(value.value, object.value!))
          .map((value) => ({ value: value.display, articles: value.articles })),
      };
    }),
  }));
}
