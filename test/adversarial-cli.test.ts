// Hostile files for the CLI: markup nested 10,000 deep, JSON of the wrong shape, prototype keys,
// impossible dates, broken encodings, files over the size caps, terminal escapes in content.
// Bad input must end as a CorroborateError (exit status 2), never an internal error (3).
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_ARTICLE_FILE_BYTES,
  MAX_COLLECTION_FILE_BYTES,
  readInputs,
} from '../src/cli/read-inputs.js';
import { type CliIO, EXIT } from '../src/cli/run.js';
import { CorroborateError } from '../src/index.js';
import { runCapturedCli } from './helpers/cli.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'corroborate-hostile-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const target = path.join(root, name);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
  return name;
}

async function read(name: string) {
  return readInputs([name], { cwd: root, onWarning: () => {}, onNote: () => {} });
}

/** The error code readInputs ends with, or 'ok'. */
async function readCode(name: string): Promise<string> {
  try {
    await read(name);
    return 'ok';
  } catch (error) {
    if (error instanceof CorroborateError) return error.code;
    throw error;
  }
}

const cli = (argv: string[], io: Partial<CliIO> = {}) => runCapturedCli(argv, root, io);

describe('malformed HTML', () => {
  const DEPTH = 10_000;
  const PAGES: Record<string, string> = {
    'unclosed divs': `${'<div>'.repeat(DEPTH)}President Trump met Xi in Busan.${'</span>'.repeat(DEPTH)}`,
    'nested paragraphs and bold': `<html><body>${'<div><p><b>'.repeat(DEPTH)}Text here. More text.`,
    'unclosed attribute quotes': '<a href="'.repeat(DEPTH),
    'unclosed comments': `${'<!--'.repeat(DEPTH)}text`,
    'unclosed CDATA': '<![CDATA['.repeat(DEPTH),
    'unclosed scripts': `${'<script>'.repeat(DEPTH)}alert(1)`,
    'lone angle brackets': '<'.repeat(2 * DEPTH),
    'entities out of range': `<p>${'&amp;'.repeat(DEPTH)}&#x110000;&#99999999;&#0;&#xD800;</p>`,
    'a 100,000-character tag name': `<${'a'.repeat(100_000)}>hi`,
    'nested tables and lists': `${'<table><tr><td><ul><li>'.repeat(DEPTH)}Cell text.`,
    'JSON-LD nested 100,000 deep': `<script type="application/ld+json">${'['.repeat(100_000)}</script><p>Text here.</p>`,
  };
  for (const [name, page] of Object.entries(PAGES)) {
    it(`reads ${name} without a crash or an internal error`, async () => {
      const fileName = await file(`html/${name.replaceAll(' ', '-')}.html`, page);
      const [found] = await read(fileName);
      expect(typeof found!.article.text).toBe('string');
      const { status, stderr } = await cli(['--json', fileName]);
      expect(stderr).not.toMatch(/internal error/);
      expect(status).toBe(EXIT.ok);
    });
  }

  it('keeps the text inside 10,000 unclosed divs', async () => {
    const [found] = await read(
      await file('html/text-inside.html', `${'<div>'.repeat(DEPTH)}Deep text.`),
    );
    expect(found!.article.text).toBe('Deep text.');
  });
});

describe('JSON of the wrong shape', () => {
  const BAD: Record<string, string> = {
    'id-number.json': '{"id": 5, "text": "x"}',
    'text-number.json': '{"text": 5}',
    'text-array.json': '{"text": ["a"]}',
    'numbers.json': '[1, 2, 3]',
    'string.json': '"just a string"',
    'null.json': 'null',
    'nested-arrays.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'impossible-date.json': '{"text": "x", "publishedAt": "2025-02-30"}',
    'date-number.json': '{"text": "x", "publishedAt": 12345}',
    'date-word.json': '{"text": "x", "publishedAt": "yesterday"}',
    'source-object.json': '{"text": "x", "source": {"toString": 1}}',
    'duplicate-ids.json': '[{"text": "x", "id": "a"}, {"text": "y", "id": "a"}]',
    'empty-id.json': '{"text": "x", "id": ""}',
    'truncated.json': '{"text": "x", "id": "a"',
    'control-character.json': '{"text": "a\u0001b"}',
    'number-2.jsonl': '{"text": "x"}\n{"text": 5}\n',
    'not-json.jsonl': '{"text": "x"}\nnot json\n',
    'array.jsonl': '[]\n',
    'nul.jsonl': '\u0000\n',
    'long-id.jsonl': `{"text": "x", "id": "${'i'.repeat(5000)}"}\n`,
  };
  for (const [name, content] of Object.entries(BAD)) {
    it(`refuses ${name} with INVALID_FILE naming the file, and the CLI exits 2`, async () => {
      const fileName = await file(`json/${name}`, content);
      expect(await readCode(fileName)).toBe('INVALID_FILE');
      const { status, stderr } = await cli([fileName]);
      expect(status).toBe(EXIT.badInput);
      expect(stderr).toContain(name);
    });
  }

  it('reads prototype-named ids and "__proto__" keys as plain data', async () => {
    const jsonl = await file(
      'json/prototype.jsonl',
      [
        '{"text": "Merz met Macron in Berlin.", "id": "constructor"}',
        '{"text": "Merz hosted Macron in Berlin.", "id": "toString"}',
        '{"text": "Macron visited Berlin.", "id": "__proto__", "__proto__": {"polluted": 1}}',
      ].join('\n'),
    );
    const articles = await read(jsonl);
    expect(articles.map((found) => found.article.id)).toEqual([
      'constructor',
      'toString',
      '__proto__',
    ]);
    const { status } = await cli(['--json', jsonl]);
    expect(status).toBe(EXIT.ok);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts far-away but real dates', async () => {
    const json = await file(
      'json/far-dates.json',
      '[{"id": "old", "text": "Merz met Macron.", "publishedAt": "0001-01-01"}, {"id": "new", "text": "Merz met Macron.", "publishedAt": "9999-12-31"}]',
    );
    const { status } = await cli(['--json', json]);
    expect(status).toBe(EXIT.ok);
  });
});

describe('encodings and sizes', () => {
  it('reads UTF-16 with a byte-order mark, and invalid UTF-8 with a warning', async () => {
    const utf16 = await file(
      'enc/utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello world.', 'utf16le')]),
    );
    expect((await read(utf16))[0]!.article.text).toBe('Hello world.');
    const bad = await file(
      'enc/bad.txt',
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x41]),
    );
    const { status, stderr } = await cli(['--json', bad]);
    expect(status).toBe(EXIT.ok);
    expect(stderr).toMatch(/not valid utf-8/);
  });

  it('refuses an article file one byte over the cap, without reading it', async () => {
    const name = await file('size/big.txt', '');
    await truncate(path.join(root, name), MAX_ARTICLE_FILE_BYTES + 1);
    expect(await readCode(name)).toBe('INVALID_FILE');
    const json = await file('size/big.json', '');
    await truncate(path.join(root, json), MAX_COLLECTION_FILE_BYTES + 1);
    expect(await readCode(json)).toBe('INVALID_FILE');
  });
});

describe('terminal escapes in file content', () => {
  // BUG (read-inputs.ts, readJsonLines/readJson): JSON.parse's message quotes the offending
  // text, and the CLI prints that message to stderr as is. A file can then send escape
  // sequences (retitle the terminal, clear it, write the clipboard with OSC 52) to whoever
  // runs `corroborate` on it. Control characters from files should be escaped in messages.
  it('never writes control characters from a file to stderr', async () => {
    const name = await file('escape/title.jsonl', '\u001b]0;pwned\u0007\u001b[2J\n');
    const { status, stderr } = await cli([name]);
    expect(status).toBe(EXIT.badInput);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('escapes control characters of ids in the terminal report', async () => {
    const name = await file(
      'escape/report.jsonl',
      '{"id": "a\\u001b[31mred", "text": "Merz met Macron in Berlin."}\n{"id": "b", "text": "Merz met Macron."}\n',
    );
    const { status, stdout } = await cli([name]);
    expect(status).toBe(EXIT.ok);
    expect(stdout).not.toContain('\u001b');
  });
});
