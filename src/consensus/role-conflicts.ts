// Role conflicts: one office named with different holders by different articles — no dates needed.
import type { RoleConflict } from '../analysis.js';
import { compareIds } from '../input/validate-articles.js';
import type { Claim } from './claims.js';

/**
 * The offices that role-holder claims (see `roleHolderClaims`) name with two or more holders:
 * per office (in id order), one side per holder (in name order) with the articles naming them
 * and the evidence of each claim. The one role-conflict rule, for analyze and
 * `findRoleConflicts` alike.
 */
export function roleConflictsIn(claims: readonly Claim[]): RoleConflict[] {
  const byObject = new Map<
    string,
    { role: NonNullable<Claim['role']>; sides: Map<string, Claim[]> }
  >();
  for (const claim of claims) {
    if (claim.kind !== 'role-holder' || !claim.role) continue;
    const entry = byObject.get(claim.object) ?? { role: claim.role, sides: new Map() };
    const value = String(claim.value);
    const side = entry.sides.get(value);
    if (side) side.push(claim);
    else entry.sides.set(value, [claim]);
    byObject.set(claim.object, entry);
  }
  const conflicts: RoleConflict[] = [];
  for (const object of [...byObject.keys()].sort(compareIds)) {
    const { role, sides } = byObject.get(object)!;
    if (sides.size < 2) continue;
    conflicts.push({
      roleId: role.id,
      role: role.label,
      sides: [...sides.keys()].sort(compareIds).map((person) => {
        const sideClaims = sides.get(person)!;
        return {
          person,
          articles: [...new Set(sideClaims.map((claim) => claim.articleId))].sort(compareIds),
          evidence: sideClaims.map((claim) => claim.evidence),
        };
      }),
    });
  }
  return conflicts;
}
