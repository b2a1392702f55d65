import { defineConfig } from 'vitest/config';

// The end-to-end tests spawn the built CLI: `npm run build` first (turbo's `test` depends on `build`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
