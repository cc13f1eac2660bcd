// `--ledger FILE`: the source ledger a run reads its priors from and records its stories into.
// Read once before any story runs, written back once at the end (temp file + rename).
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Analysis,
  type ArticleInput,
  CorroborateError,
  createSourceLedger,
  SourceLedger,
  type SourceLedgerJSON,
} from '../index.js';
import { compareIds } from '../input/validate-articles.js';
import { decodeText } from './decode-text.js';

/**
 * Largest `--ledger` file: 256 MiB. A story adds ~200 bytes per source; that is over a million
 * source-story records, and V8 cannot hold JSON text much over 512 MiB as one string.
 */
export const MAX_LEDGER_FILE_BYTES = 256 * 1024 * 1024;

/** The ledger of a run, and where it goes back to. */
export interface LedgerFile {
  /** The path as given on the command line, for messages. */
  file: string;
  /** Its absolute path. */
  path: string;
  /** Whether the file existed (false: a new, empty ledger with the default settings). */
  existed: boolean;
  /** The ledger as read; stories are recorded into it as the run ends. */
  ledger: SourceLedger;
}

/**
 * Reads `--ledger FILE`, or starts an empty ledger when the file does not exist. Bad JSON, a
 * foreign or newer-version ledger keep the library's error code (`INVALID_STATE`) with the file
 * named; a missing folder, a folder given as the file, or an oversized file are `INVALID_FILE`.
 * Checked before any story runs, so a bad ledger costs nothing. `halfLifeDays`
 * (`--ledger-half-life`), when given, replaces the ledger's setting: the stories are kept as
 * recorded, so the estimates are recomputed with the new decay, and the file keeps it.
 */
export async function openLedgerFile(
  file: string,
  cwd: string,
  halfLifeDays?: number | null,
): Promise<LedgerFile> {
  const opened = await readLedgerFile(file, cwd);
  if (halfLifeDays === undefined || halfLifeDays === opened.ledger.options.halfLifeDays)
    return opened;
  const json = opened.ledger.toJSON();
  const ledger = SourceLedger.fromJSON({ ...json, options: { ...json.options, halfLifeDays } });
  return { ...opened, ledger };
}

async function readLedgerFile(file: string, cwd: string): Promise<LedgerFile> {
  const absolute = path.resolve(cwd, file);
  const fail = (code: 'INVALID_FILE' | 'INVALID_STATE', message: string): never => {
    throw new CorroborateError(code, `--ledger ${file}: ${message}`, {
      field: 'ledger',
      flag: '--ledger',
      file,
    });
  };
  const folder = await stat(path.dirname(absolute)).catch(() => null);
  if (!folder?.isDirectory()) {
    fail(
      'INVALID_FILE',
      `the folder ${path.relative(cwd, path.dirname(absolute)) || '.'} does not exist; create it or pick another path.`,
    );
  }
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? null : fail('INVALID_FILE', `cannot read it (${error.code}).`),
  );
  if (info === null) return { file, path: absolute, existed: false, ledger: createSourceLedger() };
  if (!info.isFile()) fail('INVALID_FILE', 'not a file; give the ledger JSON file to update.');
  if (info.size > MAX_LEDGER_FILE_BYTES) {
    fail(
      'INVALID_FILE',
      `${info.size} bytes is over the ${MAX_LEDGER_FILE_BYTES / (1024 * 1024)} MiB limit for ledger files.`,
    );
  }
  let text: string;
  try {
    text = decodeText(await readFile(absolute)).text;
  } catch (error) {
    return fail(
      'INVALID_FILE',
      `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  try {
    return { file, path: absolute, existed: true, ledger: SourceLedger.fromJSON(text) };
  } catch (error) {
    if (!CorroborateError.is(error)) throw error;
    return fail(
      'INVALID_STATE',
      `${error.message.replace(/\.$/, '')}. Fix the file, or give a new file name to start a new ledger.`,
    );
  }
}

/**
 * The JSON text of `ledger` without the stories named `skip`: what this run's stories take
 * their priors from. Leaving out the run's own stories makes a re-run of the same folder start
 * from the same priors as the first run, so it records the same ledger (no story is judged
 * with its own earlier verdict as evidence). Passed to every story job as text, so jobs in
 * worker threads and in the main thread read the same bytes.
 */
export function priorLedgerText(ledger: SourceLedger, skip: ReadonlySet<string>): string {
  const json = ledger.toJSON();
  return JSON.stringify({ ...json, stories: json.stories.filter((s) => !skip.has(s.story)) });
}

/**
 * The key of a story analysed without `--stories` (no folder name to key it by): `story-` and a
 * hash of its reference date and its articles' ids and texts. The same articles run again get
 * the same key (and replace their record); two stories whose files share names on one day do
 * not, as a key of ids and date alone would (`reuters.txt`, `ap.txt` in every folder).
 */
export function singleStoryKey(analysis: Analysis, articles: readonly ArticleInput[]): string {
  const hash = createHash('sha256').update(analysis.referenceDate?.date ?? '');
  for (const article of [...articles].sort((x, y) => compareIds(x.id, y.id))) {
    hash.update(`\u0000${article.id}\u0000${article.text}`);
  }
  return `story-${hash.digest('hex').slice(0, 16)}`;
}

/** The fields `record` keys sources by (`source`, `url`), with `null`s dropped. */
export function urlsOf(articles: readonly ArticleInput[]) {
  return articles.map(({ id, source, url }) => ({ id, source, url }));
}

/**
 * Writes the ledger back: the JSON text to a temporary file in the same folder, then a rename
 * over the target, so a reader (or a crash) never sees half a ledger. Two runs updating one
 * ledger at once: the last to finish wins.
 */
export async function saveLedgerFile(target: LedgerFile): Promise<void> {
  const text = ledgerText(target.ledger.toJSON());
  const temporary = `${target.path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, target.path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CorroborateError(
      'INVALID_FILE',
      `--ledger ${target.file}: cannot write the ledger (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
      { field: 'ledger', flag: '--ledger', file: target.file },
    );
  }
}

/** The file's text: one story record per line, so a ledger under version control diffs by story. */
export function ledgerText(json: SourceLedgerJSON): string {
  const { stories, ...head } = json;
  const lines = stories.map((story) => `    ${JSON.stringify(story)}`);
  const open = JSON.stringify(head).slice(0, -1);
  return `${open},\n  "stories": [\n${lines.join(',\n')}${lines.length > 0 ? '\n' : ''}  ]\n}\n`;
}
