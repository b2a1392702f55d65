import { defineConfig } from 'tsup';

// The server bundle. `vite build` writes the front end into dist/public first, so tsup
// must not clean dist.
export default defineConfig({
  entry: { server: 'src/server/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: false,
  dts: false,
  // zod comes with @diemmac/core: one copy, so the core's schemas and ours agree.
  external: ['zod'],
});
