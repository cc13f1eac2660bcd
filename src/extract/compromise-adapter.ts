// The only door to compromise: loaded lazily on first use (it costs ~250 ms to import), and asked
// only about the few capitalised words cheaper rules could not explain.
import { createRequire } from 'node:module';

/** The slice of compromise's API this adapter uses. */
interface CompromiseFunction {
  (
    text: string,
  ): {
    people(): { json(options: { offset: boolean }): Array<{ terms: Array<{ tags: string[] }> }> };
  };
  world?: () => {
    model?: {
      one?: {
        lexicon?: Record<string, string | undefined>;
        tagSet?: Record<string, { parents?: string[] } | undefined>;
      };
    };
  };
}

let nlp: CompromiseFunction | undefined;
const usage = { calls: 0, characters: 0 };

function loadCompromise(): CompromiseFunction {
  if (!nlp) {
    // Require the CJS build: importing corroborate must not pay for compromise until it is needed.
    const require = createRequire(import.meta.url);
    nlp = require('compromise') as CompromiseFunction;
  }
  return nlp;
}

/** Whether a compromise tag is a kind of person's name (FirstName, MaleName, LastName, Person), not an honorific. */
function isNameTag(
  tag: string,
  tagSet: Record<string, { parents?: string[] } | undefined>,
): boolean {
  if (tag === 'Honorific' || tag.includes(',')) return false;
  return tag === 'Person' || (tagSet[tag]?.parents ?? []).includes('Person');
}

/**
 * Whether compromise's people lexicon lists `word` (one word, any case) as a given name or a
 * surname: "Putin", "Obama" and "Abe" are there; "Takaichi", "Merkel" and "Trump" are not.
 *
 * compromise's `people()` rests on this fixed list; a full parse costs ~2 ms per short sentence,
 * a look-up almost nothing once the library is loaded. Should a future compromise hide its
 * lexicon, the word is parsed on its own instead.
 */
export function isKnownPersonName(word: string): boolean {
  const entry = lexiconEntry(word);
  if (entry) return typeof entry.tag === 'string' && isNameTag(entry.tag, entry.tagSet);
  return loadCompromise()(word)
    .people()
    .json({ offset: false })
    .some((match) =>
      match.terms.some((term) => term.tags.includes('Person') && !term.tags.includes('Honorific')),
    );
}

/**
 * Whether compromise's people lexicon lists `word` (one word, any case) as a given name
 * ("Eddie", "Sam", "Neil"), not only as a surname or a person ("Obama", "Jordan" are not given
 * names there). Same look-up and cost as {@link isKnownPersonName}; without a lexicon, false.
 */
export function isKnownGivenName(word: string): boolean {
  const entry = lexiconEntry(word);
  if (!entry) return false;
  const { tag, tagSet } = entry;
  if (typeof tag !== 'string' || tag.includes(',')) return false;
  return tag === 'FirstName' || (tagSet[tag]?.parents ?? []).includes('FirstName');
}

/**
 * compromise's lexicon entry for one word (lower-cased; a plain object, so only own entries
 * count: "constructor" is no entry), with the tag set to read it by, counted in
 * {@link compromiseUsage}. Undefined when this compromise exposes no lexicon.
 */
function lexiconEntry(word: string) {
  const parse = loadCompromise();
  usage.calls += 1;
  usage.characters += word.length;
  const model = parse.world?.().model?.one;
  const lexicon = model?.lexicon;
  const tagSet = model?.tagSet;
  if (!lexicon || !tagSet) return undefined;
  const folded = word.toLowerCase();
  const tag: unknown = Object.hasOwn(lexicon, folded) ? lexicon[folded] : undefined;
  return { tag, tagSet };
}

/**
 * How much compromise has been used in this process: whether it is loaded, how many words it was
 * asked about and their total length. For benchmarks and for tests that check it stays unloaded.
 */
export function compromiseUsage(): { loaded: boolean; calls: number; characters: number } {
  return { loaded: nlp !== undefined, calls: usage.calls, characters: usage.characters };
}
