import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Most integration tests wait on child processes, sockets and timers rather than on a CPU, so
    // more workers than cores (vitest's default is one fewer than the cores) finish the suite sooner.
    maxWorkers: 4,
    // In CI a JSON report is written too, so .ci/run can print one "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.tmp/vitest-results.json' },
    projects: [
      { test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'actions/*/src/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // The integration tests run dist/: refuse a dist/ that was not built from these sources.
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
