import { isAscii } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { build, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { asFunction } from './src/core/script.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const LOADER = fileURLToPath(new URL('./src/core/load.ts', import.meta.url));

/**
 * `@diemmac/core`, wherever a worker thread's code imports it, becomes a small module that takes
 * the core's exports from `loadCore()` (src/core/load.ts): the core itself is built apart, as
 * dist/core.cjs, and loaded through V8's code cache. One copy, in every thread.
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
      // `__subpath(name)`.
      const sub = args.path === 'core' ? undefined : args.path;
      const module = sub ? await import(`@diemmac/core/${sub}`) : await import('@diemmac/core');
      const names = Object.keys(module).filter((n) => n !== 'default');
      const from = sub ? `loadCore().__subpath(${JSON.stringify(sub)})` : 'loadCore()';
      return {
        contents: `import { loadCore } from ${JSON.stringify(LOADER)};\nexport const { ${names.join(', ')} } = ${from};\n`,
        loader: 'js',
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      };
    });
  },
};

/**
 * commander needs node:child_process only to run a subcommand kept in a file of its own, which
 * diemmac has none of; loading it (with node:net and node:dgram) is a millisecond or two of every
 * start. This gives commander the one function it uses, loading child_process when called.
 */
const lazyChildProcess: Plugin = {
  name: 'diemmac-lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'diemmac-lazy' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'diemmac-lazy' }, () => ({
      contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);",
      loader: 'js',
    }));
  },
};

/**
 * Leaves no character beyond ASCII in a script of dist/, so V8 holds its half megabyte of source as
 * one byte a character, read as Latin-1 by a plain copy (src/core/load.ts) rather than decoded from
 * UTF-8 at every start. esbuild's `charset: 'ascii'` escapes strings and names but not a regular
 * expression literal ("Đ" in `/^HĐND$/`), so each such literal becomes `new RegExp("^H\\u0110ND$")`
 * with the same pattern and flags: the same expression, a new object at each evaluation as a
 * literal is, the same `source` (a zod pattern and the JSON Schema show it), checked here.
 */
function asciiOnly(file: string): void {
  const code = readFileSync(file, 'utf8');
  const edits: { start: number; end: number; text: string }[] = [];
  const program = parse(code, { ecmaVersion: 'latest', allowReturnOutsideFunction: true });
  visit(program as unknown as Node, (node, parent) => {
    if (node.type === 'Identifier' && node.name === 'RegExp' && binds(node, parent)) {
      throw new Error(`${file}: RegExp is rebound at ${node.start}, new RegExp would not be the built-in`);
    }
    const regex = node.regex as { pattern: string; flags: string } | undefined;
    if (node.type !== 'Literal' || !regex || !NON_ASCII.test(String(node.raw))) return;
    const literal = new Function(`return ${String(node.raw)}`)() as RegExp;
    if (literal.source !== new RegExp(regex.pattern, regex.flags).source) {
      throw new Error(`${file}: ${String(node.raw)} would not keep its source`);
    }
    const args = [regex.pattern, ...(regex.flags ? [regex.flags] : [])].map(asciiString);
    edits.push({ start: node.start, end: node.end, text: ` new RegExp(${args.join(',')})` });
  });
  let out = code;
  for (const { start, end, text } of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
  if (!isAscii(Buffer.from(out))) throw new Error(`${file} is not ASCII after escaping`);
  if (out !== code) writeFileSync(file, out);
}

/**
 * Writes a script of dist/ as the function the loader calls (src/core/script.ts), after every other
 * edit: the loader then compiles the file's text as read, with no megabyte-long copy to wrap it.
 */
function wrapForLoader(file: string): void {
  writeFileSync(file, asFunction(readFileSync(file, 'utf8')));
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every node of an ESTree tree with its parent, depth first. */
function visit(node: Node, enter: (node: Node, parent: Node | undefined) => void, parent?: Node): void {
  enter(node, parent);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string') {
        visit(child as Node, enter, node);
      }
    }
  }
}

/** Where a name is bound rather than read: `RegExp` there would shadow the built-in. */
const BINDING = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassDeclaration',
  'ClassExpression',
  'CatchClause',
  'ArrayPattern',
  'RestElement',
  'UpdateExpression',
]);
const binds = (node: Node, parent: Node | undefined) =>
  parent !== undefined &&
  (BINDING.has(parent.type) ||
    (parent.type === 'VariableDeclarator' && parent.id === node) ||
    ((parent.type === 'AssignmentExpression' || parent.type === 'AssignmentPattern') &&
      parent.left === node));

const NON_ASCII = /[^\0-\x7f]/;
/** A JavaScript string literal of `text` in ASCII: JSON's escapes, then \\u for each unit beyond. */
const asciiString = (text: string) =>
  JSON.stringify(text).replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** What every CommonJS script of dist/ shares: one file each, for V8's code cache (src/core/load.ts). */
const SCRIPT = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  // ASCII output (Vietnamese letters as \u escapes) loads faster than UTF-8 source text.
  charset: 'ascii',
  logLevel: 'warning',
} as const;

/**
 * Asked of the loader (src/core/load.ts, `hostRequire`), so each is in the process once: zod and
 * yaml come from the copies inside core.cjs (src/core/shared.ts).
 */
const FROM_LOADER = [
  '@diemmac/core',
  '@diemmac/core/*',
  '@diemmac/notice',
  '@diemmac/reader',
  '@diemmac/sheets',
  'zod',
  'yaml',
];

/** The core's subpaths that core.cjs evaluates at their first use. */
const LAZY_SUBPATHS = ['register', 'followup', 'summary', 'vocabulary'];
/** Where a package's ES module is (its "import" export). */
const esmPath = (id: string) => fileURLToPath(import.meta.resolve(id));

export default defineConfig({
  // The worker threads' own code, as ES modules (.mjs: dist/ is CommonJS, see dist/package.json
  // below); the start (dist/bin.js) and the command line (dist/cli.cjs) are built below.
  entry: {
    worker: 'src/check/worker.ts',
    'recount-worker': 'src/commands/recount-worker.ts',
  },
  format: ['esm'],
  outExtension: () => ({ js: '.mjs' }),
  platform: 'node',
  target: 'node20',
  splitting: true,
  clean: true,
  dts: false,
  sourcemap: false,
  // Start-up time is the CLI's first impression: one bundle loads in half the time of a few
  // hundred node_modules files.
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
    // The start, dist/bin.js, is CommonJS: Node's ES module loader costs a start about 3% of its
    // instructions (measured: 934 against 967 million for a check), for nothing a script needs.
    // dist/package.json says so to Node; bin/package.json does the same for bin/diemmac.js.
    writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
    await build({
      ...SCRIPT,
      entryPoints: { bin: 'src/bin.ts' },
      outfile: 'dist/bin.js',
      define: { __DIEMMAC_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__diemmacUrl' },
      banner: { js: 'var __diemmacUrl=require("node:url").pathToFileURL(__filename).href;' },
    });
    // The command line: commander, every command, the report writers. Commands load lazily
    // (esbuild wraps each in a function run at its first import), so a check never evaluates
    // `render`'s code; the notice renderer, the reader and the sheets are scripts of their own.
    await build({
      ...SCRIPT,
      entryPoints: { cli: 'src/cli.ts' },
      outfile: 'dist/cli.cjs',
      external: FROM_LOADER,
      plugins: [lazyChildProcess],
      // import() becomes require(), which the loader answers: a script run by node:vm cannot import.
      supported: { 'dynamic-import': false },
      define: { __DIEMMAC_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__diemmacUrl' },
      banner: { js: 'var __diemmacUrl=require("node:url").pathToFileURL(__filename).href;' },
    });
    asciiOnly('dist/cli.cjs');
    wrapForLoader('dist/cli.cjs');
    // The packages only some commands need, with their libraries (.docx, .xlsx, Word reading).
    for (const name of ['notice', 'reader', 'sheets']) {
      await build({
        ...SCRIPT,
        entryPoints: [`@diemmac/${name}`],
        outfile: `dist/${name}.cjs`,
        // Their own yaml (the reader's): src/core/shared.ts lists only what the CLI uses.
        external: FROM_LOADER.filter((id) => id.startsWith('@diemmac/')),
        supported: { 'dynamic-import': false },
      });
      // The reader's patterns are built from templates with Vietnamese words (String.raw): it stays
      // UTF-8, read so by the loader, and loads only for a notice as written.
      if (name !== 'reader') asciiOnly(`dist/${name}.cjs`);
      wrapForLoader(`dist/${name}.cjs`);
    }
    // The core with zod, yaml and decimal.js, as one CommonJS script for src/core/load.ts.
    await build({
      // Imported as ESM, so zod's unused parts (its locales among them) are left out.
      stdin: {
        contents: [
          "export * from '@diemmac/core';",
          "export * as __shared from './src/core/shared.ts';",
          "import * as adapters from '@diemmac/core/adapters';",
          // The subpaths a check does not use are evaluated at their first use (esbuild wraps a
          // required module in a function): 11 million instructions of every start otherwise.
          // Required by the path of their ES module: the name would give the package's CommonJS
          // build, a second copy of the core.
          `const lazy = { ${LAZY_SUBPATHS.map((sub) => `${sub}: () => require(${JSON.stringify(esmPath(`@diemmac/core/${sub}`))})`).join(', ')}, adapters: () => adapters };`,
          'export const __subpath = (name) => lazy[name]();',
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
    asciiOnly('dist/core.cjs');
    wrapForLoader('dist/core.cjs');
    // The schema editors read through the `# yaml-language-server: $schema=` line of `init`.
    const { supervisionJsonSchema } = await import('@diemmac/core');
    writeFileSync('dist/supervision.schema.json', `${JSON.stringify(supervisionJsonSchema(), null, 2)}\n`);
  },
});
