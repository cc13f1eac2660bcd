// Reads TruthFinder's Book-Author data (Yin, Han & Yu, KDD 2007) as truth-discovery claims:
// bookstores are sources, ISBNs objects, and each listing's author string, normalised to its
// sorted set of surnames (bench/author-list.ts), the value; plus the hand-checked golden answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TruthClaim } from '../src/consensus/discover-truth.js';
import { normalizeAuthorList } from './author-list.js';

/** The data set read from its folder (book.txt, book_golden.txt). */
export interface BookAuthorData {
  claims: TruthClaim[];
  /** ISBN → normalised golden author list. */
  golden: Map<string, string>;
  listings: number;
  withoutAuthors: number;
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** Reads `book.txt` and `book_golden.txt` from `directory`. */
export function readBookAuthor(directory: string): BookAuthorData {
  const claims: TruthClaim[] = [];
  let listings = 0;
  let withoutAuthors = 0;
  for (const line of readLines(join(directory, 'book.txt'))) {
    const [source, isbn, , authors] = line.split('\t');
    if (source === undefined || isbn === undefined) continue;
    listings++;
    const value = normalizeAuthorList(authors ?? '');
    if (value === null) {
      withoutAuthors++;
      continue;
    }
    claims.push({ source: source.trim(), object: isbn.trim(), value });
  }
  const golden = new Map<string, string>();
  for (const line of readLines(join(directory, 'book_golden.txt'))) {
    const [isbn, authors] = line.split('\t');
    if (isbn === undefined) continue;
    const value = normalizeAuthorList(authors ?? '');
    if (value !== null) golden.set(isbn.trim(), value);
  }
  return { claims, golden, listings, withoutAuthors };
}
