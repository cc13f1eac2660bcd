import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// natural's two pure modules (Porter stemmer, Jaro–Winkler) are bundled into dist so that
// installing corroborate does not install natural (51 packages, 76 MB). Only these deep
// paths are inlined; the package root is never imported (see src/text/natural-adapter.ts).
const BUNDLED_NATURAL_MODULES = [
  /^natural\/lib\/natural\/stemmers\/porter_stemmer\.js$/,
  /^natural\/lib\/natural\/distance\/jaro-winkler_distance\.js$/,
];

/** Writes dist/THIRD_PARTY_NOTICES.md with the licence of every module bundled into dist. */
function writeThirdPartyNotices(): void {
  const naturalRoot = path.resolve('node_modules/natural');
  const { version } = JSON.parse(readFileSync(path.join(naturalRoot, 'package.json'), 'utf8'));
  const license = readFileSync(path.join(naturalRoot, 'LICENSE.txt'), 'utf8').trim();
  writeFileSync(
    'dist/THIRD_PARTY_NOTICES.md',
    [
      '# Third-party notices',
      '',
      `dist/index.js and dist/index.cjs include the Porter stemmer and Jaro–Winkler modules of`,
      `natural ${version} (https://github.com/NaturalNode/natural), under this licence:`,
      '',
      '```',
      license,
      '```',
      '',
    ].join('\n'),
  );
}

/**
 * Writes dist/index.js, the ESM entry, as a re-export of the CommonJS build: the library (and
 * its office tables, most of its size) ships once instead of twice, and ESM and CJS users
 * share one module instance, so one `CorroborateError` class. Names are read from the built
 * CJS module, so the list cannot drift from src/index.ts.
 */
function writeEsmEntry(): void {
  const require = createRequire(import.meta.url);
  const cjsPath = path.resolve('dist/index.cjs');
  delete require.cache[cjsPath];
  const names = Object.keys(require(cjsPath)).sort();
  writeFileSync(
    'dist/index.js',
    [
      '/* corroborate — MIT. ESM entry: re-exports the CommonJS build (one copy of the library). */',
      "import library from './index.cjs';",
      '',
      `export const {\n${names.map((name) => `  ${name},`).join('\n')}\n} = library;`,
      '',
    ].join('\n'),
  );
  // dist/index.d.ts (re-exporting the CJS types) is written by scripts/write-esm-types.mjs
  // after tsup: the declaration step would replace it here.
}

// The command imports the library through `../index.js`; in dist that import stays an
// import of the sibling `./index.js` so the library is shipped once, not twice.
const libraryEntryIsExternal: Plugin = {
  name: 'corroborate-library-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}src${path.sep}cli${path.sep}`)
        ? { path: './index.js', external: true }
        : undefined,
    );
  },
};

// The analyzeAsync worker imports the library through `./index.js`; in dist that is a
// require of the sibling `./index.cjs`, the one copy of the library.
const workerLibraryIsExternal: Plugin = {
  name: 'corroborate-worker-library-external',
  setup(build) {
    build.onResolve({ filter: /^\.\/index\.js$/ }, (args) =>
      args.importer.endsWith(`${path.sep}src${path.sep}analyze-worker.ts`)
        ? { path: './index.cjs', external: true }
        : undefined,
    );
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    // CJS only: dist/index.js re-exports it (writeEsmEntry), so the library ships once.
    format: ['cjs'],
    dts: true,
    clean: true,
    // No source maps in the package: with embedded sources they were 4.9 MB of the 7.1 MB.
    sourcemap: false,
    target: 'node20',
    shims: true,
    treeshake: true,
    noExternal: BUNDLED_NATURAL_MODULES,
    banner: {
      js: '/* corroborate — MIT. Includes parts of natural (MIT): see THIRD_PARTY_NOTICES.md */',
    },
    onSuccess: async () => {
      writeThirdPartyNotices();
      writeEsmEntry();
    },
  },
  {
    // The analyzeAsync worker is its own file next to index.cjs; it requires the library
    // (`./index.cjs`) instead of bundling it a second time.
    entry: { 'analyze-worker': 'src/analyze-worker.ts' },
    format: ['cjs'],
    target: 'node20',
    sourcemap: false,
    esbuildPlugins: [workerLibraryIsExternal],
  },
  {
    // The --stories worker is its own file so `new Worker(new URL('./story-worker.js'))` finds it.
    entry: { cli: 'src/cli/main.ts', 'story-worker': 'src/cli/story-worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: false,
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryEntryIsExternal],
  },
]);
