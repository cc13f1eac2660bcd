import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, sniffHtmlCharset } from '../src/cli/decode-text.js';
import {
  commonDirectory,
  holdsArticles,
  MAX_ARTICLE_FILE_BYTES,
  readInputs,
} from '../src/cli/read-inputs.js';
import { CorroborateError } from '../src/errors.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'corroborate-read-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes files under a fresh folder of `root` and returns the folder. */
async function folder(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const directory = path.join(root, name);
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(directory, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return directory;
}

async function read(inputs: string[], cwd = root) {
  const notes: string[] = [];
  const warnings: string[] = [];
  const articles = await readInputs(inputs, {
    cwd,
    onNote: (message) => notes.push(message),
    onWarning: (message) => warnings.push(message),
  });
  return { articles, notes, warnings };
}

async function failure(inputs: string[], cwd = root): Promise<CorroborateError> {
  try {
    await read(inputs, cwd);
  } catch (error) {
    if (error instanceof CorroborateError) return error;
    throw error;
  }
  throw new Error('expected readInputs to fail');
}

describe('readInputs: one reader per extension', () => {
  it('.txt: the first line is the title and the whole file stays the text', async () => {
    const text = 'Leaders Meet in Zenda\n\nLeaders met in Zenda on Monday.\n';
    const directory = await folder('txt', { 'zenda.txt': text });
    const { articles } = await read([path.join(directory, 'zenda.txt')]);
    expect(articles).toEqual([
      { article: { id: 'zenda', text, title: 'Leaders Meet in Zenda' }, file: 'txt/zenda.txt' },
    ]);
  });

  it('.txt: a first line too long for a headline is not taken as the title', async () => {
    const directory = await folder('txt-long', { 'long.txt': `${'word '.repeat(100)}\nMore.` });
    const { articles } = await read([directory]);
    expect(articles[0]?.article.title).toBeUndefined();
  });

  it('.md: front matter and syntax are read, the line structure kept', async () => {
    const markdown = [
      '---',
      'title: "Summit Opens"',
      'source: Example Wire',
      'date: 2025-06-02',
      'url: https://example.com/summit',
      '---',
      '# Summit *opens* in Zenda',
      '',
      'Leaders met in **Zenda** on [Monday](https://example.com/monday).',
      '- Tariffs were on the agenda.',
    ].join('\n');
    const directory = await folder('md', { 'summit.md': markdown });
    const { articles } = await read([directory]);
    expect(articles[0]?.article).toEqual({
      id: 'summit',
      title: 'Summit Opens',
      source: 'Example Wire',
      url: 'https://example.com/summit',
      publishedAt: '2025-06-02',
      text: 'Summit opens in Zenda\n\nLeaders met in Zenda on Monday.\nTariffs were on the agenda.',
    });
  });

  it('.md: a bad front matter date is refused, naming the file', async () => {
    const directory = await folder('md-bad-date', { 'a.md': '---\ndate: yesterday\n---\nText.' });
    const error = await failure([directory]);
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toMatch(
      /^md-bad-date\/a\.md: .*publishedAt "yesterday" is not a real calendar date/,
    );
  });

  it('.html: main text with block breaks; script, navigation and footer dropped; metadata read', async () => {
    const html = `<!doctype html><html><head>
      <title>Summit | Example</title>
      <meta property="og:title" content="Summit opens in Zenda">
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2025-06-02T08:00:00Z">
      <script>window.tracking = "script text";</script>
      </head><body>
      <nav><a href="/">Home</a><a href="/world">World</a></nav>
      <article><h1>Summit opens in Zenda</h1>
      <p>Leaders gathered in Zenda on Monday for the trade summit, the first in three years.</p>
      <p>Prime Minister Flavia Strelsau opened the talks<br>with a call for lower tariffs on grain and steel.</p>
      <script>document.write("inline script text")</script>
      <p>The summit runs for three days and ends with a joint statement on Wednesday.</p>
      </article>
      <footer>Copyright Example News. All rights reserved.</footer>
      </body></html>`;
    const directory = await folder('html', { 'summit.html': html });
    const { articles } = await read([directory]);
    const article = articles[0]?.article;
    expect(article).toMatchObject({
      id: 'summit',
      title: 'Summit opens in Zenda',
      source: 'Example News',
      publishedAt: '2025-06-02',
    });
    expect(article?.text).toContain(
      'Leaders gathered in Zenda on Monday for the trade summit, the first in three years.\n\nPrime Minister Flavia Strelsau opened the talks\nwith a call',
    );
    expect(article?.text).not.toMatch(/script text|Home|World|Copyright/);
  });

  it('.html: a <time datetime> gives the date; an invalid date is left unset', async () => {
    const directory = await folder('html-dates', {
      'a.html':
        '<html><body><article><time datetime="2025-06-02">June 2</time><p>Text here.</p></article></body></html>',
      'b.html':
        '<html><head><meta property="article:published_time" content="2025-13-45"></head><body><p>Text.</p></body></html>',
    });
    const { articles } = await read([directory]);
    expect(articles.map(({ article }) => article.publishedAt)).toEqual(['2025-06-02', undefined]);
  });

  it('.html: 10,000 nested elements neither crash nor hang', async () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}Deep text survives.${'</div>'.repeat(10_000)}</body></html>`;
    const unclosed = `<html><body>${'<div><p><span>'.repeat(10_000)}Unclosed text survives.`;
    const directory = await folder('html-deep', { 'deep.html': deep, 'unclosed.html': unclosed });
    const { articles } = await read([directory]);
    expect(articles.map(({ article }) => article.text)).toEqual([
      'Deep text survives.',
      'Unclosed text survives.',
    ]);
  });

  it('.json: one article, or an array whose items without id are numbered', async () => {
    const directory = await folder('json', {
      'one.json': JSON.stringify({ id: 'own-id', text: 'Alone.', source: 'Solo' }),
      'many.json': JSON.stringify([{ text: 'First.' }, { text: 'Second.', id: 'named' }]),
    });
    const { articles } = await read([directory]);
    expect(articles.map(({ article }) => article)).toEqual([
      { id: 'many#1', text: 'First.' },
      { id: 'named', text: 'Second.' },
      { id: 'own-id', text: 'Alone.', source: 'Solo' },
    ]);
  });

  it('.json: a bad article names the file and the item', async () => {
    const directory = await folder('json-bad', {
      'list.json': JSON.stringify([{ text: 'ok' }, { text: 3 }]),
    });
    const error = await failure([path.join(directory, 'list.json')]);
    expect(error.message).toMatch(
      /^json-bad\/list\.json:2: item 2 \(id "list#2"\)\.text must be a string, but it is a number\./,
    );
  });

  it('.json: malformed JSON names the file', async () => {
    const directory = await folder('json-broken', { 'broken.json': '{"text": ' });
    const error = await failure([directory]);
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toMatch(/^json-broken\/broken\.json: not valid JSON/);
  });

  it('.json without a "text" field is skipped in a folder but refused when named', async () => {
    const directory = await folder('json-meta', {
      'article.txt': 'Title\n\nBody.',
      'expected.json': JSON.stringify({ outliers: [] }),
    });
    const { articles, notes } = await read([directory]);
    expect(articles.map(({ article }) => article.id)).toEqual(['article']);
    expect(notes).toContain(
      'skipped json-meta/expected.json: JSON without a "text" field is not an article',
    );
    const error = await failure([path.join(directory, 'expected.json')]);
    expect(error.message).toMatch(
      /expected\.json: the article \(id "expected"\)\.text must be a string/,
    );
  });

  it('.jsonl: one article per line; blank lines ignored; a bad line is named by number', async () => {
    const directory = await folder('jsonl', {
      'feed.jsonl': `${JSON.stringify({ id: 'a', text: 'One.' })}\n\n${JSON.stringify({ text: 'Two.' })}\r\n`,
      'bad.jsonl': `${JSON.stringify({ id: 'x', text: 'Fine.' })}\n{"id": "y", "text": oops}\n`,
    });
    const { articles } = await read([path.join(directory, 'feed.jsonl')]);
    expect(articles.map(({ article, line }) => [article.id, line])).toEqual([
      ['a', 1],
      ['feed#3', 3],
    ]);
    const error = await failure([path.join(directory, 'bad.jsonl')]);
    expect(error.message).toMatch(/^jsonl\/bad\.jsonl:2: this line is not valid JSON/);
    expect(error.details).toMatchObject({ file: 'jsonl/bad.jsonl', line: 2 });
  });
});

describe('readInputs: folders, ids and guards', () => {
  it('reads folders recursively in sorted order, ids relative to the common folder', async () => {
    const directory = await folder('tree', {
      'b.txt': 'B\n\nText.',
      'a/z.md': '# Z\n\nText.',
      'a/c.txt': 'C\n\nText.',
      'notes.pdf': 'not read',
      '.hidden/x.txt': 'hidden',
    });
    const { articles, notes } = await read([directory]);
    expect(articles.map(({ article }) => article.id)).toEqual(['a/c', 'a/z', 'b']);
    expect(notes).toEqual([
      'skipped tree/.hidden: hidden',
      'skipped tree/notes.pdf: not one of .txt .md .markdown .html .htm .json .jsonl',
    ]);
  });

  it('reads a file named twice (directly and through its folder, or a symlink) once', async () => {
    const directory = await folder('twice', { 'a.txt': 'A\n\nText.' });
    await symlink(path.join(directory, 'a.txt'), path.join(root, 'link-to-a.txt'));
    const { articles } = await read([directory, path.join(directory, 'a.txt'), 'link-to-a.txt']);
    expect(articles).toHaveLength(1);
  });

  it('refuses two files that give the same id', async () => {
    const directory = await folder('same-id', { 'story.txt': 'T\n\nA.', 'story.md': '# T\n\nB.' });
    const error = await failure([directory]);
    expect(error.message).toBe(
      'same-id/story.txt and same-id/story.md both give the article id "story"; ids must be unique (rename a file or set "id" in the JSON).',
    );
  });

  it('names a missing path, and an unsupported file given by name', async () => {
    expect((await failure(['nowhere/at-all.txt'])).message).toBe(
      'nowhere/at-all.txt: cannot read it (no such file or directory).',
    );
    const directory = await folder('pdf', { 'paper.pdf': '%PDF' });
    expect((await failure([path.join(directory, 'paper.pdf')])).message).toMatch(
      /paper\.pdf: cannot read \.pdf; give \.txt, \.md/,
    );
  });

  it(`refuses an article file over ${MAX_ARTICLE_FILE_BYTES / 1024 / 1024} MiB without reading it`, async () => {
    const directory = await folder('huge', { 'huge.txt': '' });
    await truncate(path.join(directory, 'huge.txt'), MAX_ARTICLE_FILE_BYTES + 1);
    const error = await failure([directory]);
    expect(error.message).toBe(
      `huge/huge.txt: ${MAX_ARTICLE_FILE_BYTES + 1} bytes is over the 16 MiB limit for .txt files; split or trim it.`,
    );
  });

  it('replaces invalid UTF-8 with U+FFFD and warns', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from(' Zenda\n\nText.'),
    ]);
    const directory = await folder('latin', { 'bad.txt': bytes });
    const { articles, warnings } = await read([directory]);
    expect(articles[0]?.article.text).toBe('Caf\uFFFD\uFFFD Zenda\n\nText.');
    expect(warnings).toEqual([
      'latin/bad.txt: not valid utf-8; unreadable bytes were replaced with U+FFFD.',
    ]);
  });

  it('reports progress once before reading and after each file', async () => {
    const directory = await folder('progress', { 'a.txt': 'A', 'b.txt': 'B' });
    const calls: [number, number][] = [];
    await readInputs([directory], {
      cwd: root,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });
});

describe('reader helpers', () => {
  it('decodeText honours BOMs and a declared charset, and keeps valid UTF-8 as is', () => {
    expect(decodeText(Buffer.from('\uFEFFplain', 'utf8'))).toEqual({
      text: 'plain',
      encoding: 'utf-8',
      replaced: false,
    });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00])).text).toBe('A');
    expect(decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'windows-1252')).toMatchObject({
      text: 'Café',
      replaced: false,
    });
    expect(decodeText(Buffer.from('Zürich 이재명', 'utf8'), 'no-such-charset').text).toBe(
      'Zürich 이재명',
    );
  });

  it('sniffHtmlCharset finds a meta charset in the first kilobyte only', () => {
    expect(sniffHtmlCharset(Buffer.from('<meta charset="ISO-8859-1"><p>x'))).toBe('ISO-8859-1');
    expect(
      sniffHtmlCharset(
        Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
      ),
    ).toBe('windows-1252');
    expect(
      sniffHtmlCharset(Buffer.from(`${' '.repeat(2000)}<meta charset="latin1">`)),
    ).toBeUndefined();
  });

  it('holdsArticles: objects with "text", or lists with one; not other JSON', () => {
    expect(holdsArticles({ text: 'x' })).toBe(true);
    expect(holdsArticles([{ title: 'x' }, { text: 'y' }])).toBe(true);
    expect(holdsArticles({ outliers: [] })).toBe(false);
    expect(holdsArticles([1, 2])).toBe(false);
  });

  it('commonDirectory is the deepest shared folder', () => {
    expect(commonDirectory(['/a/b/c', '/a/b/d', '/a/b'])).toBe('/a/b');
    expect(commonDirectory(['/a/b', '/x'])).toBe('/');
  });
});
