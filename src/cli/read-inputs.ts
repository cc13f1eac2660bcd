// Files and folders to ArticleInput[]: one reader per extension, ids from relative paths.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CorroborateError } from '../index.js';
import { MAX_FIELD_LENGTH } from '../input/limits.js';
import { type ArticleInput, compareIds, validateArticle } from '../input/validate-articles.js';
import { decodeText, sniffHtmlCharset } from './decode-text.js';
import { htmlToArticle } from './html-to-text.js';
import { headlineOf, markdownToText } from './markdown-to-text.js';

/** Extensions the CLI reads, lower case, with the dot. */
export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.json',
  '.jsonl',
] as const;

/**
 * Largest file read as one article (.txt, .md, .html): 16 MiB, the library's per-article
 * text limit in ASCII; HTML markup beyond that would not fit once extracted anyway.
 */
export const MAX_ARTICLE_FILE_BYTES = 16 * 1024 * 1024;
/**
 * Largest .json or .jsonl file: 256 MiB. Such files hold many articles; past this size
 * JSON.parse needs over a gigabyte of memory, so split the collection into several files.
 */
export const MAX_COLLECTION_FILE_BYTES = 256 * 1024 * 1024;

/** An article read from disk, and the file it came from (for messages). */
export interface FileArticle {
  article: ArticleInput;
  /** The file as the user would name it: relative to the working directory when inside it. */
  file: string;
  /** 1-based line of a .jsonl file, or item of a .json array, when the file holds several. */
  line?: number;
}

/** Callbacks through which the reader reports what it did without printing. */
export interface ReadInputsOptions {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Something skipped (an unsupported file in a folder, a hidden entry). Shown with --verbose. */
  onNote?: (message: string) => void;
  /** Something read imperfectly (invalid UTF-8 replaced). Shown unless --quiet. */
  onWarning?: (message: string) => void;
  /** Called before reading starts and after each file. */
  onProgress?: (done: number, total: number) => void;
}

interface FoundFile {
  absolute: string;
  /** Found by walking a folder, rather than named on the command line. */
  inFolder: boolean;
  /** Relative to cwd when inside it, else absolute; forward slashes. */
  shown: string;
  extension: string;
}

/**
 * Reads every article under `inputs` (files and folders, folders recursively in sorted
 * order). Throws `INVALID_FILE` naming the file and the problem: unreadable or missing
 * paths, an unsupported extension named explicitly, files over the size caps, bad JSON
 * (with the line of a .jsonl file), invalid articles and duplicate ids.
 */
export async function readInputs(
  inputs: readonly string[],
  options: ReadInputsOptions,
): Promise<FileArticle[]> {
  const files = await collectFiles(inputs, options);
  const base = commonDirectory(files.map((file) => path.dirname(file.absolute)));
  const articles: FileArticle[] = [];
  const owners = new Map<string, FileArticle>();
  options.onProgress?.(0, files.length);
  for (let index = 0; index < files.length; index++) {
    const file = files[index] as FoundFile;
    const relative = toForwardSlashes(path.relative(base, file.absolute));
    const pathId = relative.slice(0, relative.length - file.extension.length);
    for (const found of await readFile_(file, pathId, options)) {
      const earlier = owners.get(found.article.id);
      if (earlier) {
        throw new CorroborateError(
          'INVALID_FILE',
          `${where(found)} and ${where(earlier)} both give the article id ${JSON.stringify(found.article.id)}; ids must be unique (rename a file or set "id" in the JSON).`,
          { file: found.file, id: found.article.id },
        );
      }
      owners.set(found.article.id, found);
      articles.push(found);
    }
    options.onProgress?.(index + 1, files.length);
  }
  return articles;
}

function where(found: FileArticle): string {
  return found.line === undefined ? found.file : `${found.file}:${found.line}`;
}

async function collectFiles(
  inputs: readonly string[],
  options: ReadInputsOptions,
): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const seenFiles = new Set<string>();
  const seenDirectories = new Set<string>();
  const add = async (absolute: string, inFolder: boolean) => {
    const real = await realpath(absolute);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    found.push({
      absolute,
      inFolder,
      shown: shownPath(absolute, options.cwd),
      extension: extensionOf(absolute),
    });
  };
  const walk = async (directory: string) => {
    const real = await realpath(directory);
    if (seenDirectories.has(real)) return;
    seenDirectories.add(real);
    const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) =>
      compareIds(a.name, b.name),
    );
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      if (entry.name.startsWith('.')) {
        options.onNote?.(`skipped ${shownPath(absolute, options.cwd)}: hidden`);
        continue;
      }
      let kind: 'file' | 'directory' | 'other' = entry.isFile()
        ? 'file'
        : entry.isDirectory()
          ? 'directory'
          : 'other';
      if (entry.isSymbolicLink()) {
        const target = await stat(absolute).catch(() => null);
        kind = target?.isFile() ? 'file' : target?.isDirectory() ? 'directory' : 'other';
      }
      if (kind === 'directory') {
        await walk(absolute);
      } else if (kind === 'file' && isSupported(absolute)) {
        await add(absolute, true);
      } else {
        options.onNote?.(
          `skipped ${shownPath(absolute, options.cwd)}: ${kind === 'file' ? `not one of ${SUPPORTED_EXTENSIONS.join(' ')}` : 'not a regular file'}`,
        );
      }
    }
  };
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      throw new CorroborateError(
        'INVALID_FILE',
        `${input}: cannot read it (${describeFsError(error)}).`,
        {
          file: input,
        },
      );
    });
    try {
      if (info.isDirectory()) {
        await walk(absolute);
      } else if (!isSupported(absolute)) {
        throw new CorroborateError(
          'INVALID_FILE',
          `${input}: cannot read ${extensionOf(absolute) || 'files without an extension'}; give ${SUPPORTED_EXTENSIONS.join(', ')} files or a folder.`,
          { file: input },
        );
      } else {
        await add(absolute, false);
      }
    } catch (error) {
      if (error instanceof CorroborateError) throw error;
      const failure = error as NodeJS.ErrnoException;
      const shown = failure.path ? shownPath(failure.path, options.cwd) : input;
      throw new CorroborateError(
        'INVALID_FILE',
        `${shown}: cannot read it (${describeFsError(failure)}).`,
        {
          file: shown,
        },
      );
    }
  }
  return found.sort((a, b) => compareIds(a.shown, b.shown));
}

// Named readFile_ so it does not shadow fs's readFile, which it uses.
async function readFile_(
  file: FoundFile,
  pathId: string,
  options: ReadInputsOptions,
): Promise<FileArticle[]> {
  const collection = file.extension === '.json' || file.extension === '.jsonl';
  const cap = collection ? MAX_COLLECTION_FILE_BYTES : MAX_ARTICLE_FILE_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(file.absolute);
    if (info.size > cap) {
      throw new CorroborateError(
        'INVALID_FILE',
        `${file.shown}: ${info.size} bytes is over the ${formatMiB(cap)} limit for ${file.extension} files; split or trim it.`,
        { file: file.shown },
      );
    }
    bytes = await readFile(file.absolute);
  } catch (error) {
    if (error instanceof CorroborateError) throw error;
    throw new CorroborateError(
      'INVALID_FILE',
      `${file.shown}: cannot read it (${describeFsError(error as NodeJS.ErrnoException)}).`,
      { file: file.shown },
    );
  }
  const isHtml = file.extension === '.html' || file.extension === '.htm';
  const decoded = decodeText(bytes, isHtml ? sniffHtmlCharset(bytes) : undefined);
  if (decoded.replaced) {
    options.onWarning?.(
      `${file.shown}: not valid ${decoded.encoding}; unreadable bytes were replaced with U+FFFD.`,
    );
  }
  const text = decoded.text;
  const one = (fields: Omit<ArticleInput, 'id'>): FileArticle[] => [
    checked({ article: { id: pathId, ...fields }, file: file.shown }),
  ];
  switch (file.extension) {
    case '.txt':
      return one(presentFields({ text, title: headlineOf(text) }));
    case '.md':
    case '.markdown':
      return one(articleFields(markdownToText(text)));
    case '.html':
    case '.htm':
      return one(articleFields(htmlToArticle(text)));
    case '.json':
      return readJson(text, file, pathId, options);
    default:
      return readJsonLines(text, file, pathId);
  }
}

function readJson(
  text: string,
  file: FoundFile,
  pathId: string,
  options: ReadInputsOptions,
): FileArticle[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorroborateError(
      'INVALID_FILE',
      `${file.shown}: not valid JSON (${(error as Error).message}).`,
      {
        file: file.shown,
      },
    );
  }
  if (file.inFolder && !holdsArticles(value)) {
    options.onNote?.(`skipped ${file.shown}: JSON without a "text" field is not an article`);
    return [];
  }
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      jsonArticle(item, {
        file: file.shown,
        line: index + 1,
        label: `item ${index + 1}`,
        fallbackId: `${pathId}#${index + 1}`,
      }),
    );
  }
  return [jsonArticle(value, { file: file.shown, label: 'the article', fallbackId: pathId })];
}

/**
 * Whether parsed JSON is an article or a list of them: some object in it has a "text" key.
 * Folders often hold other JSON next to the articles (a fixture's expected.json, a
 * manifest); those are skipped. A list where only some items have "text" still counts, so
 * its bad items are reported rather than silently dropped.
 */
export function holdsArticles(value: unknown): boolean {
  const hasText = (item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) && 'text' in item;
  return Array.isArray(value) ? value.some(hasText) : hasText(value);
}

function readJsonLines(text: string, file: FoundFile, pathId: string): FileArticle[] {
  const articles: FileArticle[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CorroborateError(
        'INVALID_FILE',
        `${file.shown}:${index + 1}: this line is not valid JSON (${(error as Error).message}); each line must be one article object.`,
        { file: file.shown, line: index + 1 },
      );
    }
    articles.push(
      jsonArticle(value, {
        file: file.shown,
        line: index + 1,
        label: `line ${index + 1}`,
        fallbackId: `${pathId}#${index + 1}`,
      }),
    );
  }
  return articles;
}

/** A JSON record as an article: its own fields, the path-derived id when it has none. */
function jsonArticle(
  value: unknown,
  where: { file: string; line?: number; label: string; fallbackId: string },
): FileArticle {
  const location = where.line === undefined ? where.file : `${where.file}:${where.line}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CorroborateError(
      'INVALID_FILE',
      `${location}: ${where.label} must be an article object like {"id": "a1", "text": "…"}, but it is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}.`,
      { file: where.file, line: where.line },
    );
  }
  const record = value as Record<string, unknown>;
  const article = {
    ...record,
    id: record.id === undefined || record.id === null ? where.fallbackId : record.id,
  } as ArticleInput;
  const found: FileArticle = { article, file: where.file };
  if (where.line !== undefined) found.line = where.line;
  return checked(found, where.label);
}

/** Runs the library's own article check, so errors name the file instead of an array index. */
function checked(found: FileArticle, label = 'the article'): FileArticle {
  try {
    const normalized = validateArticle(found.article, 0);
    const article: ArticleInput = { id: normalized.id, text: normalized.text };
    if (normalized.source !== undefined) article.source = normalized.source;
    if (normalized.title !== undefined) article.title = normalized.title;
    if (normalized.url !== undefined) article.url = normalized.url;
    if (normalized.publishedAt !== undefined) article.publishedAt = normalized.publishedAt;
    return { ...found, article };
  } catch (error) {
    if (!(error instanceof CorroborateError)) throw error;
    // validateArticle names "articles[0]"; here the file and line say where the article is.
    const message = error.message.replace(/^articles\[0\]/, label);
    throw new CorroborateError('INVALID_FILE', `${where(found)}: ${message}`, {
      file: found.file,
      line: found.line,
      cause: error.code,
    });
  }
}

/**
 * Fields a reader found, without the absent ones and without metadata longer than the
 * library accepts (a 5,000-character og:url is page noise, not a reason to refuse the file).
 */
/** The article fields a parsed page carries (and nothing else it may hold), absent ones left out. */
function articleFields(parsed: Omit<ArticleInput, 'id'>): Omit<ArticleInput, 'id'> {
  const { text, title, source, url, publishedAt } = parsed;
  return presentFields({ text, title, source, url, publishedAt });
}

function presentFields<T extends { text: string }>(fields: T): T {
  const clean = { text: fields.text } as T;
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'text' || value === undefined) continue;
    if (typeof value === 'string' && value.length > MAX_FIELD_LENGTH) continue;
    (clean as Record<string, unknown>)[key] = value;
  }
  return clean;
}

function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(file));
}

function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/** The deepest directory containing every one of `directories`. */
export function commonDirectory(directories: readonly string[]): string {
  const first = directories[0];
  if (first === undefined) return '';
  let common = first.split(path.sep);
  for (const directory of directories.slice(1)) {
    const parts = directory.split(path.sep);
    let shared = 0;
    while (shared < common.length && shared < parts.length && common[shared] === parts[shared])
      shared++;
    common = common.slice(0, shared);
  }
  return common.join(path.sep) || path.sep;
}

function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    return toForwardSlashes(absolute);
  return toForwardSlashes(relative);
}

function toForwardSlashes(file: string): string {
  return path.sep === '/' ? file : file.split(path.sep).join('/');
}

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error.code ?? error.message;
  }
}

function formatMiB(bytes: number): string {
  return `${bytes / (1024 * 1024)} MiB`;
}
