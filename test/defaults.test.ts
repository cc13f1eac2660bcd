// The grouped tuning constants: frozen, and the very values the stages use.
import { describe, expect, it } from 'vitest';
import { ALIGN_THRESHOLD, readAlignOptions } from '../src/align/align-sentences.js';
import { compareSentences, SAME_SENTENCE_THRESHOLD } from '../src/align/compare-sentences.js';
import { readAnalyzeOptions } from '../src/analyze.js';
import { MIN_CONSENSUS_SOURCES } from '../src/consensus/judge.js';
import { defaults } from '../src/index.js';
import { HANDOVER_GRACE_DAYS, termCovers } from '../src/knowledge/knowledge-base.js';

describe('defaults', () => {
  it('is frozen all the way down', () => {
    expect(Object.isFrozen(defaults)).toBe(true);
    for (const group of Object.values(defaults)) expect(Object.isFrozen(group)).toBe(true);
    expect(() => {
      (defaults.alignment as { threshold: number }).threshold = 0.9;
    }).toThrow(TypeError);
    expect(defaults.alignment.threshold).toBe(ALIGN_THRESHOLD);
  });

  it('holds the values the stages apply when no option is given', () => {
    const settings = readAnalyzeOptions({});
    expect(settings.algorithm).toBe(defaults.truth.algorithm);
    expect(readAlignOptions(undefined, 'options.alignment', 'analyze')).toMatchObject({
      threshold: defaults.alignment.threshold,
      maxCandidatesPerSentence: defaults.alignment.maxCandidatesPerSentence,
    });
    expect(defaults.compareSentences.threshold).toBe(SAME_SENTENCE_THRESHOLD);
    expect(defaults.consensus.minSources).toBe(MIN_CONSENSUS_SOURCES);
    expect(defaults.knowledge.handoverGraceDays).toBe(HANDOVER_GRACE_DAYS);
  });

  it('can be passed back as options', () => {
    const term = { start: '2020-01-10', end: '2020-02-10' };
    const graceDays = defaults.knowledge.handoverGraceDays;
    expect(termCovers(term, '2020-02-24', { graceDays })).toBe(true);
    const pair = compareSentences('Xi met Trump in Busan.', 'Trump met Xi in Busan.', {
      threshold: defaults.compareSentences.threshold,
    });
    expect(pair.same).toBe(
      compareSentences('Xi met Trump in Busan.', 'Trump met Xi in Busan.').same,
    );
  });
});
