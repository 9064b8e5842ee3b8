import { defineConfig } from 'vitest/config';

// The JSON report is what .ci/run counts ("tests: N passed, N failed").
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
