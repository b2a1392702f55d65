import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, ROOT } from './helpers.js';

// The built CLI as it ships: what each command loads, and that the core exists once.
const DIST = dirname(BIN);
const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'));
const text = (chunk: string) => readFileSync(join(DIST, chunk), 'utf8');

/** The specifiers a chunk imports: statically (loaded with it) or through import(). */
function imports(chunk: string): { static: string[]; dynamic: string[] } {
  const code = text(chunk);
  const statics = [
    ...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']/g),
  ];
  const dynamics = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)];
  return { static: statics.map((m) => m[1]!), dynamic: dynamics.map((m) => m[1]!) };
}

/** Every chunk loaded, before any code runs, when `entry` is imported. */
function loadedWith(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (chunk: string) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const s of imports(chunk).static) if (s.startsWith('./')) visit(s.slice(2));
  };
  visit(entry);
  return seen;
}

const commandChunk = (name: string) => {
  const found = chunks.find((c) => c.startsWith(`${name}-`));
  if (!found) throw new Error(`no chunk for ${name}`);
  return found;
};

describe('the built CLI', () => {
  it('imports nothing from node_modules at run time: one copy of the core, shared by every command', () => {
    for (const chunk of chunks) {
      const { static: s, dynamic: d } = imports(chunk);
      for (const specifier of [...s, ...d]) {
        if (!specifier.startsWith('./') && !builtinModules.includes(specifier.replace(/^node:/, ''))) {
          expect.fail(`${chunk} imports ${specifier}`);
        }
      }
    }
  });

  it('loads the .docx writer only for render', () => {
    // The writer (the docx library's Packer), not the reader's mammoth, which names the same part.
    const docx = chunks.filter((c) => text(c).includes('word/document.xml') && text(c).includes('Packer'));
    expect(docx.length).toBe(1);
    for (const command of ['check', 'rules', 'explain', 'init', 'schema']) {
      expect(loadedWith(commandChunk(command)), command).not.toContain(docx[0]);
    }
    expect(loadedWith('bin.js')).not.toContain(docx[0]);
    expect(imports(commandChunk('render')).dynamic.map((s) => s.slice(2))).toContain(docx[0]);
  });

  it('loads the reader of notices as written (and its .docx library) only when check is given one', () => {
    const reader = chunks.filter((c) => text(c).includes('word/document.xml') && !text(c).includes('Packer'));
    expect(reader).toHaveLength(1);
    expect(loadedWith(commandChunk('check'))).not.toContain(reader[0]);
    expect(imports(commandChunk('check')).dynamic.length).toBeGreaterThan(0);
  });

  it('holds the core once, in core.cjs, which needs nothing but Node', () => {
    const defines = (code: string) => code.includes('function parseSupervision(');
    expect(defines(readFileSync(join(DIST, 'core.cjs'), 'utf8'))).toBe(true);
    expect(chunks.filter((c) => defines(text(c)))).toEqual([]);
    const required = [...readFileSync(join(DIST, 'core.cjs'), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)];
    for (const [, name] of required) expect(builtinModules).toContain(name!.replace(/^node:/, ''));
  });

  it('starts without the core: --version and --help load only the command line', () => {
    const loader = chunks.filter((c) => text(c).includes('core.cjs'));
    expect(loader.length).toBe(1);
    expect(loadedWith('bin.js')).not.toContain(loader[0]);
    const program = chunks.find((c) => c.startsWith('program-'))!;
    expect(loadedWith(program)).not.toContain(loader[0]);
    expect(loadedWith(commandChunk('check'))).toContain(loader[0]);
    expect(loadedWith('worker.js')).toContain(loader[0]);
  });

  it('runs the core once per process, however many of its subpaths a command imports', () => {
    // A preloaded hook counts the runs of core.cjs's compiled script.
    const hook = join(mkdtempSync(join(tmpdir(), 'diemmac-runs-')), 'count.cjs');
    writeFileSync(
      hook,
      `const vm = require('node:vm'); let runs = 0;
const run = vm.Script.prototype.runInThisContext;
vm.Script.prototype.runInThisContext = function (...args) { runs++; return run.apply(this, args); };
process.on('exit', () => process.stderr.write('core runs: ' + runs + '\\n'));`,
    );
    for (const args of [
      ['check', EXAMPLE, '--today', '20/11/2024'],
      ['followup', EXAMPLE, '--as-of', '30/11/2026'],
    ]) {
      const r = spawnSync(process.execPath, ['-r', hook, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr, args[0]).toContain('core runs: 1\n');
    }
  });
});
