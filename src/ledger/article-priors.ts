// The starting trust each article of a story gets from its source's track record.
import type { ArticlePrior } from '../analysis.js';
import type { TruthAlgorithm } from '../consensus/discover-truth.js';
import { type SourceKeyFields, sourceKey } from './source-key.js';
import type { SourceLedger } from './source-ledger.js';

/** Per article, the prior it used; and the `initialTrust` for truth discovery, by article id. */
export interface ArticlePriors {
  byArticle: Map<string, ArticlePrior>;
  initialTrust: Record<string, number>;
}

/**
 * Looks every article's publisher up in `ledger` (keyed as `ledger.record` keys it) and gives
 * the article its source's starting trust: sources without evidence get none, so they start
 * where every source starts without a ledger.
 */
export function articlePriors(
  articles: readonly SourceKeyFields[],
  ledger: SourceLedger,
  algorithm: TruthAlgorithm,
): ArticlePriors {
  const keys = articles.map((article) => sourceKey(article));
  const priors = ledger.priors([...new Set(keys)], algorithm);
  const byArticle = new Map<string, ArticlePrior>();
  const initialTrust: Record<string, number> = {};
  articles.forEach((article, index) => {
    const source = keys[index]!;
    const trust = Object.hasOwn(priors, source) ? priors[source]! : null;
    if (trust !== null) initialTrust[article.id] = trust;
    byArticle.set(article.id, {
      source,
      trust,
      reliability: ledger.reliability(source)?.reliability ?? null,
    });
  });
  return { byArticle, initialTrust };
}
