// Build step after tsup: the types of the ESM entry (dist/index.js re-exports the CommonJS
// build, see tsup.config.ts) are those of the CJS build, re-exported. Written after tsup
// because tsup's declaration step replaces declaration files in dist when it finishes.
import { existsSync, writeFileSync } from 'node:fs';

if (!existsSync('dist/index.d.cts')) {
  console.error('write-esm-types: dist/index.d.cts is missing; run tsup first.');
  process.exit(1);
}
writeFileSync('dist/index.d.ts', "export * from './index.cjs';\n");
