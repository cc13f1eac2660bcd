// Which publisher an article belongs to, for the source ledger.

/** The fields of an article the ledger keys it by. */
export interface SourceKeyFields {
  /** The article's id: the key of last resort (`id:<id>`). */
  id: string;
  /** The publisher's name, the key when present. */
  source?: string | null;
  /** The article's URL: its host is the key when there is no `source`. */
  url?: string | null;
}

/**
 * The ledger's key for an article's publisher: its `source`, trimmed with runs of white space
 * folded and lower-cased ("The  Herald" and "the herald" are one outlet); else the host name of
 * its `url` without a leading `www.` ("https://www.example.com/a" → "example.com"); else
 * `id:` and the article id, so an article with neither still has a record of its own.
 */
export function sourceKey(article: SourceKeyFields): string {
  const source = article.source?.replace(/\s+/g, ' ').trim().toLowerCase();
  if (source) return source;
  const host = hostOf(article.url);
  if (host) return host;
  return `id:${article.id}`;
}

/** The host name of a URL without a leading `www.`, or null when it is not an absolute URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === '' ? null : host.replace(/^www\./, '');
  } catch {
    return null;
  }
}
