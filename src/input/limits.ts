// Documented input ceilings: beyond them corroborate refuses with LIMIT_EXCEEDED instead of
// degrading silently or exhausting memory.

/** Most articles accepted by one call (`analyze`, `alignSentences`, a corpus). */
export const MAX_ARTICLES = 100_000;

/** Longest article text accepted, in UTF-16 code units (16 Mi characters, ~16 MB of ASCII). */
export const MAX_ARTICLE_LENGTH = 16 * 1024 * 1024;

/** Longest `id`, `source`, `title` or `url` accepted, in characters. */
export const MAX_FIELD_LENGTH = 4096;
