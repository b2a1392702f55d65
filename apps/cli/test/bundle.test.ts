import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWrapped } from '../src/core/script.js';
import { BIN, EXAMPLE, ROOT } from './helpers.js';

// The built CLI as it ships: bin.js loads the command line (cli.cjs) and, when a command needs
// them, the core (core.cjs) and the notice, reader and sheets packages (notice.cjs, reader.cjs,
// sheets.cjs), each a script run once per process through the code cache (src/core/load.ts).
// The start (bin.js) is CommonJS too, as dist/package.json says; the worker threads' own code is
// in ES modules (.mjs) beside them.
const DIST = dirname(BIN);
const files = readdirSync(DIST);
const modules = files.filter((f) => f.endsWith('.mjs'));
const scripts = files.filter((f) => f.endsWith('.cjs') || f === 'bin.js');
const text = (file: string) => readFileSync(join(DIST, file), 'utf8');
const isBuiltin = (specifier: string) => builtinModules.includes(specifier.replace(/^node:/, ''));

/** What the loader answers for a script (src/core/load.ts, `hostRequire`), besides Node's own modules. */
const FROM_LOADER = [
  '@diemmac/core',
  '@diemmac/core/register',
  '@diemmac/core/followup',
  '@diemmac/core/summary',
  '@diemmac/core/vocabulary',
  '@diemmac/core/adapters',
  '@diemmac/notice',
  '@diemmac/reader',
  '@diemmac/sheets',
  'zod',
  'yaml',
];

/** The specifiers an ES module imports: statically (loaded with it) or through import(). */
function imports(file: string): string[] {
  const code = text(file);
  const statics = [
    ...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']/g),
  ];
  const dynamics = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)];
  return [...statics, ...dynamics].map((m) => m[1]!);
}

/** Runs the built CLI with a preloaded hook that lists the scripts of dist/ compiled, in order. */
function scriptsRun(args: readonly string[]): string[] {
  const hook = join(mkdtempSync(join(tmpdir(), 'diemmac-runs-')), 'scripts.cjs');
  writeFileSync(
    hook,
    `const vm = require('node:vm'); const names = [];
const Script = vm.Script;
vm.Script = class extends Script { constructor(code, options) { super(code, options); names.push(require('node:path').basename(options.filename)); } };
process.on('exit', () => process.stderr.write('scripts: ' + JSON.stringify(names) + '\\n'));`,
  );
  const r = spawnSync(process.execPath, ['-r', hook, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('scripts: '));
  if (!line) throw new Error(`no list of scripts: ${r.stderr}`);
  return JSON.parse(line.slice('scripts: '.length));
}

describe('the built CLI', () => {
  it('imports nothing from node_modules at run time: every library is bundled, the core asked of the loader', () => {
    for (const file of modules) {
      for (const specifier of imports(file)) {
        if (!specifier.startsWith('./') && !isBuiltin(specifier)) expect.fail(`${file} imports ${specifier}`);
      }
    }
    for (const file of scripts) {
      for (const [, specifier] of text(file).matchAll(/\brequire\("([^"]+)"\)/g)) {
        if (!isBuiltin(specifier!) && !FROM_LOADER.includes(specifier!))
          expect.fail(`${file} requires ${specifier}`);
      }
    }
  });

  it('holds the core once, in core.cjs, which needs nothing but Node', () => {
    const defines = (code: string) => code.includes('function parseSupervision(');
    expect(defines(text('core.cjs'))).toBe(true);
    expect([...modules, ...scripts].filter((f) => f !== 'core.cjs' && defines(text(f)))).toEqual([]);
    for (const [, name] of text('core.cjs').matchAll(/\brequire\("([^"]+)"\)/g))
      expect(isBuiltin(name!)).toBe(true);
  });

  it('keeps the .docx writer in notice.cjs, the reader of notices as written in reader.cjs', () => {
    // The writer (the docx library's Packer), not the reader's mammoth, which names the same part.
    const holding = (test: (code: string) => boolean) =>
      [...modules, ...scripts].filter((f) => test(text(f)));
    expect(holding((c) => c.includes('word/document.xml') && c.includes('Packer'))).toEqual(['notice.cjs']);
    expect(holding((c) => c.includes('word/document.xml') && !c.includes('Packer'))).toEqual(['reader.cjs']);
  });

  it('starts as CommonJS, from the installed command to the core: Node never loads its ES module loader', () => {
    expect(JSON.parse(text('package.json')).type).toBe('commonjs');
    const hook = join(mkdtempSync(join(tmpdir(), 'diemmac-esm-')), 'esm.cjs');
    writeFileSync(
      hook,
      `process.on('exit', () => process.stderr.write('esm: ' + process.moduleLoadList.some((m) => m.endsWith('esm/module_job')) + '\\n'));`,
    );
    const command = join(ROOT, 'apps/cli/bin/diemmac.js');
    const r = spawnSync(process.execPath, ['-r', hook, command, 'check', EXAMPLE, '--today', '20/11/2024'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('esm: false');
  });

  it('writes the command line, the core and the notice renderer in ASCII, so each loads as one byte a character', () => {
    for (const file of ['cli.cjs', 'core.cjs', 'notice.cjs']) {
      expect(isAscii(readFileSync(join(DIST, file))), file).toBe(true);
    }
  });

  it('writes each script the loader runs as the function it calls, so its text is compiled as read', () => {
    const loaded = scripts.filter((f) => f.endsWith('.cjs'));
    expect(loaded.sort()).toEqual(['cli.cjs', 'core.cjs', 'notice.cjs', 'reader.cjs', 'sheets.cjs']);
    for (const file of loaded) expect(isWrapped(text(file)), file).toBe(true);
  });

  it('starts without the core: --version and --help run only the command line', () => {
    expect(scriptsRun(['--version'])).toEqual(['cli.cjs']);
    expect(scriptsRun(['--help'])).toEqual(['cli.cjs']);
  });

  it("leaves stderr alone when a check has nothing to say there: making it loads Node's sockets or terminals", () => {
    const hook = join(mkdtempSync(join(tmpdir(), 'diemmac-stderr-')), 'stderr.cjs');
    writeFileSync(
      hook,
      `let touched = false;
const own = Object.getOwnPropertyDescriptor(process, 'stderr');
Object.defineProperty(process, 'stderr', { configurable: true, enumerable: own.enumerable, get() { touched = true; return own.get.call(this); } });
process.on('exit', () => require('node:fs').writeSync(1, 'stderr touched: ' + touched + '\\n'));`,
    );
    const touched = (args: readonly string[]) => {
      const r = spawnSync(process.execPath, ['-r', hook, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
      return r.stdout.split('\n').find((l) => l.startsWith('stderr touched: '));
    };
    // One file with findings: the report goes to stdout, and nothing to stderr.
    expect(touched(['check', EXAMPLE, '--today', '20/11/2024'])).toBe('stderr touched: false');
    // A mistake on the command line is written there, so it is made then.
    expect(touched(['check', EXAMPLE, '--format', 'xml'])).toBe('stderr touched: true');
  });

  it('runs the core once per process, and the notice renderer only for render', () => {
    expect(scriptsRun(['check', EXAMPLE, '--today', '20/11/2024'])).toEqual(['cli.cjs', 'core.cjs']);
    // followup imports the core and three of its subpaths.
    expect(scriptsRun(['followup', EXAMPLE, '--as-of', '30/11/2026'])).toEqual(['cli.cjs', 'core.cjs']);
    const out = join(mkdtempSync(join(tmpdir(), 'diemmac-render-')), 'tb.md');
    expect(scriptsRun(['render', EXAMPLE, '--to', 'md', '-o', out, '--today', '20/11/2024'])).toEqual([
      'cli.cjs',
      'core.cjs',
      'notice.cjs',
    ]);
  });
});
