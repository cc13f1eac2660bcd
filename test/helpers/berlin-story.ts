// A small story written for this project: three agreeing reports of one meeting and one stale
// one (a former chancellor, another city). Shared by the hostile-input tests and bench/linear.ts.
import type { ArticleInput } from '../../src/index.js';

/** Three agreeing reports and one stale one (`west`), in plain news English. */
export const BERLIN_STORY: readonly ArticleInput[] = Object.freeze([
  {
    id: 'north',
    text: 'German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Monday. The two leaders discussed energy prices for three hours. Merz said the talks were useful.',
  },
  {
    id: 'south',
    text: 'Chancellor Friedrich Merz hosted Emmanuel Macron in Berlin on Monday. They spoke about energy prices for three hours. Merz called the talks useful.',
  },
  {
    id: 'east',
    text: 'Friedrich Merz, the German chancellor, welcomed President Emmanuel Macron to Berlin on Monday. Energy prices dominated three hours of talks.',
  },
  {
    id: 'west',
    text: 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday. The two leaders discussed energy prices for three hours.',
  },
]);

/** The date the story is judged on. */
export const BERLIN_STORY_DATE = '2025-10-27';
