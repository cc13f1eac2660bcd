// The bundled office-holder data: the shared reference table plus the European and world tables.
import type { IsoDate } from '../../input/parse-date.js';
import type { RoleRecord, TermRecord } from '../types.js';
import { CABINET_SOURCES, CABINETS } from './cabinets.js';
import { decodeCabinets } from './decode-cabinets.js';
import { ROLES as EUROPE_ROLES, TERMS as EUROPE_TERMS } from './europe.js';
import { REFERENCE_ROLES } from './reference-roles.js';
import { REFERENCE_TERMS } from './reference-terms.js';
import { ROLES as WORLD_ROLES, TERMS as WORLD_TERMS } from './world.js';

/**
 * The newest date the bundled data is verified to: the shared reference
 * table's README vouches for its rows up to 2026-09-22 (`medium`-confidence
 * rows and anything later are not verified to the same standard). Terms in
 * the European and world tables that could not be re-checked say so in their
 * `evidence`.
 */
export const SNAPSHOT_DATE: IsoDate = '2026-09-22';

/** Every bundled role: reference, European and world tables. A role id appears in one table only. */
export const BUNDLED_ROLES: readonly RoleRecord[] = [
  ...REFERENCE_ROLES,
  ...EUROPE_ROLES,
  ...WORLD_ROLES,
];

/** Every bundled term, table by table, each table in its own order. */
export const BUNDLED_TERMS: readonly TermRecord[] = [
  ...REFERENCE_TERMS,
  ...EUROPE_TERMS,
  ...WORLD_TERMS,
];

let allRecords: { roles: RoleRecord[]; terms: TermRecord[] } | undefined;

/**
 * Every bundled record: the hand-checked tables ({@link BUNDLED_ROLES}, {@link BUNDLED_TERMS})
 * and the imported cabinets (`cabinets.ts`, decoded here on the first call and kept).
 */
export function bundledRecords(): { roles: readonly RoleRecord[]; terms: readonly TermRecord[] } {
  if (allRecords === undefined) {
    const cabinets = decodeCabinets(CABINETS, CABINET_SOURCES);
    allRecords = {
      roles: [...BUNDLED_ROLES, ...cabinets.roles],
      terms: [...BUNDLED_TERMS, ...cabinets.terms],
    };
  }
  return allRecords;
}
