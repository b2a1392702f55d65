import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  entry: { bin: 'src/bin.ts', worker: 'src/check/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: true,
  clean: true,
  dts: false,
  sourcemap: false,
  // Start-up time is the CLI's first impression: one bundle (core, zod, yaml, commander)
  // loads in half the time of a few hundred node_modules files. Everything is bundled, the
  // notice renderer and its .docx library too, so `render` uses the one copy of the core;
  // they sit in chunks that only `render` imports.
  noExternal: [/.*/],
  // Names are kept (an internal error's stack stays readable): full minification measured no faster.
  minifySyntax: true,
  minifyWhitespace: true,
  // Bundled CommonJS packages (yaml, commander) require node built-ins.
  banner: {
    js: "import { createRequire as __diemmacRequire } from 'node:module'; const require = __diemmacRequire(import.meta.url);",
  },
  // ASCII output (Vietnamese letters as \u escapes) loads faster than UTF-8 source text.
  esbuildOptions(options) {
    options.charset = 'ascii';
  },
  define: { __DIEMMAC_VERSION__: JSON.stringify(pkg.version) },
  async onSuccess() {
    // The schema editors read through the `# yaml-language-server: $schema=` line of `init`.
    const { supervisionJsonSchema } = await import('@diemmac/core');
    writeFileSync('dist/supervision.schema.json', `${JSON.stringify(supervisionJsonSchema(), null, 2)}\n`);
  },
});
