// Cuts the text around a piece of evidence so a reader sees the sentence in its paragraph.
import type { Evidence } from '../analysis.js';

/** The text around a piece of evidence, split so the sentence and the span can be marked. */
export interface EvidenceContext {
  /** Whether text was cut before `before` (show an ellipsis). */
  cutBefore: boolean;
  /** Text before the sentence. */
  before: string;
  /** The sentence up to the span. */
  sentenceBefore: string;
  /** The span the evidence points at (a mention, a figure). */
  span: string;
  /** The rest of the sentence after the span. */
  sentenceAfter: string;
  /** Text after the sentence. */
  after: string;
  /** Whether text was cut after `after`. */
  cutAfter: boolean;
  /** False when the offsets did not fit the text and only the evidence's sentence is shown. */
  located: boolean;
}

/** Characters of surrounding text shown on each side of the sentence: about two lines. */
export const CONTEXT_CHARS = 200;
/** Longest stretch of one sentence shown on each side of the span: long "sentences" are cut. */
const MAX_SENTENCE_SIDE = 600;
/** How far a cut may move to land on whitespace instead of inside a word. */
const WORD_SNAP = 24;
/** Occurrences of the span inside its sentence tried when placing the sentence in the text. */
const MAX_PLACEMENT_TRIES = 16;

/**
 * The context of `evidence` in `text`. When the offsets are out of range or the text there
 * does not match the evidence's sentence, falls back to the sentence alone, with the span
 * marked only if the sentence contains it once.
 */
export function evidenceContext(
  text: string | undefined,
  evidence: Pick<Evidence, 'sentence' | 'start' | 'end'>,
  contextChars: number = CONTEXT_CHARS,
): EvidenceContext {
  const { start, end, sentence } = evidence;
  if (
    text === undefined ||
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > text.length
  ) {
    return sentenceOnly(sentence);
  }
  const span = text.slice(start, end);
  const sentenceStart = placeSentence(text, sentence, span, start);
  if (sentenceStart === null && sentence.trim() !== '' && !sentence.includes(span)) {
    return sentenceOnly(sentence);
  }
  let from = sentenceStart ?? start;
  let to = sentenceStart === null ? end : sentenceStart + sentence.length;
  from = Math.max(from, start - MAX_SENTENCE_SIDE);
  to = Math.min(to, end + MAX_SENTENCE_SIDE);
  const side = Math.max(0, Math.floor(contextChars));
  const contextFrom = snapBackward(text, Math.max(0, from - side), from);
  const contextTo = snapForward(text, Math.min(text.length, to + side), to);
  return {
    cutBefore: contextFrom > 0,
    before: text.slice(contextFrom, from),
    sentenceBefore: text.slice(from, start),
    span,
    sentenceAfter: text.slice(end, to),
    after: text.slice(to, contextTo),
    cutAfter: contextTo < text.length,
    located: true,
  };
}

/**
 * Where `sentence` starts in `text` so that it covers [start, end): tries the span's
 * occurrences in the sentence, each checked with one comparison, so the cost is linear.
 */
function placeSentence(text: string, sentence: string, span: string, start: number): number | null {
  if (sentence === '') return null;
  let inner = sentence.indexOf(span);
  for (let tries = 0; inner !== -1 && tries < MAX_PLACEMENT_TRIES; tries++) {
    const candidate = start - inner;
    if (candidate >= 0 && text.startsWith(sentence, candidate)) return candidate;
    inner = sentence.indexOf(span, inner + 1);
  }
  return null;
}

function sentenceOnly(sentence: string): EvidenceContext {
  const shown =
    sentence.length > 2 * MAX_SENTENCE_SIDE ? sentence.slice(0, 2 * MAX_SENTENCE_SIDE) : sentence;
  return {
    cutBefore: false,
    before: '',
    sentenceBefore: shown,
    span: '',
    sentenceAfter: '',
    after: '',
    cutAfter: shown.length < sentence.length,
    located: false,
  };
}

/** Moves a cut at `from` forward (toward `limit`) to just after whitespace, within WORD_SNAP. */
function snapBackward(text: string, from: number, limit: number): number {
  if (from === 0) return 0;
  const stop = Math.min(limit, from + WORD_SNAP);
  for (let i = from; i < stop; i++) {
    if (/\s/.test(text[i] ?? '')) return i + 1;
  }
  return avoidSurrogateSplit(text, from);
}

/** Moves a cut at `to` back (toward `limit`) to a whitespace, within WORD_SNAP. */
function snapForward(text: string, to: number, limit: number): number {
  if (to >= text.length) return text.length;
  const stop = Math.max(limit, to - WORD_SNAP);
  for (let i = to; i > stop; i--) {
    if (/\s/.test(text[i] ?? '')) return i;
  }
  return avoidSurrogateSplit(text, to);
}

/** Never cut between the two halves of a surrogate pair. */
function avoidSurrogateSplit(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}
