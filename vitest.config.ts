import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by name, as users do; tests run them against the source.
  resolve: { alias: { corroborate: fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // One module registry per worker, not per file: loading the library, compromise and the
    // office table again for each of 74 files took more than half of the suite's time (vitest
    // 146 s -> 64 s on 2 cores). Tests that check module state at import call vi.resetModules().
    isolate: false,
  },
});
