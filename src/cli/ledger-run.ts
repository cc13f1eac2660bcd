// How a run uses `--ledger`: which ledger each story takes its priors from, and how the
// analyses are recorded. Priors come from the ledger as it was when the run started, without
// the run's own stories, so no story's result depends on which stories finished first (or on
// --jobs), and running the same stories again records the same ledger.
import type { Analysis, ArticleInput, SourceReliability } from '../index.js';
import { SourceLedger } from '../index.js';
import { MAX_CHART_POINTS } from '../report/source-chart.js';
import { type LedgerFile, priorLedgerText, singleStoryKey, urlsOf } from './ledger-file.js';
import type { LedgerRunSummary } from './ledger-table.js';
import type { IndexSources } from './stories-index.js';
import type { StoryResult } from './story-job.js';

/** The `--stories` hook: the jobs' prior ledger, and the recording of every result. */
export function storiesLedger(target: LedgerFile): {
  priors(stories: readonly string[]): string;
  record(results: readonly StoryResult[]): IndexSources;
  summary: LedgerRunSummary;
} {
  const summary: LedgerRunSummary = { file: target.file, recorded: 0, replaced: 0 };
  return {
    summary,
    priors: (stories) => priorLedgerText(target.ledger, new Set(stories)),
    record(results) {
      const before = storyKeys(target.ledger);
      // Story-name order (the results' order), whatever order the stories finished in; each
      // story is keyed by its folder name, so a re-run replaces its record instead of adding one.
      for (const result of results) {
        if (!('analysis' in result)) continue;
        target.ledger.record(result.analysis, {
          story: result.story,
          articles: urlsOf(result.articles),
        });
        summary.recorded++;
        if (before.has(result.story)) summary.replaced++;
      }
      return indexSources(target);
    },
  };
}

/**
 * Single-story mode: analyses with the ledger's priors and records the story under
 * {@link singleStoryKey} (a hash of its reference date and articles). When the ledger already
 * holds that story (the same articles run again), the story is analysed again with priors
 * that leave its earlier record out, as `--stories` does, so a re-run records the same ledger.
 */
export function recordSingleStory(
  target: LedgerFile,
  articles: readonly ArticleInput[],
  analyse: (ledger: SourceLedger) => Analysis,
): { analysis: Analysis; summary: LedgerRunSummary } {
  let analysis = analyse(target.ledger);
  // The key depends on the articles and the reference date, which priors do not change.
  const story = singleStoryKey(analysis, articles);
  const replaced = storyKeys(target.ledger).has(story);
  if (replaced) {
    analysis = analyse(SourceLedger.fromJSON(priorLedgerText(target.ledger, new Set([story]))));
  }
  target.ledger.record(analysis, { story, articles: urlsOf(articles) });
  return { analysis, summary: { file: target.file, recorded: 1, replaced: replaced ? 1 : 0 } };
}

/**
 * The index's source table: every source as `rank()` ranks them, with the part of its history
 * the chart draws (the most recent dated points; undated stories come last in a history).
 */
export function indexSources(target: LedgerFile): IndexSources {
  const { ledger } = target;
  const points = (source: SourceReliability) => {
    const undated = source.history.filter((point) => point.date === null).length;
    return ledger.history(source.source, { last: MAX_CHART_POINTS + undated });
  };
  return {
    rows: ledger.rank().map((source) => ({ ...source, points: points(source) })),
    meta: { file: target.file, stories: ledger.size, credibleMass: ledger.options.credibleMass },
  };
}

function storyKeys(ledger: SourceLedger): Set<string> {
  return new Set(ledger.toJSON().stories.map((story) => story.story));
}
