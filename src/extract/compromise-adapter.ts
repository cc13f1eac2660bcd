// The only door to compromise: loaded lazily on first use (it costs ~250 ms to import), and asked
// only about the few sentences cheaper rules could not explain.
import { createRequire } from 'node:module';

/** The slice of compromise's API this adapter uses. */
interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
}
interface CompromiseView {
  people(): { json(options: { offset: boolean }): CompromiseMatch[] };
}
type CompromiseFunction = (text: string) => CompromiseView;

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

/** A span of `text` that compromise tagged as (part of) a person's name. Offsets into `text`. */
export interface CompromisePersonSpan {
  start: number;
  end: number;
}

/**
 * The words compromise tags as a person in `text`, one span per word, honorifics ("Mr",
 * "President") left out. compromise's people list is fixed, so callers use this as a backstop
 * only for capitalised words no cheaper rule explained.
 */
export function findPersonWords(text: string): CompromisePersonSpan[] {
  const parse = loadCompromise();
  usage.calls += 1;
  usage.characters += text.length;
  const spans: CompromisePersonSpan[] = [];
  for (const match of parse(text).people().json({ offset: true })) {
    for (const term of match.terms) {
      if (!term.tags.includes('Person') || term.tags.includes('Honorific')) continue;
      spans.push({ start: term.offset.start, end: term.offset.start + term.offset.length });
    }
  }
  return spans;
}

/**
 * How much compromise has been used in this process: whether it is loaded, how many texts it
 * parsed and their total length. For benchmarks and for tests that check it stays unloaded.
 */
export function compromiseUsage(): { loaded: boolean; calls: number; characters: number } {
  return { loaded: nlp !== undefined, calls: usage.calls, characters: usage.characters };
}
