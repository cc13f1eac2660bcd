// Outliers: articles with hard evidence against them whose score lies far below the others',
// and articles about another event.
import type { ArticleReport, Outlier, OutlierReason } from '../analysis.js';
import { compareIds } from '../input/validate-articles.js';
import { isOutlier } from './outlier-rule.js';
import {
  contradictionEvidence,
  contradictionMessage,
  rankReasons,
  staleFigureEvidence,
  staleFigureMessage,
} from './reasons.js';
import type { ArticleRelatedness } from './relatedness.js';
import { lowZJudge, median } from './robust-z.js';
import { unrelatedReason } from './unrelated.js';

/**
 * The outliers among the article reports, lowest score first, each with its reasons (stale
 * figures, clear-majority contradictions, another event, a low score): none when no consensus
 * is possible.
 */
export function findOutliers(
  reports: readonly ArticleReport[],
  consensusPossible: boolean,
  clusterOf: ReadonlyMap<string, string>,
  relatedness: ReadonlyMap<string, ArticleRelatedness>,
  unrelated: ReadonlySet<string>,
): Outlier[] {
  if (!consensusPossible) return [];
  const { center, zOf } = independentScoreStatistics(reports, clusterOf);
  const outliers: Outlier[] = [];
  reports.forEach((report) => {
    const clearContradictions = report.contradictions.filter(
      (contradiction) =>
        contradiction.strength === 'clear-majority' &&
        !report.staleFigures.some(
          (figure) => contradiction.start < figure.end && figure.start < contradiction.end,
        ),
    );
    const hard = report.staleFigures.length + clearContradictions.length;
    const z = zOf(report.score);
    const differentEvent = unrelated.has(report.id);
    if (!differentEvent && !isOutlier(z, hard)) return;
    const reasons: OutlierReason[] = [
      ...report.staleFigures.map((figure) => ({
        kind: 'stale-figure' as const,
        message: staleFigureMessage(figure),
        evidence: [staleFigureEvidence(report.id, figure)],
      })),
      ...clearContradictions.map((contradiction) => ({
        kind: 'contradiction' as const,
        message: contradictionMessage(contradiction),
        evidence: [contradictionEvidence(report.id, contradiction)],
      })),
    ];
    if (differentEvent) reasons.push(unrelatedReason(relatedness.get(report.id)!));
    else if (z > 0) {
      reasons.push({
        kind: 'low-score',
        message: `Backed least by the other sources: score ${report.score.toFixed(2)} (relatedness ${report.relatedness.toFixed(2)} × agreement ${report.agreement.toFixed(2)}) against a cluster median of ${center.toFixed(2)} (robust z ${z.toFixed(1)}).`,
        evidence: [],
      });
    }
    outliers.push({
      id: report.id,
      score: report.score,
      robustZ: z,
      reasons: rankReasons(reasons),
    });
  });
  return outliers.sort((x, y) => x.score - y.score || compareIds(x.id, y.id));
}

/**
 * Median and robust z of the scores with each copy cluster counted once (its members' mean
 * score) and articles without sentences left out, so that republishing one article cannot
 * move the median the other articles are judged against.
 */
function independentScoreStatistics(
  reports: readonly ArticleReport[],
  clusterOf: ReadonlyMap<string, string>,
): { center: number; zOf: (score: number) => number } {
  const byUnit = new Map<string, number[]>();
  for (const report of reports) {
    if (report.sentences === 0) continue;
    const unit = clusterOf.get(report.id) ?? report.id;
    const list = byUnit.get(unit) ?? [];
    list.push(report.score);
    byUnit.set(unit, list);
  }
  const scores = [...byUnit.keys()].sort(compareIds).map((unit) => {
    const list = byUnit.get(unit)!;
    return list.reduce((sum, score) => sum + score, 0) / list.length;
  });
  const center = median(scores);
  return {
    center,
    zOf: lowZJudge(scores),
  };
}
