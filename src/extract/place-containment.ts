// Which places lie inside which: cities in their regions, coastal countries in their seas, countries
// in world regions — read from the gazetteer's CONTAINMENT table, once, on first use.
import { CONTAINMENT, COUNTRIES } from './gazetteer-data.js';

let contained: Map<string, Set<string>> | undefined;

function containmentTable(): Map<string, Set<string>> {
  if (contained !== undefined) return contained;
  const countryByCode = new Map<string, string>();
  for (const line of COUNTRIES.split('\n')) {
    const [code, names] = line.split('|');
    if (code && names) countryByCode.set(code, names.split(';')[0]!);
  }
  contained = new Map();
  for (const line of CONTAINMENT.split('\n')) {
    const [container, members] = line.split('|');
    if (!container || !members) continue;
    const set = contained.get(container) ?? new Set<string>();
    for (const member of members.split(';')) {
      const name = /^[A-Z]{2}$/.test(member) ? countryByCode.get(member) : member;
      // A code the country table lacks is a data error; the gazetteer test catches it.
      if (name !== undefined) set.add(name);
    }
    contained.set(container, set);
  }
  return contained;
}

/**
 * Whether `outer` contains `inner` (canonical gazetteer names): "Sicily" contains "Palermo",
 * "Indian Ocean" contains "Indonesia". Only what the table states: a city is not inside the
 * sea its country borders, and two cities never contain each other.
 */
export function placeContains(outer: string, inner: string): boolean {
  return containmentTable().get(outer)?.has(inner) ?? false;
}

/** Whether a place holds whole countries (a sea, an ocean, a world region), so it is less specific than a country. */
export function containsCountries(name: string): boolean {
  const members = containmentTable().get(name);
  if (members === undefined) return false;
  const countries = countryNames();
  for (const member of members) if (countries.has(member)) return true;
  return false;
}

let countries: Set<string> | undefined;
function countryNames(): Set<string> {
  countries ??= new Set(
    COUNTRIES.split('\n')
      .map((line) => line.split('|')[1]?.split(';')[0])
      .filter((name): name is string => name !== undefined),
  );
  return countries;
}

let insideRegions: Set<string> | undefined;

/** Whether a place (a city) lies inside a sub-national region the table names: "Palermo" (in Sicily). */
export function isInsideRegion(name: string): boolean {
  if (insideRegions === undefined) {
    insideRegions = new Set();
    for (const [container, members] of containmentTable()) {
      if (containsCountries(container)) continue;
      for (const member of members) insideRegions.add(member);
    }
  }
  return insideRegions.has(name);
}

/** Every container and its members, for the data test: `[container, members]` pairs. */
export function containmentEntries(): [string, string[]][] {
  return [...containmentTable()].map(([container, members]) => [container, [...members]]);
}
