// HTML to article text for the CLI: Readability picks the main content from a linkedom
// document; a block-aware walk turns it into lines so sentences do not run together.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseIsoDate } from '../input/parse-date.js';
import { headlineOf, MAX_HEADLINE_LENGTH } from './markdown-to-text.js';
import { removePromotionalBlocks } from './promo-blocks.js';
import { measureTags, tagSoupText } from './tag-soup.js';

/** What an HTML file yields. */
export interface HtmlArticle {
  text: string;
  /** `og:title`, else `<title>`, else Readability's title, else the first line of the text. */
  title: string | undefined;
  /** `og:site_name`, when the page names itself. */
  source: string | undefined;
  /** `article:published_time` (or a `<time datetime>`) as YYYY-MM-DD, when it is a real date. */
  publishedAt: string | undefined;
  /** `og:url` or `<link rel=canonical>`. */
  url: string | undefined;
  /**
   * How the text was found: `readability`; `dom-walk` when Readability was skipped (too
   * deep) or found nothing; `tag-soup` when the page was too large or deep for a DOM.
   */
  extractor: 'readability' | 'dom-walk' | 'tag-soup';
}

/**
 * Deepest element nesting handed to Readability. Its recursive walks overflowed the stack
 * at 3,000 levels and took 0.8 s at 1,000 on this machine, against 57 ms at 200; real
 * article pages nest well under 100. Deeper documents use the iterative fallback walk.
 */
export const MAX_READABILITY_DEPTH = 200;
/**
 * Most elements (estimated from the tags) a DOM is built for. linkedom's parse grows faster
 * than linearly: 50,000 elements took 0.9 s here, 100,000 took 2.3 s and 800,000 took 37 s.
 * News pages have a few thousand; larger pages are read by the linear tag scan instead.
 */
export const MAX_DOM_ELEMENTS = 50_000;
/**
 * Deepest container nesting (estimated from the tags) a DOM is built for. Parsing 5,000
 * nested closed `<div>`s took 0.4 s here, 20,000 took 1.6 s, growing with the square.
 */
export const MAX_DOM_DEPTH = 5_000;

/**
 * Most `<` characters a page may hold for a DOM to be built: two per element of the
 * element bound. Beyond it the linear tag scan reads the page (see `TagShape.angleBrackets`).
 */
export const MAX_DOM_MARKUP = 2 * MAX_DOM_ELEMENTS;
/** Largest `<head>` parsed for metadata when the body is read by the tag scan. */
const MAX_HEAD_CHARS = 1024 * 1024;

/** Elements whose end is a line break in the text. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Elements after which a blank line separates paragraphs, as in the .txt articles. */
const PARAGRAPH_ELEMENTS = new Set([
  'ARTICLE',
  'BLOCKQUOTE',
  'DIV',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'UL',
]);
/** Never article text: code, styling, embedded objects and forms. */
const SKIPPED_ELEMENTS = new Set([
  'BUTTON',
  'CANVAS',
  'EMBED',
  'IFRAME',
  'INPUT',
  'NOSCRIPT',
  'OBJECT',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'HEAD',
  'MATH',
]);
/** Page furniture the fallback walk drops: navigation, asides, footers, forms, dialogs. */
const BOILERPLATE_ELEMENTS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG', 'MENU']);
/** ARIA roles of page furniture, dropped by the fallback walk. */
const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
]);

// Minimal structural view of linkedom's nodes: what the walks need and nothing else.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  getAttribute?: (name: string) => string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Extracts an article from an HTML page: metadata from `<head>`, the main text through
 * Readability (or, for very deep or very large documents and pages Readability cannot
 * read, an iterative walk of `<body>` that drops scripts, navigation and footers).
 * Never recursive over the document, so hostile nesting cannot overflow the stack.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const tags = measureTags(html);
  if (
    tags.elements > MAX_DOM_ELEMENTS ||
    tags.depth > MAX_DOM_DEPTH ||
    tags.angleBrackets > MAX_DOM_MARKUP
  ) {
    return readTagSoup(html);
  }
  const document = parseDocument(html);
  const meta = readMetadata(document);
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null;
  const shape = body ? measure(body) : { depth: 0, elements: 0 };
  let text: string | null = null;
  let extractor: HtmlArticle['extractor'] = 'dom-walk';
  let readabilityTitle: string | undefined;
  if (body && shape.depth <= MAX_READABILITY_DEPTH && shape.elements <= MAX_DOM_ELEMENTS) {
    // Ads, sponsored boxes, newsletter sign-ups and "related" lists go first: Readability
    // keeps such blocks when they sit inside the article body and read like prose.
    removePromotionalBlocks(document);
    try {
      // Readability's types name DOM lib globals this Node build does not load; linkedom fits.
      const parsed = new Readability<unknown>(document, {
        serializer: (node: unknown) => node,
        maxElemsToParse: MAX_DOM_ELEMENTS,
      }).parse();
      const content = parsed?.content as unknown as DomNode | null | undefined;
      if (content) {
        const found = blockText(content, false);
        if (found.trim() !== '') {
          text = found;
          extractor = 'readability';
          readabilityTitle = parsed?.title?.trim() || undefined;
        }
      }
    } catch {
      // Readability gives up on some malformed pages; the fallback walk still reads them.
    }
  }
  if (text === null) text = body ? blockText(body, true) : '';
  return finish(meta, readabilityTitle, text, extractor);
}

function finish(
  meta: PageMetadata,
  readabilityTitle: string | undefined,
  text: string,
  extractor: HtmlArticle['extractor'],
): HtmlArticle {
  const title = meta.title ?? readabilityTitle ?? headlineOf(text);
  return {
    ...meta,
    title: title && title.length <= MAX_HEADLINE_LENGTH ? title : undefined,
    text,
    extractor,
  };
}

/** A page too big or deep for a DOM: metadata from its `<head>` when small, text by tag scan. */
function readTagSoup(html: string): HtmlArticle {
  let meta: PageMetadata = {
    title: undefined,
    source: undefined,
    publishedAt: undefined,
    url: undefined,
  };
  const headEnd = /<\/head\s*>/i.exec(html)?.index ?? -1;
  if (headEnd !== -1 && headEnd <= MAX_HEAD_CHARS) {
    const head = html.slice(0, headEnd);
    const shape = measureTags(head);
    if (shape.elements <= MAX_DOM_ELEMENTS && shape.depth <= MAX_DOM_DEPTH) {
      meta = readMetadata(parseDocument(`${head}</head><body></body></html>`));
    }
  }
  return finish(meta, undefined, tagSoupText(html), 'tag-soup');
}

/**
 * linkedom needs an `<html>` root: a fragment ("<p>text</p>") parses without one and its
 * `document.body` then throws, so fragments are wrapped in a document first.
 */
// biome-ignore lint/suspicious/noExplicitAny: linkedom's document type is not the DOM lib's.
function parseDocument(html: string): any {
  const { document } = parseHTML(html);
  if (document.documentElement?.nodeName?.toUpperCase() === 'HTML') return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Depth and element count of a subtree, walked iteratively. */
function measure(root: DomNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  let level = 0;
  let node: DomNode | null = root;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      elements++;
      if (level > depth) depth = level;
    }
    if (node.firstChild) {
      node = node.firstChild;
      level++;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      level--;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return { depth, elements };
}

/**
 * Text of a subtree with block boundaries as line breaks (a blank line after paragraphs)
 * and runs of inline whitespace collapsed. Iterative: a stack of open elements, no recursion.
 */
function blockText(root: DomNode, dropBoilerplate: boolean): string {
  const parts: string[] = [];
  // Newlines owed before the next text: block edges ask for 1, paragraph ends for 2.
  let pending = 0;
  let preDepth = 0;
  const emit = (text: string) => {
    if (parts.length > 0 && pending > 0) parts.push('\n'.repeat(pending));
    pending = 0;
    parts.push(text);
  };
  const close = (name: string) => {
    if (name === 'PRE') preDepth--;
    if (BLOCK_ELEMENTS.has(name) && name !== 'BR') {
      pending = Math.max(pending, PARAGRAPH_ELEMENTS.has(name) ? 2 : 1);
    }
  };
  const parents: DomNode[] = [];
  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const value = node.textContent ?? '';
      if (preDepth > 0) {
        if (value !== '') emit(value);
      } else {
        const collapsed = value.replace(/[ \t\n\r\f]+/g, ' ');
        const atLineStart = pending > 0 || parts.length === 0;
        if (collapsed.trim() !== '') emit(atLineStart ? collapsed.trimStart() : collapsed);
        else if (collapsed !== '' && pending === 0 && parts.length > 0) parts.push(' ');
      }
    } else if (node.nodeType === ELEMENT_NODE && !isSkipped(node, dropBoilerplate)) {
      const name = node.nodeName.toUpperCase();
      if (name === 'BR') {
        pending = Math.min(2, pending + 1);
      } else {
        if (BLOCK_ELEMENTS.has(name)) pending = Math.max(pending, 1);
        if (name === 'PRE') preDepth++;
        if (node.firstChild) descend = true;
        else close(name);
      }
    }
    if (descend && node.firstChild) {
      parents.push(node);
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      const parent = parents.pop();
      node = parent ?? null;
      if (parent) close(parent.nodeName.toUpperCase());
    }
    node = node?.nextSibling ?? null;
  }
  return tidyLines(parts.join(''));
}

function isSkipped(node: DomNode, dropBoilerplate: boolean): boolean {
  const name = node.nodeName.toUpperCase();
  if (SKIPPED_ELEMENTS.has(name)) return true;
  if (node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined)
    return true;
  if (!dropBoilerplate) return false;
  if (BOILERPLATE_ELEMENTS.has(name)) return true;
  const role = node.getAttribute?.('role');
  return role !== null && role !== undefined && BOILERPLATE_ROLES.has(role.trim().toLowerCase());
}

/** Trims line ends, keeps at most one blank line in a row, drops blank edges. */
function tidyLines(text: string): string {
  // Leading spaces are already gone outside <pre>; inside it they are the author's layout.
  const lines = text.split('\n').map((line) => line.trimEnd());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

interface PageMetadata {
  title: string | undefined;
  source: string | undefined;
  publishedAt: string | undefined;
  url: string | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: linkedom's document type is not the DOM lib's.
function readMetadata(document: any): PageMetadata {
  const metaContent = (selector: string): string | undefined => {
    const value = document.querySelector(selector)?.getAttribute('content');
    return typeof value === 'string' && value.trim() !== '' ? collapse(value) : undefined;
  };
  const titleElement = document.querySelector('title')?.textContent;
  const title =
    metaContent('meta[property="og:title"]') ??
    metaContent('meta[name="twitter:title"]') ??
    (typeof titleElement === 'string' && titleElement.trim() !== ''
      ? collapse(titleElement)
      : undefined);
  const dates = [
    metaContent('meta[property="article:published_time"]'),
    metaContent('meta[name="article:published_time"]'),
    metaContent('meta[itemprop="datePublished"]'),
    document.querySelector('time[datetime]')?.getAttribute('datetime') as string | undefined,
  ];
  let publishedAt: string | undefined;
  for (const candidate of dates) {
    if (typeof candidate !== 'string') continue;
    try {
      publishedAt = parseIsoDate(candidate.trim(), 'published time', { field: 'publishedAt' });
      break;
    } catch {
      // Not a real date ("yesterday", "2025-13-45"): the page's date is left unset, not guessed.
    }
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    title,
    source: metaContent('meta[property="og:site_name"]'),
    publishedAt,
    url:
      metaContent('meta[property="og:url"]') ??
      (typeof canonical === 'string' && canonical.trim() !== '' ? canonical.trim() : undefined),
  };
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
