// Promotional blocks (advertisements, sponsored boxes, newsletter sign-ups, "related" lists)
// are removed before Readability, on news pages written for this test.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../src/cli/html-to-text.js';
import {
  isPromotionalByName,
  isPromotionalLabel,
  nameWords,
  removePromotionalBlocks,
} from '../src/cli/promo-blocks.js';

// The story's own sentences: every one must survive.
const STORY = [
  'The city council voted 7 to 2 on Tuesday to extend the tram line to the northern harbour district.',
  'Construction is due to begin in March and the first trams should run by the autumn of the following year.',
  'Opponents said the 48 million euro budget left no room for the bus routes the line will replace.',
  'The mayor said the vote ended a debate that had lasted more than a decade.',
];

const junk = [
  'Advertisement',
  'Try SuperVPN free for 30 days',
  'Sponsored',
  'This luxury watch brand is changing',
  'Sign up for our morning newsletter',
  'Get the top stories in your inbox',
  'Related stories',
  'Harbour bridge reopens after repairs',
];

/** A page as a news site serves it: obfuscated class names, the ad inside the article body. */
const NEWS_PAGE = `<!doctype html>
<html><head><title>Council extends tram line | Harbour Courier</title>
<meta property="og:site_name" content="Harbour Courier"></head>
<body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<main>
<article class="story-body">
<h1>Council extends tram line to the harbour</h1>
<p class="byline">By Anna Reyes</p>
<p>${STORY[0]}</p>
<div class="css-1k9d2x"><p class="css-label">Advertisement</p><div class="css-8s7f1"><p>Try SuperVPN free for 30 days. Stream anything, anywhere, with no logs kept and no questions asked.</p></div></div>
<p>${STORY[1]}</p>
<aside class="SponsoredContent"><span>Sponsored</span><p>This luxury watch brand is changing how collectors think about heirlooms, one hand-finished dial at a time.</p></aside>
<p>${STORY[2]}</p>
<section class="inline-newsletter"><h3>Sign up for our morning newsletter</h3><p>Get the top stories in your inbox every weekday at 7 a.m.</p><form><input type="email"></form></section>
<p>${STORY[3]}</p>
<div class="recirc"><h2>Related stories</h2><ul><li><a href="/a">Harbour bridge reopens after repairs</a></li><li><a href="/b">Bus fares to rise in January</a></li></ul></div>
</article>
</main>
<footer>© Harbour Courier</footer>
</body></html>`;

describe('promotional blocks before Readability', () => {
  it('keeps every story sentence and none of the advertisement, sponsored, newsletter or related text', () => {
    const page = htmlToArticle(NEWS_PAGE);
    expect(page.extractor).toBe('readability');
    for (const sentence of STORY) expect(page.text).toContain(sentence);
    for (const text of junk) expect(page.text).not.toContain(text);
  });

  it('does not fire on a story that talks about advertising, newsletters and related cases', () => {
    const sentences = [
      'The advertisement campaign was sponsored by the tourism board and ran for six weeks.',
      'Readers of the newsletter were asked whether the two related cases should be heard together.',
      'A promotion for the deputy mayor was announced on Friday after the vote.',
    ];
    const html = `<html><head><title>T</title></head><body><article class="article-header-loaded">${sentences
      .map((sentence) => `<p>${sentence} The council will publish the minutes next week.</p>`)
      .join('')}<p class="download-links">Related</p></article></body></html>`;
    const page = htmlToArticle(html);
    for (const sentence of sentences) expect(page.text).toContain(sentence);
  });
});

describe('isPromotionalByName', () => {
  const element = (attributes: string) => {
    const { document } = parseHTML(`<html><body><div ${attributes}>x</div></body></html>`);
    return document.querySelector('div') as never;
  };

  it('matches class and id words of ad furniture', () => {
    expect(isPromotionalByName(element('class="ad-slot top"'))).toBe(true);
    expect(isPromotionalByName(element('class="AdContainer"'))).toBe(true);
    expect(isPromotionalByName(element('id="taboola-below-article"'))).toBe(true);
    expect(isPromotionalByName(element('data-ad-slot="12"'))).toBe(true);
  });

  it('does not match words that merely contain "ad"', () => {
    expect(isPromotionalByName(element('class="header lead loaded"'))).toBe(false);
    expect(isPromotionalByName(element('id="download-gradient"'))).toBe(false);
    expect(isPromotionalByName(element('class="story-body"'))).toBe(false);
  });

  it('splits names on separators and case changes', () => {
    expect(nameWords('AdContainer ad-slot_top')).toEqual(['ad', 'container', 'ad', 'slot', 'top']);
  });
});

describe('isPromotionalLabel', () => {
  it('recognises whole labels', () => {
    for (const label of [
      'Advertisement',
      'ADVERTISEMENT',
      'Sponsored content',
      'Sponsored by Acme Bank',
      'Related stories',
      'More on this story',
      'Sign up for our morning newsletter',
      'Read more:',
    ]) {
      expect(isPromotionalLabel(label)).toBe(true);
    }
  });

  it('never takes a sentence for a label', () => {
    for (const text of [
      'The advertisement was withdrawn.',
      'Related charges were dropped on Monday.',
      'Sponsored events drew 3,000 visitors.',
      'More than 40 people were hurt.',
    ]) {
      expect(isPromotionalLabel(text)).toBe(false);
    }
  });

  it('removes only the small labelled box, never the article that holds the label', () => {
    const long = 'The council met for six hours before the vote was called. '.repeat(20);
    const { document } = parseHTML(
      `<html><body><article><p>Advertisement</p><p>${long}</p></article></body></html>`,
    );
    expect(removePromotionalBlocks(document as never)).toBe(1);
    expect(document.querySelector('article')?.textContent).toContain('six hours');
    expect(document.querySelector('article')?.textContent).not.toContain('Advertisement');
  });
});
