// The `corroborate` command as a function: arguments and streams in, exit status out.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
// The library comes in through its public entry only: dist/cli.js imports dist/index.js.
import {
  type Analysis,
  analyze,
  CorroborateError,
  type KnowledgeBase,
  type KnowledgeInput,
  officeHolders,
  type Progress,
  renderHtmlReport,
  renderTerminalReport,
  type SourceLedger,
} from '../index.js';
import { type CliOptions, parseCliArgs } from './args.js';
import { chooseColor, isDumbTerminal } from './color.js';
import { decodeText } from './decode-text.js';
import { escapeControl } from './escape-control.js';
import { HELP_TEXT } from './help.js';
import { openLedgerFile, saveLedgerFile } from './ledger-file.js';
import { recordSingleStory, storiesLedger } from './ledger-run.js';
import { type LedgerRunSummary, renderSourceTable } from './ledger-table.js';
import { createAnalysisProgress, createProgress } from './progress.js';
import { type FileArticle, readInputs } from './read-inputs.js';
import { runStories, storyLine } from './stories.js';
import { VERSION } from './version.js';

/** Where the command reads and writes: the process's, or a test's. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Whether stdout is a terminal: colour and width follow it. */
  isTTY: boolean;
  /** Whether stderr is a terminal: the progress bar needs one. */
  stderrIsTTY?: boolean;
  /** Terminal width in columns, when known. */
  columns?: number;
  /** Environment variables; only `NO_COLOR`, `FORCE_COLOR` and `TERM` are read. */
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit statuses, as `--help` documents them. */
export const EXIT = { ok: 0, outliers: 1, badInput: 2, internal: 3 } as const;

/**
 * Largest `--kb` file: 64 MiB. The bundled table of every office tracked is under 1 MiB;
 * a knowledge file sixty times that is a mistake, not a table.
 */
export const MAX_KNOWLEDGE_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Runs the command with `argv` (without node and the script path). Never throws and never
 * exits the process: returns the exit status. Bad input or usage is one line on stderr
 * naming the file or option and the problem, and status 2.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CorroborateError) {
      io.stderr.write(`corroborate: ${escapeControl(error.message)}\n`);
      return EXIT.badInput;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `corroborate: internal error, please report it with the input that caused it:\n${escapeControl(detail)}\n`,
    );
    return EXIT.internal;
  }
}

/** Shows control characters (other than tab and newline) as `\u001b`-style escapes. */
export { escapeControl } from './escape-control.js';

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    io.stdout.write(HELP_TEXT);
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (options.stories !== undefined) return runStoriesCommand(options, io);
  if (options.jobs !== undefined) {
    throw new CorroborateError(
      'INVALID_OPTION',
      '--jobs applies to --stories only; give --stories <folder> or drop --jobs.',
      { field: 'jobs', flag: '--jobs' },
    );
  }
  if (options.inputs.length === 0) {
    throw new CorroborateError(
      'INVALID_OPTION',
      'no inputs: give the article files or folders to compare, e.g. corroborate articles/ (see corroborate --help).',
      { field: 'inputs', received: 0 },
    );
  }
  const say = (message: string) => {
    if (!options.quiet) io.stderr.write(`corroborate: ${escapeControl(message)}\n`);
  };
  if (options.html !== undefined) await checkWritableFolder(options.html, io.cwd);
  const knowledge = await loadKnowledge(options, io.cwd);
  const ledgerFile =
    options.ledger === undefined
      ? undefined
      : await openLedgerFile(options.ledger, io.cwd, options.ledgerHalfLife);
  const progressTarget = {
    write: (chunk: string) => io.stderr.write(chunk),
    isTTY: !options.quiet && io.stderrIsTTY === true && !isDumbTerminal(io.env),
  };
  const progress = createProgress(progressTarget, 'reading');
  let read: FileArticle[];
  try {
    read = await readInputs(options.inputs, {
      cwd: io.cwd,
      onNote: options.verbose ? say : undefined,
      onWarning: say,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.finish();
  }
  if (read.length === 0) {
    throw new CorroborateError(
      'INVALID_FILE',
      `no articles found in ${options.inputs.join(', ')}: folders are searched for .txt, .md, .html, .htm, .json and .jsonl files (add --verbose to see what was skipped).`,
      { field: 'inputs', files: 0 },
    );
  }
  if (options.printText && !options.json) {
    io.stdout.write(renderKeptText(read));
    return EXIT.ok;
  }
  const analysisProgress = createAnalysisProgress(progressTarget, read.length);
  let analysis: Analysis;
  let ledgerRun: LedgerRunSummary | undefined;
  try {
    if (ledgerFile === undefined)
      analysis = analyzeFiles(read, options, knowledge, analysisProgress.report);
    else {
      ({ analysis, summary: ledgerRun } = recordSingleStory(
        ledgerFile,
        read.map(({ article }) => article),
        (ledger) => analyzeFiles(read, options, knowledge, analysisProgress.report, ledger),
      ));
    }
  } finally {
    analysisProgress.finish();
  }
  if (ledgerFile !== undefined) {
    await saveLedgerFile(ledgerFile);
  }

  if (options.json) {
    // The analysis, plus what each reader kept from each file, so a user can check the input.
    const inputs = read.map(({ article, file, line }) => ({
      id: article.id,
      file,
      ...(line === undefined ? {} : { line }),
      source: article.source ?? null,
      title: article.title ?? null,
      url: article.url ?? null,
      publishedAt: article.publishedAt ?? null,
      text: article.text,
    }));
    io.stdout.write(`${JSON.stringify({ ...analysis, inputs }, null, 2)}\n`);
  }
  if (options.html !== undefined) {
    const target = path.resolve(io.cwd, options.html);
    const page = renderHtmlReport(
      analysis,
      read.map(({ article }) => ({
        id: article.id,
        text: article.text,
        title: article.title,
        source: article.source,
        url: article.url,
      })),
      { title: `corroborate report: ${analysis.articles.length} articles` },
    );
    try {
      await writeFile(target, page, 'utf8');
    } catch (error) {
      throw new CorroborateError(
        'INVALID_OPTION',
        `--html ${options.html}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
        { field: 'html', flag: '--html', file: options.html },
      );
    }
    if (!options.json) say(`wrote the HTML report to ${options.html}`);
  }
  if (!options.json && !options.quiet) {
    const color = chooseColor({ flag: options.color, isTTY: io.isTTY, env: io.env });
    io.stdout.write(
      renderTerminalReport(analysis, {
        color,
        onlyOutliers: options.onlyOutliers,
        width: io.isTTY && io.columns ? io.columns : undefined,
        articles: read.map(({ article }) => ({ id: article.id, url: article.url })),
      }),
    );
    if (ledgerFile && ledgerRun)
      io.stdout.write(
        `\n${renderSourceTable(ledgerFile.ledger, ledgerRun, { all: options.verbose })}`,
      );
  }
  return options.failOnOutlier && analysis.outliers.length > 0 ? EXIT.outliers : EXIT.ok;
}

/**
 * `--stories DIR`: one JSON line per story on stdout in story-name order, streamed as the
 * stories finish; with `--html DIR`, one report per story and an index. Exit status: 2 when
 * any story could not be read, else 1 with --fail-on-outlier and any outlier, else 0.
 */
async function runStoriesCommand(options: CliOptions, io: CliIO): Promise<number> {
  if (options.inputs.length > 0) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `--stories reads one folder of story folders; drop the other inputs (${options.inputs.join(', ')}).`,
      { field: 'inputs', flag: '--stories' },
    );
  }
  const folder = path.resolve(io.cwd, options.stories as string);
  const knowledge: KnowledgeInput[] = [];
  for (const file of options.knowledgeFiles) {
    knowledge.push((await readJsonFile(file, io.cwd, '--kb')) as KnowledgeInput);
  }
  await loadKnowledge(options, io.cwd); // refuses a bad --kb file before any story runs
  const ledgerFile =
    options.ledger === undefined
      ? undefined
      : await openLedgerFile(options.ledger, io.cwd, options.ledgerHalfLife);
  const ledger = ledgerFile && storiesLedger(ledgerFile);
  const results = await runStories(
    {
      folder,
      jobs: options.jobs,
      asOf: options.asOf,
      knowledge,
      html: options.html === undefined ? undefined : path.resolve(io.cwd, options.html),
      ...(ledger === undefined ? {} : { ledger }),
    },
    (result) => {
      if (!options.quiet || options.json) io.stdout.write(`${storyLine(result)}\n`);
    },
  );
  const failed = results.filter((result) => 'error' in result);
  for (const result of failed) {
    if ('error' in result)
      io.stderr.write(`corroborate: ${result.story}: ${escapeControl(result.error.message)}\n`);
  }
  if (options.html !== undefined && !options.quiet) {
    io.stderr.write(
      `corroborate: wrote ${results.length - failed.length} reports and index.html to ${options.html}\n`,
    );
  }
  if (ledgerFile && ledger) {
    // Stories that could not be read are not recorded; the others are, even when some failed.
    await saveLedgerFile(ledgerFile);
    if (!options.quiet) {
      io.stderr.write(
        renderSourceTable(ledgerFile.ledger, ledger.summary, { all: options.verbose }),
      );
    }
  }
  if (failed.length > 0) return EXIT.badInput;
  const outliers = results.some(
    (result) => 'analysis' in result && result.analysis.outliers.length > 0,
  );
  return options.failOnOutlier && outliers ? EXIT.outliers : EXIT.ok;
}

/**
 * `--print-text`: each article's id, file, metadata and the text its reader kept, separated
 * by a rule, so a user can see what Readability or the Markdown reader left in or out.
 */
export function renderKeptText(read: readonly FileArticle[]): string {
  return read
    .map(({ article, file, line }) => {
      const head = [
        `=== ${article.id} (${line === undefined ? file : `${file}:${line}`})`,
        ...(article.title ? [`title: ${article.title}`] : []),
        ...(article.source ? [`source: ${article.source}`] : []),
        ...(article.url ? [`url: ${article.url}`] : []),
        ...(article.publishedAt ? [`publishedAt: ${article.publishedAt}`] : []),
        `characters: ${article.text.length}`,
      ];
      return `${escapeControl(head.join('\n'))}\n\n${escapeControl(article.text)}\n`;
    })
    .join('\n');
}

/** Runs the analysis; an error about one article is reported with the file it came from. */
function analyzeFiles(
  read: FileArticle[],
  options: CliOptions,
  knowledge: KnowledgeBase,
  onProgress: (progress: Progress) => void,
  ledger?: SourceLedger,
): Analysis {
  try {
    return analyze(
      read.map(({ article }) => article),
      {
        asOf: options.asOf,
        knowledge,
        onProgress,
        ...(ledger === undefined ? {} : { ledger }),
      },
    );
  } catch (error) {
    if (!(error instanceof CorroborateError)) throw error;
    const index = error.details.index;
    const found = typeof index === 'number' ? read[index] : undefined;
    if (!found) throw error;
    const where = found.line === undefined ? found.file : `${found.file}:${found.line}`;
    throw new CorroborateError(error.code, `${where}: ${error.message}`, {
      ...error.details,
      file: found.file,
    });
  }
}

/** Fails before the analysis, not after it, when the --html report's folder is missing. */
async function checkWritableFolder(file: string, cwd: string): Promise<void> {
  const folder = path.dirname(path.resolve(cwd, file));
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `--html ${file}: the folder ${path.relative(cwd, folder) || '.'} does not exist; create it or pick another path.`,
      { field: 'html', flag: '--html', file },
    );
  }
}

/** The bundled office holders, extended by each `--kb` file in turn. */
async function loadKnowledge(options: CliOptions, cwd: string): Promise<KnowledgeBase> {
  let knowledge: KnowledgeBase = officeHolders;
  for (const file of options.knowledgeFiles) {
    const records = await readJsonFile(file, cwd, '--kb');
    try {
      knowledge = knowledge.extend(records as Parameters<KnowledgeBase['extend']>[0]);
    } catch (error) {
      if (!(error instanceof CorroborateError)) throw error;
      throw new CorroborateError(error.code, `--kb ${file}: ${error.message}`, {
        ...error.details,
        file,
      });
    }
  }
  return knowledge;
}

async function readJsonFile(file: string, cwd: string, flag: string): Promise<unknown> {
  const absolute = path.resolve(cwd, file);
  let bytes: Buffer;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) {
      throw new CorroborateError('INVALID_FILE', `${flag} ${file}: not a file; give a JSON file.`, {
        file,
      });
    }
    if (info.size > MAX_KNOWLEDGE_FILE_BYTES) {
      throw new CorroborateError(
        'INVALID_FILE',
        `${flag} ${file}: ${info.size} bytes is over the ${MAX_KNOWLEDGE_FILE_BYTES / (1024 * 1024)} MiB limit for knowledge files.`,
        { file },
      );
    }
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof CorroborateError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message);
    throw new CorroborateError('INVALID_FILE', `${flag} ${file}: cannot read it (${reason}).`, {
      file,
    });
  }
  try {
    return JSON.parse(decodeText(bytes).text);
  } catch (error) {
    throw new CorroborateError(
      'INVALID_FILE',
      `${flag} ${file}: not valid JSON (${(error as Error).message}).`,
      {
        file,
      },
    );
  }
}
