// Markdown to plain text for the CLI: syntax stripped, one output line per input line, so the
// sentence splitter sees the paragraphs the author wrote.

/** What a Markdown file yields: its text and whatever front matter said about it. */
export interface MarkdownArticle {
  text: string;
  /** Front matter `title:`, else the first heading, else the first line (see {@link headlineOf}). */
  title: string | undefined;
  /** Front matter `source:` (or `publisher:`). */
  source: string | undefined;
  /** Front matter `url:`. */
  url: string | undefined;
  /** Front matter `publishedAt:`, `published_at:`, `published:` or `date:`, as written. */
  publishedAt: string | undefined;
}

/**
 * Longest first line taken as a headline. Real headlines run to about 150 characters; a
 * longer first line is a paragraph of a file without one, and would make a poor title.
 */
export const MAX_HEADLINE_LENGTH = 300;

/** The first non-blank line, trimmed, when it is short enough to be a headline. */
export function headlineOf(text: string): string | undefined {
  let from = 0;
  while (from <= text.length) {
    const stop = text.indexOf('\n', from);
    const end = stop === -1 ? text.length : stop;
    const line = text.slice(from, end).trim();
    if (line !== '') return line.length <= MAX_HEADLINE_LENGTH ? line : undefined;
    if (stop === -1) break;
    from = stop + 1;
  }
  return undefined;
}

const FRONT_MATTER_KEYS: Record<string, keyof Omit<MarkdownArticle, 'text'>> = {
  title: 'title',
  headline: 'title',
  source: 'source',
  publisher: 'source',
  url: 'url',
  date: 'publishedAt',
  published: 'publishedAt',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
};

/**
 * Converts Markdown to plain text, reading YAML-style front matter (`key: value` lines
 * between `---` fences) for title, source, url and date.
 */
export function markdownToText(markdown: string): MarkdownArticle {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const meta: Omit<MarkdownArticle, 'text'> = {
    title: undefined,
    source: undefined,
    url: undefined,
    publishedAt: undefined,
  };
  let index = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, at) => at > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
    if (close > 0) {
      for (const line of lines.slice(1, close)) readFrontMatterLine(line, meta);
      index = close + 1;
    }
  }
  const out: string[] = [];
  let heading: string | undefined;
  let fence: string | null = null;
  let inComment = false;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (fence !== null) {
      if (line.trim().startsWith(fence)) {
        fence = null;
        out.push('');
      } else {
        out.push(line);
      }
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      out.push('');
      continue;
    }
    const trimmed = line.trim();
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      fence = fenceMatch[1] ?? '```';
      out.push('');
      continue;
    }
    if (trimmed.startsWith('<!--')) {
      if (!trimmed.includes('-->')) inComment = true;
      out.push('');
      continue;
    }
    if (isRuleOrUnderline(trimmed) || isTableDelimiter(trimmed) || isLinkDefinition(line)) {
      out.push('');
      continue;
    }
    const atx = stripAtxHeading(line);
    const body = stripInline(stripBlockMarkers(atx ?? line));
    if (atx !== null && heading === undefined && body.trim() !== '') heading = body.trim();
    out.push(isTableRow(trimmed) ? tableRowText(body) : body);
  }
  const text = out
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+/, '');
  const title =
    meta.title ??
    (heading && heading.length <= MAX_HEADLINE_LENGTH ? heading : undefined) ??
    headlineOf(text);
  return { ...meta, title, text };
}

function readFrontMatterLine(line: string, meta: Omit<MarkdownArticle, 'text'>): void {
  const colon = line.indexOf(':');
  if (colon <= 0) return;
  const key = FRONT_MATTER_KEYS[line.slice(0, colon).trim().toLowerCase()];
  if (key === undefined || meta[key] !== undefined) return;
  let value = line.slice(colon + 1).trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
    value = value.slice(1, -1);
  }
  if (value !== '') meta[key] = value;
}

/** `---`, `***`, `___` rules and `===`/`---` setext underlines carry no text. */
function isRuleOrUnderline(trimmed: string): boolean {
  return (
    /^(?:[-*_=][ \t]*){3,}$/.test(trimmed) && new Set(trimmed.replace(/[ \t]/g, '')).size === 1
  );
}

/** `|---|:---:|` rows of a table. */
function isTableDelimiter(trimmed: string): boolean {
  return trimmed.includes('-') && trimmed.includes('|') && /^[|:\- \t]+$/.test(trimmed);
}

/** `[label]: https://…` reference definitions are addresses, not prose. */
function isLinkDefinition(line: string): boolean {
  return /^ {0,3}\[[^\]\n]{1,999}\]:[ \t]/.test(line);
}

function isTableRow(trimmed: string): boolean {
  return trimmed.startsWith('|') && trimmed.length > 1;
}

/** Cells of a table row joined by two spaces: "| a | b |" → "a  b". */
function tableRowText(line: string): string {
  return line
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join('  ');
}

/** The heading's text without `#` markers, or null when the line is not an ATX heading. */
function stripAtxHeading(line: string): string | null {
  const open = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(line);
  if (!open) return null;
  let text = line.slice(open[0].length).trim();
  // A closing run of # counts only after whitespace ("# C# #" keeps "C#"); trimmed by hand,
  // because a regex like /\s+#+\s*$/ backtracks quadratically on long runs of spaces.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) return '';
  if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) {
    text = text.slice(0, end).trimEnd();
  }
  return text;
}

/** Blockquote `>` markers, list bullets and numbers, and task boxes at the start of a line. */
function stripBlockMarkers(line: string): string {
  let rest = line;
  for (;;) {
    const quote = /^ {0,3}>[ \t]?/.exec(rest);
    if (!quote) break;
    rest = rest.slice(quote[0].length);
  }
  const bullet = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(rest);
  if (bullet) rest = rest.slice(bullet[0].length);
  return rest;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Removes inline syntax in one left-to-right pass: links and images keep their text,
 * autolinks their address, tags and backticks go, emphasis markers go where they open or
 * close a span, backslash escapes yield their character. Look-ahead uses precomputed
 * next-occurrence tables, so a line of ten thousand `[` stays linear.
 */
export function stripInline(line: string): string {
  const length = line.length;
  const nextClose = nextOccurrence(line, ']');
  const nextParen = nextOccurrence(line, ')');
  const nextGreater = nextOccurrence(line, '>');
  const nextLess = nextOccurrence(line, '<');
  // Where a link's text ends: jump over its "](address)" or "][label]".
  const jumps = new Map<number, number>();
  let out = '';
  let i = 0;
  while (i < length) {
    const jump = jumps.get(i);
    if (jump !== undefined) {
      i = jump;
      continue;
    }
    const char = line[i] as string;
    const next = line[i + 1] ?? '';
    if (char === '\\' && ASCII_PUNCTUATION.test(next)) {
      out += next;
      i += 2;
      continue;
    }
    const bracket = char === '[' ? i : char === '!' && next === '[' ? i + 1 : -1;
    if (bracket !== -1) {
      const close = nextClose[bracket + 1] ?? -1;
      const after = close === -1 ? '' : line[close + 1];
      const end =
        after === '('
          ? (nextParen[close + 2] ?? -1)
          : after === '['
            ? (nextClose[close + 2] ?? -1)
            : -1;
      if (end !== -1) {
        jumps.set(close, end + 1);
        i = bracket + 1;
        continue;
      }
    }
    if (char === '<') {
      const close = nextGreater[i + 1] ?? -1;
      const reopen = nextLess[i + 1] ?? -1;
      if (close !== -1 && (reopen === -1 || reopen > close)) {
        const inner = line.slice(i + 1, close);
        if (
          /^[a-z][a-z0-9+.-]{1,31}:[^\s<>]*$/i.test(inner) ||
          /^[^\s@<>]+@[^\s@<>]+$/.test(inner)
        ) {
          out += inner;
          i = close + 1;
          continue;
        }
        if (/^\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?$/i.test(inner) || inner.startsWith('!--')) {
          i = close + 1;
          continue;
        }
      }
    }
    if (char === '`') {
      i++;
      continue;
    }
    if (char === '*' || char === '_' || char === '~') {
      let run = i;
      while (run < length && line[run] === char) run++;
      const size = run - i;
      if (size <= 3 && (char !== '~' || size === 2) && isEmphasisDelimiter(line, i, run)) {
        i = run;
        continue;
      }
      out += line.slice(i, run);
      i = run;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/**
 * Whether a run of `*`, `_` or `~~` opens or closes emphasis: it has a space, punctuation or
 * the line's edge on one side and text on the other. "2 * 3" and "snake_case" do not.
 */
export function isEmphasisDelimiter(line: string, start: number, end: number): boolean {
  const before = start === 0 ? ' ' : (line[start - 1] as string);
  const after = end >= line.length ? ' ' : (line[end] as string);
  const opens = isEdge(before) && !isSpace(after);
  const closes = isEdge(after) && !isSpace(before);
  return opens || closes;
}

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

function isEdge(char: string): boolean {
  return isSpace(char) || ASCII_PUNCTUATION.test(char);
}

/** For each index, the first index at or after it holding `char`, or -1. One backward pass. */
function nextOccurrence(line: string, char: string): Int32Array {
  const table = new Int32Array(line.length + 2).fill(-1);
  for (let i = line.length - 1; i >= 0; i--) {
    table[i] = line[i] === char ? i : (table[i + 1] ?? -1);
  }
  return table;
}
