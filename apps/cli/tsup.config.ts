import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const LOADER = fileURLToPath(new URL('./src/core/load.ts', import.meta.url));

/**
 * `@diemmac/core`, wherever the CLI or the notice renderer imports it, becomes a small module
 * that takes the core's exports from `loadCore()` (src/core/load.ts): the core itself is built
 * apart, as dist/core.cjs, and loaded through V8's code cache. One copy, for every command.
 */
const coreThroughCache: Plugin = {
  name: 'diemmac-core-through-cache',
  setup(b) {
    b.onResolve(
      { filter: /^@diemmac\/core(\/(register|followup|summary|vocabulary|adapters))?$/ },
      (args) => ({
        path: args.path === '@diemmac/core' ? 'core' : args.path.slice('@diemmac/core/'.length),
        namespace: 'diemmac-core',
      }),
    );
    b.onLoad({ filter: /.*/, namespace: 'diemmac-core' }, async (args) => {
      // A subpath's API (the register for `recount`, the follow-up for `followup` and the notice's
      // and sheets' imports of it, the summary for `summary`, the vocabulary for the notice and
      // `explain`, the adapters' helpers for every command) rides in the same core.cjs, under
      // __register, __followup, __summary, __vocabulary, __adapters.
      const sub = args.path === 'core' ? undefined : args.path;
      const module = sub ? await import(`@diemmac/core/${sub}`) : await import('@diemmac/core');
      const names = Object.keys(module).filter((n) => n !== 'default');
      const from = sub ? `loadCore().__${sub}` : 'loadCore()';
      return {
        contents: `import { loadCore } from ${JSON.stringify(LOADER)};\nexport const { ${names.join(', ')} } = ${from};\n`,
        loader: 'js',
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      };
    });
  },
};

export default defineConfig({
  entry: {
    bin: 'src/bin.ts',
    worker: 'src/check/worker.ts',
    'recount-worker': 'src/commands/recount-worker.ts',
  },
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
  esbuildPlugins: [coreThroughCache],
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
    // The core with zod, yaml and decimal.js, as one CommonJS script for src/core/load.ts.
    await build({
      // Imported as ESM, so zod's unused parts (its locales among them) are left out.
      stdin: {
        contents: [
          "export * from '@diemmac/core';",
          "export * as __register from '@diemmac/core/register';",
          "export * as __followup from '@diemmac/core/followup';",
          "export * as __summary from '@diemmac/core/summary';",
          "export * as __vocabulary from '@diemmac/core/vocabulary';",
          "export * as __adapters from '@diemmac/core/adapters';",
        ].join('\n'),
        resolveDir: '.',
        loader: 'js',
      },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile: 'dist/core.cjs',
      minifySyntax: true,
      minifyWhitespace: true,
      charset: 'ascii',
      logLevel: 'warning',
    });
    // The schema editors read through the `# yaml-language-server: $schema=` line of `init`.
    const { supervisionJsonSchema } = await import('@diemmac/core');
    writeFileSync('dist/supervision.schema.json', `${JSON.stringify(supervisionJsonSchema(), null, 2)}\n`);
  },
});
