// Decodes the imported cabinets (data/cabinets.ts) into role and term records, on first use.
import { type CabinetPost, cabinetPost, cabinetTitles } from '../cabinet-titles.js';
import type { RoleKind, RoleRecord, TermRecord } from '../types.js';

/** The decoded records of one encoded table. */
export interface DecodedCabinets {
  roles: RoleRecord[];
  terms: TermRecord[];
}

/**
 * Turns the lines `scripts/import-cabinets.ts` writes (see its `encodeCabinets`) into records:
 * each role's titles come from {@link cabinetTitles} (so a role's title is always one news
 * uses), its coverage from its line, each term's evidence from `sources` by the role's source
 * code. Linear in the length of the text.
 */
export function decodeCabinets(
  text: string,
  sources: Readonly<Record<string, string>>,
): DecodedCabinets {
  const countries: { iso: string; name: string; names: string[] }[] = [];
  const roles: RoleRecord[] = [];
  const people: { person: string; aliases: string[] }[] = [];
  const terms: TermRecord[] = [];
  let role: RoleRecord | undefined;
  let evidence = '';
  for (const line of text.split('\n')) {
    const fields = line.split('\t');
    if (fields[0] === 'C') {
      countries.push({ iso: fields[1]!, name: fields[2]!, names: fields[3]!.split(';') });
    } else if (fields[0] === 'R') {
      const country = countries[Number(fields[1])]!;
      const post = fields[2] as CabinetPost;
      const { titles, standaloneTitles } = cabinetTitles(post, country.iso);
      role = {
        id: `${country.iso}_${post}`,
        label: `${cabinetPost(post)?.label ?? post} of ${country.name}`,
        jurisdiction: country.name,
        kind: fields[3] as RoleKind,
        jurisdictionNames: country.names,
        titles,
        ...(standaloneTitles.length > 0 ? { standaloneTitles } : {}),
        coverage: { from: fields[4]!, to: fields[5]! },
      };
      roles.push(role);
      evidence = sources[fields[6]!] ?? '';
    } else if (role !== undefined && fields.length === 3) {
      const [start, end, written] = fields as [string, string, string];
      let person: { person: string; aliases: string[] };
      if (written.startsWith('#')) person = people[Number(written.slice(1))]!;
      else {
        const [name, aliases] = written.split('|') as [string, string];
        person = { person: name, aliases: aliases ? aliases.split(';') : [] };
        people.push(person);
      }
      const acting = start.startsWith('*');
      terms.push({
        roleId: role.id,
        person: person.person,
        aliases: person.aliases,
        start: acting ? start.slice(1) : start,
        end: end || null,
        acting,
        evidence,
        confidence: 'medium',
      });
    }
  }
  return { roles, terms };
}
