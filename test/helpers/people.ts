// Shared by the people-extractor rule tests: the names extractPeople finds in an article made of
// the given sentences, and a pattern candidate over a span of one tokenized sentence.
import { extractPeople } from '../../src/extract/people/extract-people.js';
import type { NameCandidate } from '../../src/extract/people/runs.js';
import { tokenizeWords } from '../../src/text/word-tokens.js';
import { article } from './article.js';

/** The people `extractPeople` finds in an article of these sentences, by name. */
export function names(...sentences: string[]): string[] {
  return extractPeople(article(...sentences).sentences).map((mention) => mention.name);
}

/** A pattern candidate over the tokens `first`..`last` of one tokenized sentence. */
export function candidate(text: string, first: number, last: number) {
  const tokens = tokenizeWords(text);
  const range: NameCandidate = { sentenceIndex: 0, first, last, source: 'pattern', byline: false };
  return { tokens, range };
}
