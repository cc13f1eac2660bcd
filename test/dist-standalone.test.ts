// The built package runs with its runtime dependencies only: natural is a devDependency whose
// two pure modules are bundled into dist, so dist must never require 'natural' at run time and
// must give exactly the results the source gives. `npm test` builds first (pretest).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSentences } from '../src/index.js';

const REPO = path.resolve(import.meta.dirname, '..');

// Pairs whose scores depend on the Porter stemmer (inflections) and on Jaro–Winkler (a
// misspelt surname, a transliteration variant).
const PAIRS: [string, string][] = [
  [
    'The ministers were meeting in Geneva on Tuesday to discuss tariffs.',
    'The minister met in Geneva on Tuesday, discussing the tariff.',
  ],
  [
    'Chancellor Olaf Scholz arrived in Tokyo on Monday.',
    'Chancellor Olaf Scholtz arrived in Tokyo on Monday.',
  ],
  [
    'President Volodymyr Zelensky addressed the assembly.',
    'President Volodymyr Zelenskyy addressed the assembly.',
  ],
  ['Flooding closed 14 schools across the region.', 'Officials reopened the harbour bridge.'],
];

const PROBE = `
const scores = PAIRS.map(([a, b]) => mod.compareSentences(a, b));
const loaded = typeof require === 'function' ? Object.keys(require.cache) : [];
process.stdout.write(JSON.stringify({ scores, natural: loaded.filter((p) => /[\\\\/]natural[\\\\/]/.test(p)) }));
`;

let project: string;

beforeAll(() => {
  if (!existsSync(path.join(REPO, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it via pretest).');
  }
  // A project holding a copy of dist and links to the runtime dependencies only.
  project = mkdtempSync(path.join(tmpdir(), 'corroborate-standalone-'));
  cpSync(path.join(REPO, 'dist'), path.join(project, 'dist'), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  mkdirSync(path.join(project, 'node_modules', '@mozilla'), { recursive: true });
  for (const name of Object.keys(manifest.dependencies)) {
    symlinkSync(path.join(REPO, 'node_modules', name), path.join(project, 'node_modules', name));
  }
  cpSync(path.join(REPO, 'package.json'), path.join(project, 'package.json'));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

function runIn(type: 'module' | 'commonjs'): { scores: unknown[]; natural: string[] } {
  const load =
    type === 'module'
      ? `const mod = await import('./dist/index.js');`
      : `const mod = require('./dist/index.cjs');`;
  const output = execFileSync(
    process.execPath,
    [`--input-type=${type}`, '-e', `const PAIRS = ${JSON.stringify(PAIRS)};\n${load}\n${PROBE}`],
    { cwd: project, encoding: 'utf8' },
  );
  return JSON.parse(output);
}

describe('dist without natural installed', () => {
  it('natural is not a runtime dependency', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).not.toContain('natural');
    expect(Object.keys(manifest.devDependencies)).toContain('natural');
  });

  it('natural cannot be resolved from the standalone project', () => {
    expect(() =>
      execFileSync(process.execPath, ['-e', `require.resolve('natural/package.json')`], {
        cwd: project,
        stdio: 'pipe',
      }),
    ).toThrow();
  });

  it('the CJS build loads no natural file and scores as the source does', () => {
    const result = runIn('commonjs');
    expect(result.natural).toEqual([]);
    expect(result.scores).toEqual(PAIRS.map(([a, b]) => compareSentences(a, b)));
  });

  it('the ESM build scores as the source does', () => {
    const result = runIn('module');
    expect(result.scores).toEqual(PAIRS.map(([a, b]) => compareSentences(a, b)));
  });

  it('ships the licence of the bundled natural modules and no source maps', () => {
    const notices = readFileSync(path.join(project, 'dist', 'THIRD_PARTY_NOTICES.md'), 'utf8');
    expect(notices).toContain('natural');
    expect(notices).toContain('Permission is hereby granted');
    expect(readFileSync(path.join(project, 'dist', 'index.cjs'), 'utf8')).toContain(
      'THIRD_PARTY_NOTICES.md',
    );
    expect(readdirSync(path.join(project, 'dist')).filter((name) => name.endsWith('.map'))).toEqual(
      [],
    );
  });

  it('dist/cli.js imports the library entry instead of bundling it again', () => {
    const cli = readFileSync(path.join(project, 'dist', 'cli.js'), 'utf8');
    expect(cli).toMatch(/from "\.\/index\.js"/);
    // The analysis pipeline lives in index.js only: not in cli.js, its chunks or the worker.
    const others = readdirSync(path.join(project, 'dist')).filter(
      (name) => name.endsWith('.js') && name !== 'index.js' && name !== 'index.cjs',
    );
    expect(others).toContain('story-worker.js');
    // The ESM entry re-exports the CJS build: the library ships once.
    expect(readFileSync(path.join(project, 'dist', 'index.js'), 'utf8')).toContain(
      "import library from './index.cjs';",
    );
    for (const name of others) {
      expect(readFileSync(path.join(project, 'dist', name), 'utf8')).not.toContain(
        'function analyze(',
      );
    }
  });
});
