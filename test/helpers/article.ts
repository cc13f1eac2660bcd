// Builds an article from sentences joined by single spaces, with each sentence's span, for
// extractor tests that need sentences without running the splitter.
import type { SentenceSpan } from '../../src/text/types.js';

/** The article text and its sentence spans. */
export function article(...sentences: string[]): { text: string; sentences: SentenceSpan[] } {
  const spans: SentenceSpan[] = [];
  let text = '';
  for (const sentence of sentences) {
    if (text !== '') text += ' ';
    spans.push({ text: sentence, start: text.length, end: text.length + sentence.length });
    text += sentence;
  }
  return { text, sentences: spans };
}
