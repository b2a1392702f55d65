import { defineConfig } from 'tsup';

// The server bundle, the operator's `admin` command, and the notice renderer's worker thread
// (loaded by file name from beside server.js: see src/server/supervisions/render-pool.ts).
// `vite build` writes the front end into dist/public first, so tsup must not clean dist.
export default defineConfig({
  entry: {
    server: 'src/server/main.ts',
    admin: 'src/server/admin.ts',
    'notice-worker': 'src/server/supervisions/notice-worker.mjs',
  },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: false,
  dts: false,
  // zod comes with @diemmac/core: one copy, so the core's schemas and ours agree.
  external: ['zod'],
});
