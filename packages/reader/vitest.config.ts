import { defineConfig } from 'vitest/config';

// The PDF test starts Chromium; give it room on a two-core machine.
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
