import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/analysis.js';
import { CorroborateError } from '../src/errors.js';
import { computeAgreementMatrix } from '../src/report/agreement-matrix.js';
import { evidenceContext } from '../src/report/evidence-context.js';
import { renderHtmlReport } from '../src/report/html.js';
import { escapeHtml } from '../src/report/html-escape.js';
import {
  evidenceFor,
  sampleAnalysis,
  sampleArticles,
  twoArticleAnalysis,
} from './fixtures/sample-analysis.js';
import { hostileCases } from './helpers/hostile-inputs.js';

const html = renderHtmlReport(sampleAnalysis, sampleArticles);

function cell(matrix: ReturnType<typeof computeAgreementMatrix>, a: string, b: string) {
  const row = matrix.ids.indexOf(a);
  const column = matrix.ids.indexOf(b);
  return matrix.cells[row]?.[column];
}

describe('renderHtmlReport: a self-contained page', () => {
  it('loads nothing: no external URL, no link, img, iframe or src attribute', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=/i);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
  });

  it('pins its one style and one script by hash in a strict Content-Security-Policy', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    const script = /<script>([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(csp).not.toContain('unsafe');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
  });

  it('shows the knowledge snapshot date, reference date and consensus', () => {
    expect(html).toContain('office holders known up to 2025-05-31');
    expect(html).toContain('knowledge base snapshot of 2025-05-31');
    expect(html).toContain('2025-06-02 (consensus of the articles');
    expect(html).toContain('possible: 4 independent sources');
  });

  it('ranks sources with score bars and marks the outlier row', () => {
    const rows = [...html.matchAll(/<tr class="source( outlier)?" data-article="([^"]*)">/g)];
    expect(rows.map((row) => row[2])).toEqual([
      'alpha-news',
      'gamma-post',
      'beta-times',
      'hostile&lt;script&gt;',
      'delta-daily',
    ]);
    expect(rows.filter((row) => row[1]).map((row) => row[2])).toEqual(['delta-daily']);
    expect(html).toContain('<rect class="fill poor" width="21" height="10"');
    expect(html).toContain('<rect class="fill good" width="93" height="10"');
  });

  it('shows under each trust the prior it started from, only when analysed with a ledger', () => {
    expect(html).not.toContain('class="muted prior"');
    expect(html).not.toContain('source ledger');
    const withPriors: Analysis = {
      ...sampleAnalysis,
      articles: sampleAnalysis.articles.map((article, index) => ({
        ...article,
        prior:
          index === 0
            ? { source: 'alpha <news>', trust: 1.234, reliability: 0.9 }
            : { source: `id:${article.id}`, trust: null, reliability: null },
      })),
    };
    const page = renderHtmlReport(withPriors, sampleArticles);
    expect(page).toContain(
      '<br><span class="muted prior" title="alpha &lt;news&gt;: reliability 0.90 in the ledger">from 1.23</span>',
    );
    expect(page.match(/class="muted prior"[^>]*>no record</g)).toHaveLength(
      sampleAnalysis.articles.length - 1,
    );
    expect(page).toContain('its track record in the source ledger');
  });

  it('draws a heatmap whose cells carry data-a, data-b, a share and a title', () => {
    expect(html).toMatch(
      /<td class="cell h0" data-a="delta-daily" data-b="alpha-news" data-compared="3" data-agreed="0" title="delta-daily and alpha-news agree on 0 of 3 shared facts \(0%\)">0%<\/td>/,
    );
    expect(html).toMatch(
      /<td class="cell h10" data-a="alpha-news" data-b="beta-times" data-compared="3" data-agreed="3" title="[^"]*">100%<\/td>/,
    );
    const cells = html.match(/<td class="cell [^"]*" data-a=/g) ?? [];
    expect(cells).toHaveLength(5 * 4);
  });

  it('lets each outlier reason open its sentence, with the span in <mark> inside its context', () => {
    expect(html).toContain(
      '<details class="reason reason-stale-figure"><summary><span class="kind">stale figure</span>Names Rudolf Elphberg',
    );
    expect(html).toContain(
      '<span class="sentence"><mark>Prime Minister Rudolf Elphberg</mark> opened the talks with a call for lower tariffs.</span>',
    );
    expect(html).toContain('Leaders met in <mark>Tarlenheim</mark> on Monday');
    expect(html).toContain('sentence 2 of delta-daily, characters 70–100');
  });

  it('lists aligned facts with consensus and dissent, disputed first', () => {
    const facts = [...html.matchAll(/<tr data-fact="([^"]*)" data-articles="([^"]*)"/g)];
    expect(facts.map((fact) => fact[1])).toEqual(['f1', 'f2', 'f3']);
    expect(facts[2]?.[2]).toBe(
      '[&quot;alpha-news&quot;,&quot;beta-times&quot;,&quot;gamma-post&quot;]',
    );
    expect(html).toContain('Place of the trade summit: <span class="consensus">Zenda</span>');
    expect(html).toContain(
      '<div class="dissent">Tarlenheim <span class="muted">(delta-daily)</span></div>',
    );
  });

  it('lists stale figures and copy clusters', () => {
    expect(html).toContain(
      'Rudolf Elphberg held the office of Prime Minister of Ruritania until 2023-06-30; on 2025-06-02 it was held by Flavia Strelsau.',
    );
    expect(html).toContain(
      '<span class="id" title="alpha-news">alpha-news</span>, <span class="id" title="gamma-post">gamma-post</span> <span class="muted">(94% of sentences aligned)</span>',
    );
  });

  it('escapes hostile article text, ids, titles and sources', () => {
    const hostileFacts = structuredClone(sampleAnalysis);
    const outlier = hostileFacts.outliers[0];
    if (!outlier) throw new Error('fixture changed');
    outlier.reasons.push({
      kind: 'low-score',
      message: 'Hostile <script>alert(1)</script> "reason"',
      evidence: [evidenceFor('hostile<script>', 1, '</textarea><img src=x onerror=alert(1)>')],
    });
    const page = renderHtmlReport(hostileFacts, sampleArticles);
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).not.toContain('</textarea>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>tags');
    expect(page).not.toMatch(/[\u2028\u2029]/);
    expect(page).toContain('&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('Title with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;');
    expect(page).toContain('O&#39;Hostile &lt;/textarea&gt;');
    expect(page).toContain('data-a="hostile&lt;script&gt;"');
    expect(page).toContain('Line&#x2028;separator and paragraph&#x2029;separator');
  });

  it('is deterministic: same bytes for any order, and no timestamp unless given one', () => {
    const shuffled: Analysis = structuredClone(sampleAnalysis);
    shuffled.articles.reverse();
    shuffled.facts.reverse();
    shuffled.outliers.reverse();
    shuffled.copies[0]?.ids.reverse();
    const before = structuredClone(shuffled);
    expect(renderHtmlReport(shuffled, [...sampleArticles].reverse())).toBe(html);
    expect(shuffled).toEqual(before);
    expect(html).not.toMatch(/Generated<\/dt>/);
    const stamped = renderHtmlReport(sampleAnalysis, sampleArticles, {
      generatedAt: '2025-06-03 09:00',
    });
    expect(stamped).toContain('<dt>Generated</dt><dd>2025-06-03 09:00</dd>');
  });

  it('falls back to the sentence alone when an article text is missing', () => {
    const page = renderHtmlReport(sampleAnalysis, []);
    expect(page).toContain(
      '<span class="sentence">Prime Minister Rudolf Elphberg opened the talks with a call for lower tariffs.</span>',
    );
  });

  it('reads well with nothing to report', () => {
    const page = renderHtmlReport(twoArticleAnalysis, []);
    expect(page).toContain('No article stands apart from the consensus.');
    expect(page).toContain('No sentence is stated by more than one article.');
    expect(page).toContain('None: every article is independent.');
    expect(page).toContain('data-a="alpha-news" data-b="beta-times" data-compared="0"');
  });

  it('rejects bad arguments with a CorroborateError that says what to fix', () => {
    const cases: [() => unknown, RegExp][] = [
      [
        () => renderHtmlReport(null as never, []),
        /analysis must be the object analyze\(\) returns/,
      ],
      [() => renderHtmlReport(sampleAnalysis, 'x' as never), /articles must be an array/],
      [
        () => renderHtmlReport(sampleAnalysis, [{ id: 'a' }] as never),
        /articles\[0\] must be an object with string id and text/,
      ],
      [
        () =>
          renderHtmlReport(sampleAnalysis, [
            { id: 'a', text: '' },
            { id: 'a', text: '' },
          ]),
        /repeats the id "a"/,
      ],
      [
        () => renderHtmlReport(sampleAnalysis, [], { title: 3 } as never),
        /options.title must be a string/,
      ],
      [
        () => renderHtmlReport(sampleAnalysis, [], { contextChars: -1 }),
        /contextChars must be a whole number/,
      ],
    ];
    for (const [call, message] of cases) {
      expect(call).toThrow(CorroborateError);
      expect(call).toThrow(message);
    }
  });
});

describe('computeAgreementMatrix', () => {
  it('counts shared facts and sides of their disputes', () => {
    const matrix = computeAgreementMatrix(sampleAnalysis);
    expect(matrix.ids).toEqual([
      'alpha-news',
      'gamma-post',
      'beta-times',
      'hostile<script>',
      'delta-daily',
    ]);
    // f1 and f2 are disputed by delta-daily; the duration contradiction adds a third item.
    expect(cell(matrix, 'alpha-news', 'delta-daily')).toMatchObject({
      compared: 3,
      agreed: 0,
      share: 0,
    });
    expect(cell(matrix, 'alpha-news', 'beta-times')).toMatchObject({
      compared: 3,
      agreed: 3,
      share: 1,
    });
    // Only f1 is shared with the hostile article, and both sides take the consensus there.
    expect(cell(matrix, 'hostile<script>', 'beta-times')).toMatchObject({ compared: 1, agreed: 1 });
    expect(cell(matrix, 'delta-daily', 'delta-daily')).toMatchObject({ compared: 0, share: null });
  });

  it('is symmetric', () => {
    const matrix = computeAgreementMatrix(sampleAnalysis);
    for (const a of matrix.ids) {
      for (const b of matrix.ids) {
        expect(cell(matrix, a, b)?.agreed).toBe(cell(matrix, b, a)?.agreed);
        expect(cell(matrix, a, b)?.compared).toBe(cell(matrix, b, a)?.compared);
      }
    }
  });

  it('does not count a contradiction twice when a shared fact already disputes the object', () => {
    // The place contradiction repeats f1's dispute: delta vs beta is 2 facts + 1 duration claim.
    const matrix = computeAgreementMatrix(sampleAnalysis);
    expect(cell(matrix, 'beta-times', 'delta-daily')?.compared).toBe(3);
  });

  it('counts a contradiction between articles that share no fact', () => {
    const analysis = structuredClone(sampleAnalysis);
    analysis.facts = [];
    const matrix = computeAgreementMatrix(analysis);
    expect(cell(matrix, 'alpha-news', 'delta-daily')).toMatchObject({ compared: 2, agreed: 0 });
    expect(cell(matrix, 'alpha-news', 'beta-times')).toMatchObject({ compared: 0, share: null });
  });

  it('treats two dissenters with the same value as agreeing', () => {
    const analysis = structuredClone(sampleAnalysis);
    const dispute = analysis.facts[0]?.disputes[0];
    if (!dispute?.dissent[0]) throw new Error('fixture changed');
    dispute.dissent[0].articles = ['delta-daily', 'hostile<script>'];
    const matrix = computeAgreementMatrix(analysis);
    expect(cell(matrix, 'delta-daily', 'hostile<script>')).toMatchObject({
      compared: 1,
      agreed: 1,
    });
  });

  it('counts a role conflict once per pair: same holder agrees, different holders disagree', () => {
    const analysis = structuredClone(sampleAnalysis);
    analysis.facts = [];
    const evidence = evidenceFor('beta-times', 1, 'Flavia Strelsau');
    const conflict = {
      roleId: 'rt_prime_minister',
      role: 'Prime Minister of Ruritania',
      sides: [
        { person: 'Flavia Strelsau', articles: ['alpha-news', 'beta-times'], evidence: [evidence] },
        { person: 'Rudolf Elphberg', articles: ['delta-daily'], evidence: [evidence] },
      ],
    };
    for (const article of analysis.articles) article.roleConflicts = [conflict];
    const delta = analysis.articles.find((article) => article.id === 'delta-daily');
    delta?.contradictions.push({
      ...(delta.contradictions[0] as (typeof delta.contradictions)[0]),
      object: 'role:rt_prime_minister',
    });
    const matrix = computeAgreementMatrix(analysis);
    expect(cell(matrix, 'alpha-news', 'beta-times')).toMatchObject({ compared: 1, agreed: 1 });
    // Place and duration contradictions, and the role counted once despite its contradiction.
    expect(cell(matrix, 'alpha-news', 'delta-daily')).toMatchObject({ compared: 3, agreed: 0 });
    expect(cell(matrix, 'gamma-post', 'delta-daily')).toMatchObject({ compared: 0, share: null });
  });

  it('keeps outliers when it cuts a large corpus to size', () => {
    const matrix = computeAgreementMatrix(sampleAnalysis, { maxArticles: 2 });
    expect(matrix.ids).toEqual(['alpha-news', 'delta-daily']);
    expect(matrix.totalArticles).toBe(5);
  });

  it('takes its size in an options object and refuses a bad one', () => {
    expect(() => computeAgreementMatrix(sampleAnalysis, 2 as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => computeAgreementMatrix(sampleAnalysis, { maxArticles: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});

describe('evidenceContext', () => {
  const text = 'First paragraph here.\n\nThe mayor, Jane Roe, spoke. Then she left.\n\nLast one.';
  const evidence = {
    sentence: 'The mayor, Jane Roe, spoke.',
    start: text.indexOf('Jane Roe'),
    end: text.indexOf('Jane Roe') + 'Jane Roe'.length,
  };

  it('splits the text into context, sentence and span', () => {
    expect(evidenceContext(text, evidence)).toEqual({
      cutBefore: false,
      before: 'First paragraph here.\n\n',
      sentenceBefore: 'The mayor, ',
      span: 'Jane Roe',
      sentenceAfter: ', spoke.',
      after: ' Then she left.\n\nLast one.',
      cutAfter: false,
      located: true,
    });
  });

  it('cuts long context at word boundaries', () => {
    const long = `${'word '.repeat(100)}${text}${' word'.repeat(100)}`;
    const shift = 500;
    const context = evidenceContext(
      long,
      { ...evidence, start: evidence.start + shift, end: evidence.end + shift },
      20,
    );
    expect(context.cutBefore).toBe(true);
    expect(context.cutAfter).toBe(true);
    // 20 characters back lands inside "First"; the cut moves forward to the next space.
    expect(context.before).toBe('paragraph here.\n\n');
    expect(context.after).toBe(' Then she left.\n');
    expect(context.span).toBe('Jane Roe');
  });

  it('falls back to the sentence when offsets do not fit the text', () => {
    for (const bad of [
      { ...evidence, start: -1 },
      { ...evidence, end: text.length + 1 },
      { ...evidence, start: 5, end: 2 },
      { ...evidence, start: 0, end: 5, sentence: 'Unrelated sentence.' },
    ]) {
      expect(evidenceContext(text, bad)).toMatchObject({ located: false, span: '' });
    }
    expect(evidenceContext(undefined, evidence).sentenceBefore).toBe(evidence.sentence);
  });

  it('finds the right occurrence when the span repeats in its sentence', () => {
    const repeated = 'Roe met Roe. Roe and Roe.';
    const second = repeated.lastIndexOf('Roe');
    const context = evidenceContext(repeated, {
      sentence: 'Roe and Roe.',
      start: second,
      end: second + 3,
    });
    expect(context).toMatchObject({
      sentenceBefore: 'Roe and ',
      span: 'Roe',
      before: 'Roe met Roe. ',
    });
  });

  it('never cuts a surrogate pair in half', () => {
    const emoji = `${'🇰🇷'.repeat(40)} Jane Roe spoke. ${'🇰🇷'.repeat(40)}`;
    const start = emoji.indexOf('Jane');
    const context = evidenceContext(
      emoji,
      { sentence: 'Jane Roe spoke.', start, end: start + 8 },
      7,
    );
    const shown = context.before + context.after;
    expect(shown).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });

  it('handles a one-letter span repeated through a megabyte-long sentence', () => {
    const sentence = 'a'.repeat(1_000_000);
    evidenceContext(sentence, { sentence, start: 999_999, end: 1_000_000 });
  });
});

describe('escapeHtml', () => {
  it('escapes markup, quotes and separators, and replaces controls and lone surrogates', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u2028`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;&#x2028;',
    );
    expect(escapeHtml('a\u0000b\u001bc\u0085d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeHtml('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
  });

  it('leaves plain text, tabs, newlines and surrogate pairs alone', () => {
    const text = 'Lee Jae-myung\t이재명\n🇰🇷 “quoted”';
    expect(escapeHtml(text)).toBe(text);
  });

  for (const hostile of hostileCases('escapeHtml')) {
    it(`escapes ${hostile.name} completely (medium size; fuzz/complexity.ts times the growth)`, () => {
      const out = escapeHtml(hostile.input(1));
      expect(out).not.toMatch(/[<\uD800]/);
      // Each "\uD800<" becomes "\uFFFD&lt;": two characters in, five out.
      expect(out.length).toBe((hostile.input(1).length / 2) * 5);
    });
  }
});
