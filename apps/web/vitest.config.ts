import { defineConfig } from 'vitest/config';

// Two projects: the API tests run in process (app.request()) against SQLite and, when
// TEST_DATABASE_URL is set, PostgreSQL; the e2e tests start the built server and drive Chromium.
export default defineConfig({
  test: {
    projects: [
      // Documents are rendered in worker threads, which start slowly on a loaded two-core machine.
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
