// One story of `corroborate --stories`: a folder of articles in, an analysis out. Input and
// output are plain structured-cloneable values, so the same job runs in a worker thread, in
// the main thread, or — past one machine — on any queue worker (see README, "Many stories").
import {
  type Analysis,
  analyze,
  CorroborateError,
  createKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeInput,
  officeHolders,
  SourceLedger,
} from '../index.js';
import { readInputs } from './read-inputs.js';

/** What one story job needs: everything serialisable. */
export interface StoryJob {
  /** Position of the story in name order; results are emitted in this order. */
  index: number;
  /** The story's name: its folder's name. */
  story: string;
  /** Absolute path of the story's folder. */
  folder: string;
  /** `--as-of`, when given. */
  asOf: string | undefined;
  /** Parsed `--kb` files, applied in order on top of the bundled table. */
  knowledge: readonly KnowledgeInput[];
  /** `--ledger`: the ledger's JSON text the story takes its priors from (see ledger-file.ts). */
  ledger?: string;
}

/** One article as the HTML report needs it. */
export interface StoryArticle {
  id: string;
  text: string;
  title?: string;
  source?: string;
  url?: string;
}

/** What one story job returns: the analysis, or the error that stopped it. */
export type StoryResult =
  | { index: number; story: string; analysis: Analysis; articles: StoryArticle[] }
  | { index: number; story: string; error: { code: string; message: string } };

/** Reads a story's folder and analyses it. Bad input becomes an `error` result, never a throw. */
export async function runStoryJob(job: StoryJob): Promise<StoryResult> {
  try {
    const read = await readInputs([job.folder], { cwd: job.folder });
    if (read.length === 0) {
      throw new CorroborateError(
        'INVALID_FILE',
        'no articles found: a story folder holds .txt, .md, .html, .htm, .json or .jsonl files.',
        { field: 'inputs', files: 0 },
      );
    }
    const articles = read.map(({ article }) => article);
    const analysis = analyze(articles, {
      asOf: job.asOf,
      knowledge: knowledgeFor(job.knowledge),
      ...(job.ledger === undefined ? {} : { ledger: ledgerFor(job.ledger) }),
    });
    return {
      index: job.index,
      story: job.story,
      analysis,
      articles: articles.map(({ id, text, title, source, url }) => ({
        id,
        text,
        ...(title === undefined ? {} : { title }),
        ...(source === undefined ? {} : { source }),
        ...(url === undefined ? {} : { url }),
      })),
    };
  } catch (error) {
    if (!CorroborateError.is(error)) throw error;
    return {
      index: job.index,
      story: job.story,
      error: { code: error.code, message: error.message },
    };
  }
}

// Each worker builds the extended table once per distinct --kb list (the same for every job;
// each message is a structured clone, so the records are compared by their JSON).
let cached: { key: string; base: KnowledgeBase } | undefined;

function knowledgeFor(records: readonly KnowledgeInput[]): KnowledgeBase {
  if (records.length === 0) return officeHolders;
  const key = JSON.stringify(records);
  if (cached?.key === key) return cached.base;
  let base: KnowledgeBase = officeHolders;
  for (const record of records) base = createKnowledgeBase(record, { base });
  cached = { key, base };
  return base;
}

// Every job of a run carries the same ledger text: each worker parses it once.
let cachedLedger: { text: string; ledger: SourceLedger } | undefined;

function ledgerFor(text: string): SourceLedger {
  if (cachedLedger?.text !== text) cachedLedger = { text, ledger: SourceLedger.fromJSON(text) };
  return cachedLedger.ledger;
}
