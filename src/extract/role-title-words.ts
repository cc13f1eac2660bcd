// The title words of every bundled role, for the people extractor: a role whose title the
// extractor cannot read as a title would have its title read as part of the person's name
// ("Taoiseach Micheál Martin", "Treasurer Jim Chalmers") and never be found.
import { cabinetTitleWords, splitTitleWords } from '../knowledge/cabinet-titles.js';
import { BUNDLED_ROLES } from '../knowledge/data/index.js';

function collect(): { heads: Set<string>; qualifiers: Set<string> } {
  // The imported cabinets' titles come from the cabinet title table; the hand-checked roles
  // carry their own. Standalone titles are left out: they hold organisation names ("NATO").
  const { heads, qualifiers } = cabinetTitleWords();
  for (const role of BUNDLED_ROLES) {
    for (const title of role.titles) splitTitleWords(title, heads, qualifiers);
  }
  for (const head of heads) qualifiers.delete(head);
  return { heads, qualifiers };
}

const words = collect();

/** Head nouns of the bundled roles' titles ("minister", "treasurer", "taoiseach"), folded. */
export const ROLE_TITLE_HEADS: ReadonlySet<string> = words.heads;

/** The other words of those titles ("foreign", "affairs", "exchequer"), folded. */
export const ROLE_TITLE_QUALIFIERS: ReadonlySet<string> = words.qualifiers;
