import { defineConfig } from 'vitest/config';

// Property tests run thousands of cases; on a two-core machine shared by turbo's parallel
// tasks they need more than vitest's default five seconds. Speed is measured in `npm run bench`.
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000 },
});
