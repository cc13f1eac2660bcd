// The natural adapter must load only natural's pure modules: no dotenv, no output, no env change.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  jaroWinklerSimilarity,
  MAX_JARO_WINKLER_LENGTH,
  MAX_STEMMABLE_LENGTH,
  porterStem,
} from '../src/text/natural-adapter.js';
import { clearStemCache, STEM_CACHE_LIMIT, stem, stemCacheSize } from '../src/text/stem.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

describe('natural adapter', () => {
  it('importing it prints nothing, leaves process.env alone and loads no natural root', () => {
    const script = `
      const before = JSON.stringify(process.env);
      const writes = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = (chunk) => { writes.push(String(chunk)); return true; };
      const mod = await import('./src/text/natural-adapter.ts');
      const stem = mod.porterStem('meetings');
      process.stdout.write = write;
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      write(JSON.stringify({
        envChanged: before !== JSON.stringify(process.env),
        writes,
        stem,
        heavy: loaded.filter((p) => /natural[\\\\/]lib[\\\\/]natural[\\\\/]index\\.js$|[\\\\/]dotenv[\\\\/]/.test(p)),
        naturalModules: loaded.filter((p) => /[\\\\/]natural[\\\\/]/.test(p)).length,
      }));
    `;
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, encoding: 'utf8' },
    );
    const result = JSON.parse(output);
    expect(result.writes).toEqual([]);
    expect(result.envChanged).toBe(false);
    expect(result.stem).toBe('meet');
    expect(result.heavy).toEqual([]);
    // Porter stemmer + its stopword list and tokenizer + Jaro-Winkler: a handful, not ~870.
    expect(result.naturalModules).toBeLessThan(10);
  });

  it('is the only file in src/ that imports natural, and only by deep path', () => {
    const importers: string[] = [];
    for (const path of sourceFiles(`${root}src`)) {
      if (path.endsWith('.d.ts')) continue;
      const source = readFileSync(path, 'utf8');
      if (/from ['"]natural['"]|require\(['"]natural['"]\)/.test(source)) {
        throw new Error(`${path} imports the root of natural`);
      }
      if (/from ['"]natural\//.test(source)) importers.push(path.slice(root.length));
    }
    expect(importers).toEqual(['src/text/natural-adapter.ts']);
  });

  it('stems English words with Porter', () => {
    expect(porterStem('presidents')).toBe('presid');
    expect(porterStem('meeting')).toBe('meet');
    expect(porterStem('relations')).toBe('relat');
  });

  it('leaves over-long words unstemmed instead of running quadratic regexes', () => {
    const word = 'bcd'.repeat(3_000);
    expect(porterStem(word)).toBe(word);
    expect(porterStem('x'.repeat(MAX_STEMMABLE_LENGTH + 1))).toHaveLength(MAX_STEMMABLE_LENGTH + 1);
  });

  it('scores Jaro-Winkler similarity of names', () => {
    expect(jaroWinklerSimilarity('zelensky', 'zelenskyy')).toBeGreaterThan(0.95);
    expect(jaroWinklerSimilarity('busan', 'beijing')).toBeLessThan(0.8);
    expect(jaroWinklerSimilarity('takaichi', 'takaichi')).toBe(1);
  });

  it('does not run Jaro-Winkler on over-long strings', () => {
    const long = 'a'.repeat(MAX_JARO_WINKLER_LENGTH + 1);
    expect(jaroWinklerSimilarity(long, `${long}b`)).toBe(0);
    expect(jaroWinklerSimilarity(long, long)).toBe(1);
  });
});

describe('stem (memoised)', () => {
  it('returns the Porter stem of plain lower-case words', () => {
    expect(stem('talks')).toBe('talk');
    expect(stem('agreed')).toBe('agre');
  });

  it('leaves non-ASCII, hyphenated and digit words unchanged', () => {
    expect(stem('jae-myung')).toBe('jae-myung');
    expect(stem('f-35')).toBe('f-35');
    expect(stem('m\u00FCller')).toBe('m\u00FCller');
  });

  it('caches results and clears the cache when it is full', () => {
    clearStemCache();
    stem('meetings');
    expect(stemCacheSize()).toBe(1);
    for (let i = 0; i < STEM_CACHE_LIMIT; i++) stem(`w${i.toString(36).replace(/\d/g, 'q')}x`);
    expect(stemCacheSize()).toBeLessThanOrEqual(STEM_CACHE_LIMIT);
    expect(stem('meetings')).toBe('meet');
  });

  it('does not cache over-long words', () => {
    clearStemCache();
    stem('z'.repeat(MAX_STEMMABLE_LENGTH + 5));
    expect(stemCacheSize()).toBe(0);
  });
});
