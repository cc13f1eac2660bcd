// The bundled knowledge base, built on first use so importing the package costs nothing.

import { CorroborateError } from '../errors.js';
import { bundledRecords, SNAPSHOT_DATE } from './data/index.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

let bundled: KnowledgeBase | undefined;

// Validation and indexing of the bundled tables run once, on the first property access or call.
// The imported cabinets are decoded here too, so importing the package only holds their text.
function load(): KnowledgeBase {
  if (bundled === undefined) {
    const records = bundledRecords();
    bundled = createKnowledgeBase({
      snapshotDate: SNAPSHOT_DATE,
      roles: [...records.roles],
      terms: [...records.terms],
    });
  }
  return bundled;
}

/**
 * Who held which office when: heads of state and government, key US posts and
 * the heads of NATO, the UN, the EU, the IMF, the World Bank, the WTO and the
 * Fed, from 2014 (earlier where a holder was already in office) to
 * `snapshotDate`; plus national cabinets imported from open data (Wikidata,
 * 2000 to 2023-01-15; the UK cabinet from the Institute for Government to
 * 2026-06-19). Each role's `coverage` is where its holders are complete. Extend it with your own records:
 * `officeHolders.extend({ terms: [...] })` or
 * `createKnowledgeBase(records, { base: officeHolders })`.
 */
export const officeHolders: KnowledgeBase = Object.freeze({
  get snapshotDate() {
    return load().snapshotDate;
  },
  get roles() {
    return load().roles;
  },
  getRole: (roleId: string) => load().getRole(roleId),
  termsOf: (roleId: string) => load().termsOf(roleId),
  holderOn: (roleId: string, date: string | Date) => load().holderOn(roleId, date),
  holdersOn: (roleId: string, date: string | Date) => load().holdersOn(roleId, date),
  rolesOf: (person: string, date?: string | Date) => load().rolesOf(person, date),
  findPerson: (name: string) => load().findPerson(name),
  extend: (records: Parameters<KnowledgeBase['extend']>[0]) => load().extend(records),
  toJSON: () => load().toJSON(),
});

/**
 * The knowledge base an `options.knowledge` names: the bundled table when absent, the value
 * when it is one, else `INVALID_OPTION`.
 */
export function readKnowledgeOption(value: unknown): KnowledgeBase {
  if (value === undefined || value === null) return officeHolders;
  if (typeof value !== 'object' || typeof (value as KnowledgeBase).holderOn !== 'function') {
    throw new CorroborateError(
      'INVALID_OPTION',
      'options.knowledge must be a knowledge base from createKnowledgeBase() or officeHolders.extend().',
      { field: 'knowledge' },
    );
  }
  return value as KnowledgeBase;
}
