import { describe, expect, it } from 'vitest';
import {
  htmlToArticle,
  MAX_DOM_DEPTH,
  MAX_DOM_ELEMENTS,
  MAX_READABILITY_DEPTH,
} from '../src/cli/html-to-text.js';
import { decodeEntities, measureTags, tagSoupText } from '../src/cli/tag-soup.js';
import { hostileCases } from './helpers/hostile-inputs.js';

const paragraph = (text: string) =>
  `<p>${text} This sentence pads the paragraph so Readability counts it as content.</p>`;

describe('htmlToArticle', () => {
  it('uses Readability on an ordinary page and keeps paragraphs and list items on their own lines', () => {
    const page = htmlToArticle(
      `<html><head><title>Page title</title></head><body><nav>Menu Home</nav><main><article>${paragraph('One.')}<ul><li>Item A</li><li>Item B</li></ul>${paragraph('Two.')}</article></main><footer>Footer text</footer></body></html>`,
    );
    expect(page.extractor).toBe('readability');
    expect(page.title).toBe('Page title');
    expect(page.text).toMatch(
      /^One\. This sentence pads.*\n\nItem A\nItem B\n\nTwo\. This sentence pads/,
    );
    expect(page.text).not.toMatch(/Menu|Footer/);
  });

  it('keeps the space between inline elements', () => {
    expect(htmlToArticle('<p><b>Bold</b> <i>italic</i> and<a href="#"> link</a></p>').text).toBe(
      'Bold italic and link',
    );
  });

  it('reads a fragment without <html> (linkedom needs a root)', () => {
    expect(htmlToArticle('<p>Just a fragment.</p>').text).toBe('Just a fragment.');
    expect(htmlToArticle('').text).toBe('');
  });

  it('keeps preformatted whitespace', () => {
    expect(htmlToArticle('<html><body><pre>line 1\n  line 2</pre></body></html>').text).toBe(
      'line 1\n  line 2',
    );
  });

  it(`walks documents deeper than ${MAX_READABILITY_DEPTH} levels itself, dropping page furniture`, () => {
    const nested = `${'<div>'.repeat(MAX_READABILITY_DEPTH + 5)}<p>Deep paragraph.</p>${'</div>'.repeat(MAX_READABILITY_DEPTH + 5)}`;
    const page = htmlToArticle(
      `<html><body><div role="navigation">Skip me</div><nav>Nav</nav>${nested}<aside>Aside</aside><p hidden>Hidden</p><script>x()</script><footer>Foot</footer></body></html>`,
    );
    expect(page.extractor).toBe('dom-walk');
    expect(page.text).toBe('Deep paragraph.');
  });

  it('prefers og:title to <title>, and a canonical link for the url', () => {
    const page = htmlToArticle(
      '<html><head><title>Site | Headline</title><meta property="og:title" content="  Headline\n proper "><link rel="canonical" href="https://example.com/a"></head><body><p>Text.</p></body></html>',
    );
    expect(page).toMatchObject({ title: 'Headline proper', url: 'https://example.com/a' });
  });

  it('does not hang on 100,000 unclosed inline elements', () => {
    const page = htmlToArticle(`<html><body>${'<b>'.repeat(100_000)}end`);
    expect(page.text).toBe('end');
    const spaced = htmlToArticle(`<pre>a${' '.repeat(50_000)}b${' '.repeat(50_000)}</pre>`);
    expect(spaced.text.length).toBe(50_002);
  });
});

describe('pages too large or deep for a DOM', () => {
  it(`reads a page of more than ${MAX_DOM_ELEMENTS} elements by tag scan, metadata from its head`, () => {
    const body = '<p>Para <b>bold</b> text.</p>'.repeat(MAX_DOM_ELEMENTS / 2 + 1);
    const page = htmlToArticle(
      `<html><head><title>Big page</title><meta property="article:published_time" content="2025-06-02"></head><body><nav>Menu</nav>${body}</body></html>`,
    );
    expect(page).toMatchObject({
      extractor: 'tag-soup',
      title: 'Big page',
      publishedAt: '2025-06-02',
    });
    expect(page.text.startsWith('Para bold text.\n\nPara bold text.')).toBe(true);
    expect(page.text).not.toContain('Menu');
  });

  it(`reads nesting deeper than ${MAX_DOM_DEPTH} by tag scan`, () => {
    const deep = `${'<div>'.repeat(MAX_DOM_DEPTH + 1)}Deep.${'</div>'.repeat(MAX_DOM_DEPTH + 1)}`;
    expect(htmlToArticle(deep)).toMatchObject({ extractor: 'tag-soup', text: 'Deep.' });
  });
});

describe('measureTags', () => {
  it('counts nested containers as deep (the motivating hostile page)', () => {
    expect(measureTags('<div><div><span>x</span></div></div>')).toEqual({
      elements: 3,
      depth: 3,
      angleBrackets: 6,
    });
  });

  it('counts stray angle brackets that open no element (they slow a DOM parser down)', () => {
    expect(measureTags('a < b << c')).toEqual({ elements: 0, depth: 0, angleBrackets: 3 });
  });

  it('does not count unclosed paragraphs, void or self-closing tags as nesting', () => {
    const page = `<div>${'<p>Para<br><img src=x><path d="M0"/>'.repeat(1000)}</div>`;
    expect(measureTags(page).depth).toBe(1);
  });
});

describe('tagSoupText', () => {
  it('drops scripts, styles, comments and page furniture, and breaks lines at blocks', () => {
    const html =
      '<head><title>T</title></head><nav>Nav</nav><h1>Head</h1><!-- <p>hidden</p> --><p>One &amp; two&nbsp;&#8212; &#x263A; &bogus;</p><script>if (a<b) x()</script><ul><li>A</li><li>B</li></ul><style>p{}</style>Tail<br>end<footer>Foot</footer>';
    expect(tagSoupText(html)).toBe('Head\n\nOne & two\u00a0— ☺ &bogus;\n\nA\nB\n\nTail\nend');
  });

  it('keeps a lone < that starts no tag', () => {
    expect(tagSoupText('<p>if a < b then</p>')).toBe('if a < b then');
  });

  it('decodeEntities replaces references to nothing with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#1114112;&#65;')).toBe('\uFFFD\uFFFD\uFFFDA');
  });

  for (const hostile of hostileCases('tagSoupText')) {
    it(`reads ${hostile.name} without inventing text (medium size; fuzz/complexity.ts times the growth)`, () => {
      const html = hostile.input(1);
      const text = tagSoupText(html);
      expect(text.length).toBeLessThanOrEqual(html.length);
      expect(text).not.toMatch(/<\/?(?:i|script)>/);
    });
  }
  it(`measureTags and decodeEntities read unfinished tags and references as text (medium size; fuzz/complexity.ts times the growth)`, () => {
    const [tags] = hostileCases('measureTags');
    const shape = measureTags(tags!.input(1));
    expect(shape).toMatchObject({ elements: 0, depth: 0 });
    expect(shape.angleBrackets).toBe(tags!.input(1).length / 2);
    const [entities] = hostileCases('decodeEntities');
    expect(decodeEntities(entities!.input(1))).toBe(entities!.input(1));
  });
});
