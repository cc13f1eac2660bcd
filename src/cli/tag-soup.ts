// A linear scan over HTML tags, for pages too large or too deep to build a DOM from: it
// estimates their shape, and reads their text without one.

/** Element count and nesting depth of a page, estimated from its tags without parsing. */
export interface TagShape {
  /** Start tags seen. */
  elements: number;
  /**
   * Deepest nesting of container elements. Void elements, self-closing tags and elements
   * whose end tag HTML lets authors omit (`p`, `li`, `td`…) do not deepen it, so ordinary
   * pages with unclosed paragraphs are not mistaken for deep ones.
   */
  depth: number;
  /**
   * Every `<` in the page, tag or not. linkedom slows down faster than quadratically on
   * stray `<` that open no element (`'<'.repeat(800_000)` took 21 s), so their count bounds
   * the DOM path as elements do.
   */
  angleBrackets: number;
}

/** Elements with no content (`<br>`, `<img>`): never nested into. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose end tag may be omitted; a parser closes them implicitly. */
const OPTIONAL_END_ELEMENTS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);

// One tag: `<name …>` or `</name …>`; `[^<>]` keeps each attempt inside one tag, so the
// scan over a page is linear even when it is all `<a<a<a`.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,63})[^<>]*?(\/?)>/g;

/** Counts elements and container depth in one pass over the tags. */
export function measureTags(html: string): TagShape {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    const name = (match[2] as string).toLowerCase();
    if (match[1] === '/') {
      if (!OPTIONAL_END_ELEMENTS.has(name) && !VOID_ELEMENTS.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (match[3] === '/' || VOID_ELEMENTS.has(name) || OPTIONAL_END_ELEMENTS.has(name)) continue;
    depth++;
    if (depth > deepest) deepest = depth;
  }
  let angleBrackets = 0;
  for (let index = html.indexOf('<'); index !== -1; index = html.indexOf('<', index + 1))
    angleBrackets++;
  return { elements, depth: deepest, angleBrackets };
}

/** Elements whose content is never article text; the scan skips to their end tag. */
const SKIPPED_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'footer',
  'aside',
  'svg',
  'math',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
  'form',
]);
/** Tags that end a line of text. */
const LINE_TAGS = new Set(['br', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'caption', 'figcaption']);
/** Tags that end a paragraph (a blank line). */
const PARAGRAPH_TAGS = new Set([
  'p',
  'div',
  'article',
  'section',
  'main',
  'header',
  'blockquote',
  'pre',
  'figure',
  'table',
  'ul',
  'ol',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  middot: '·',
  bull: '•',
};
// Numeric references and short names; bounded repeats, so linear.
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

/** Decodes numeric character references and common named entities; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined)
      return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

/**
 * The text of a page read tag by tag: scripts, styles, navigation, asides and footers
 * skipped; block tags become line breaks; entities decoded. One pass, no DOM, no recursion,
 * so any size or nesting is read in linear time. Less precise than Readability: used only
 * where building a DOM would be too slow.
 */
export function tagSoupText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let pending = 0;
  const emitText = (raw: string) => {
    const text = decodeEntities(raw).replace(/[ \t\n\r\f]+/g, ' ');
    if (text.trim() === '') {
      // One space between inline runs; never a run of them (a million `<i> </i>` stay short).
      if (
        text !== '' &&
        pending === 0 &&
        parts.length > 0 &&
        !parts[parts.length - 1]?.endsWith(' ')
      ) {
        parts.push(' ');
      }
      return;
    }
    if (parts.length > 0 && pending > 0) parts.push('\n'.repeat(pending));
    parts.push(pending > 0 || parts.length === 0 ? text.trimStart() : text);
    pending = 0;
  };
  let i = 0;
  // Cached position of the next '>', reused while the scan is behind it: keeps `<a<a<a` linear.
  let nextClose = -1;
  // Once no '>' is left, no later '<' can open a tag: never search again.
  let noCloseLeft = false;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) {
      emitText(html.slice(i));
      break;
    }
    if (open > i) emitText(html.slice(i, open));
    if (lower.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = open;
    const name = TAG_NAME.exec(html);
    if (!noCloseLeft && nextClose < open) {
      nextClose = html.indexOf('>', open);
      noCloseLeft = nextClose === -1;
    }
    if (!name || noCloseLeft) {
      emitText('<');
      i = open + 1;
      continue;
    }
    const closing = name[1] === '/';
    const tag = (name[2] as string).toLowerCase();
    i = nextClose + 1;
    if (!closing && SKIPPED_CONTENT.has(tag)) {
      const end = lower.indexOf(`</${tag}`, i);
      if (end === -1) break;
      const after = html.indexOf('>', end);
      i = after === -1 ? html.length : after + 1;
      continue;
    }
    if (PARAGRAPH_TAGS.has(tag)) pending = Math.max(pending, 2);
    else if (LINE_TAGS.has(tag))
      pending = tag === 'br' ? Math.min(2, pending + 1) : Math.max(pending, 1);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

// A tag's name right at a position (sticky): `<div`, `</p`.
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,63})/y;
