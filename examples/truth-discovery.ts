// Truth discovery on your own (source, object, value) claims: which value is true, which source to trust.
import { discoverTruth } from 'corroborate';

export function bookAuthors() {
  return discoverTruth(
    [
      { source: 'store-a', object: 'isbn-1', value: 'Knuth' },
      { source: 'store-b', object: 'isbn-1', value: 'Knuth' },
      { source: 'store-c', object: 'isbn-1', value: 'Knuth; Patashnik' },
      { source: 'store-a', object: 'isbn-2', value: 'Date' },
      { source: 'store-c', object: 'isbn-2', value: 'Codd' },
      { source: 'store-b', object: 'isbn-2', value: 'Date' },
    ],
    { algorithm: 'truthfinder' },
  );
}
