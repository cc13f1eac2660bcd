import { describe, expect, it } from 'vitest';
import {
  headlineOf,
  isEmphasisDelimiter,
  MAX_HEADLINE_LENGTH,
  markdownToText,
  stripInline,
} from '../src/cli/markdown-to-text.js';
import { hostileCases } from './helpers/hostile-inputs.js';

describe('markdownToText', () => {
  it('keeps one output line per input line so paragraphs stay apart', () => {
    const { text } = markdownToText('# Title\n\nFirst paragraph.\nSame paragraph.\n\nSecond.');
    expect(text).toBe('Title\n\nFirst paragraph.\nSame paragraph.\n\nSecond.');
  });

  it('reads front matter keys case-insensitively and strips quotes', () => {
    const article = markdownToText(
      "---\nTitle: 'Quoted: with colon'\nPublisher: Wire\npublished_at: 2025-06-02\nignored: x\n---\nBody.",
    );
    expect(article).toEqual({
      title: 'Quoted: with colon',
      source: 'Wire',
      url: undefined,
      publishedAt: '2025-06-02',
      text: 'Body.',
    });
  });

  it('does not take a rule at the top for front matter when it never closes', () => {
    expect(markdownToText('---\nJust text after a rule.').text).toBe('Just text after a rule.');
  });

  it('takes the first heading as title without front matter, else the first line', () => {
    expect(markdownToText('Intro line\n\n## The Heading\n\nBody.').title).toBe('The Heading');
    expect(markdownToText('Intro line\n\nBody.').title).toBe('Intro line');
  });

  it('drops rules, setext underlines, table delimiters, link definitions, comments and fences', () => {
    const markdown = [
      'Heading',
      '=======',
      '***',
      '| City | Days |',
      '|:-----|-----:|',
      '| Zenda | 3 |',
      '[ref]: https://example.com',
      '<!-- a comment',
      'still a comment -->',
      '```js',
      'const kept = "code *as is*";',
      '```',
    ].join('\n');
    expect(markdownToText(markdown).text).toBe(
      'Heading\n\n\nCity  Days\n\nZenda  3\n\n\n\n\nconst kept = "code *as is*";\n',
    );
  });

  it('strips quotes, bullets, numbers and task boxes at line starts', () => {
    const { text } = markdownToText(
      '> > Quoted twice.\n- [x] Done item.\n12. Twelfth.\n* Star item.',
    );
    expect(text).toBe('Quoted twice.\nDone item.\nTwelfth.\nStar item.');
  });

  it('keeps a closing # that belongs to a word in a heading', () => {
    expect(markdownToText('# Learning C# #').text).toBe('Learning C#');
    expect(markdownToText('# Issue #5').text).toBe('Issue #5');
  });

  for (const hostile of hostileCases('markdownToText')) {
    it(`keeps one line per line of ${hostile.name} (medium size; fuzz/complexity.ts times the growth)`, () => {
      const markdown = hostile.input(1);
      const { title, text } = markdownToText(markdown);
      expect(title).toBe('x');
      expect(text.split('\n')).toHaveLength(markdown.split('\n').length);
    });
  }
});

describe('stripInline', () => {
  it('keeps link and image text, drops addresses, tags and backticks', () => {
    expect(stripInline('See [the report](https://x.y/r "t") and ![a chart](c.png).')).toBe(
      'See the report and a chart.',
    );
    expect(stripInline('A [reference link][r] and <span class="x">inline</span> `code`.')).toBe(
      'A reference link and inline code.',
    );
  });

  it('keeps autolinks and e-mail addresses, and text that only looks like a tag', () => {
    expect(stripInline('<https://example.com/a> or <desk@example.com>')).toBe(
      'https://example.com/a or desk@example.com',
    );
    expect(stripInline('if a < b and c > d')).toBe('if a < b and c > d');
  });

  it('keeps brackets that are not links', () => {
    expect(stripInline('[sic] and [1]')).toBe('[sic] and [1]');
  });

  it('turns backslash escapes into their character', () => {
    expect(stripInline('\\*not emphasis\\* and \\[not a link\\](x)')).toBe(
      '*not emphasis* and [not a link](x)',
    );
  });

  it('removes emphasis markers but keeps arithmetic, snake_case and long runs', () => {
    expect(stripInline('**bold**, *em*, __strong__, _em_ and ~~gone~~.')).toBe(
      'bold, em, strong, em and gone.',
    );
    expect(stripInline('2 * 3 = 6, snake_case_name, 5*4*3 and ****')).toBe(
      '2 * 3 = 6, snake_case_name, 5*4*3 and ****',
    );
  });
});

describe('isEmphasisDelimiter', () => {
  it('fires on a run that opens or closes a word (the motivating **bold**)', () => {
    expect(isEmphasisDelimiter('**bold**', 0, 2)).toBe(true);
    expect(isEmphasisDelimiter('**bold**', 6, 8)).toBe(true);
  });

  it('does not fire inside a word or between spaces', () => {
    expect(isEmphasisDelimiter('snake_case', 5, 6)).toBe(false);
    expect(isEmphasisDelimiter('2 * 3', 2, 3)).toBe(false);
  });
});

describe('headlineOf', () => {
  it('is the first non-blank line, trimmed', () => {
    expect(headlineOf('\n\n  Headline here  \nBody')).toBe('Headline here');
  });

  it(`is nothing when that line is longer than ${MAX_HEADLINE_LENGTH} characters or the text is blank`, () => {
    expect(headlineOf(`${'x'.repeat(MAX_HEADLINE_LENGTH + 1)}\nBody`)).toBeUndefined();
    expect(headlineOf(' \n\t\n')).toBeUndefined();
  });
});
