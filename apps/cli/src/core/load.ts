import { isAscii } from 'node:buffer';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { currentTuning } from '../check/tune.js';
import { VERSION } from '../version.js';
import { asFunction } from './script.js';

/**
 * Loads the bundled core (dist/core.cjs) with V8's code cache, the way Node 22's
 * `module.enableCompileCache()` would: Node 20 has no such switch, and compiling half a
 * megabyte of core, zod and yaml is a large part of `diemmac check`'s start. The first run
 * compiles and, when it exits, leaves the compiled code in a private folder of the user's
 * temporary directory; later runs read it back. Any problem with the cache (absent, stale,
 * unwritable, another owner) only means compiling again: the result is the same code.
 */
export function loadCore(): Record<string, unknown> {
  // Every module that imports the core or one of its subpaths asks: the core runs once, so there
  // is one Decimal, one zod and one of each cache, and its start is paid once.
  loaded ??= runScript('core.cjs', createRequire(fileURLToPath(new URL('./core.cjs', import.meta.url))));
  return loaded;
}

let loaded: Record<string, unknown> | undefined;
let saving = true;

/**
 * For a worker thread: read the caches, leave writing them to the main thread, so each has one
 * writer. (A flag rather than `isMainThread`: node:worker_threads is slow to load at every start.)
 */
export function readCachesOnly(): void {
  saving = false;
}

/**
 * The command line itself (dist/cli.cjs: commander, the commands, the report writers), loaded the
 * same way, through the code cache: an ES module graph of its size costs tens of milliseconds to
 * compile at every start. Its imports of the core and of the notice, reader and sheets packages
 * come here (`hostRequire`), so each exists once in the process.
 */
export function loadCli(): Record<string, unknown> {
  return script('cli.cjs');
}

/** The packages the command line loads only when a command needs them, each its own script. */
const PACKAGES: Readonly<Record<string, string>> = {
  '@diemmac/notice': 'notice.cjs',
  '@diemmac/reader': 'reader.cjs',
  '@diemmac/sheets': 'sheets.cjs',
};

const scripts = new Map<string, Record<string, unknown>>();
let nodeRequire: NodeJS.Require | undefined;

function script(name: string): Record<string, unknown> {
  let exports = scripts.get(name);
  if (!exports) {
    exports = runScript(name, hostRequire);
    scripts.set(name, exports);
  }
  return exports;
}

/**
 * `require` as the scripts of dist/ see it: the core, our packages, and the zod and yaml inside the
 * core (src/core/shared.ts) from here, Node's modules from Node.
 */
function hostRequire(id: string): unknown {
  if (id === '@diemmac/core') return loadCore();
  if (id.startsWith('@diemmac/core/'))
    return (loadCore().__subpath as (name: string) => unknown)(id.slice('@diemmac/core/'.length));
  if (id === 'zod' || id === 'yaml') return loadCore().__shared;
  const name = PACKAGES[id];
  if (name) return script(name);
  nodeRequire ??= createRequire(import.meta.url);
  return nodeRequire(id);
}

/** Runs dist/`name`, a CommonJS script, compiled from the code cache when one fits. */
function runScript(name: string, require: (id: string) => unknown): Record<string, unknown> {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
  const bytes = readFileSync(file);
  // The build writes the scripts in ASCII (tsup.config.ts): read as Latin-1, a plain copy into a
  // one-byte string, where UTF-8 would be decoded byte by byte.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const cache = cacheFile(name, file, source.length);
  let cachedData: Buffer | undefined;
  if (cache) {
    try {
      cachedData = readFileSync(cache);
    } catch {
      // Not made yet.
    }
  }
  const script = new Script(asFunction(source), { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  script.runInThisContext()(module.exports, require, module, file, dirname(file));
  // Saved at exit, so the functions this run compiled (reading, checking) are in it too.
  if (cache && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => {
      if (saving) save(cache, script.createCachedData());
    });
  }
  return module.exports;
}

/**
 * The cache's name: the script and this build of it (version, size, time), this Node, and how V8
 * compiles (the tuning: a cache made under other V8 flags is refused). Undefined when caching is off
 * (NODE_DISABLE_COMPILE_CACHE, as Node 22's cache reads it) or no private folder is at hand.
 */
function cacheFile(name: string, file: string, length: number): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const dir = privateDir();
    if (!dir) return undefined;
    const { mtimeMs } = statSync(file);
    const key = [
      VERSION,
      length,
      Math.trunc(mtimeMs),
      process.version,
      process.arch,
      TUNING_KEY[currentTuning()],
    ];
    return join(dir, `${name.replace(/\.cjs$/, '')}-${key.join('-')}.cache`);
  } catch {
    return undefined;
  }
}

/** A letter per tuning (check/tune.ts): a cache made under other V8 flags is refused. */
const TUNING_KEY = { quick: 'q', batch: 'b', default: 'o' } as const;

/**
 * `<tmp>/diemmac-<uid>`, made with mode 700 and used only if it is a real folder that this
 * user alone owns and can write: compiled code read back is run, so nobody else may put it there.
 */
function privateDir(): string | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const dir = join(tmpdir(), `diemmac-${uid}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch {
    // Exists already, or cannot be made: checked below.
  }
  const stat = lstatSync(dir);
  return stat.isDirectory() && stat.uid === uid && (stat.mode & 0o077) === 0 ? dir : undefined;
}

function save(cache: string, data: Buffer): void {
  const temp = `${cache}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { mode: 0o600, flag: 'wx' });
    renameSync(temp, cache);
    prune(cache);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Never made.
    }
  }
}

/** How many builds' caches of one script and one set of flags are kept: this one and the two newest others. */
const KEPT_BUILDS = 3;

/**
 * Removes the caches of older builds of the same script under the same V8 flags, keeping the
 * newest few: each build (and each upgrade) would otherwise leave another megabyte behind. Keeping
 * only its own, two installs used in turn (a global one and a project's) removed each other's
 * cache at every save, and both compiled from scratch at every run (measured: 250 against 160 ms
 * for a check). The other flags' caches stay, as a short check, a batch and the other commands
 * each read their own (check/tune.ts).
 */
function prune(cache: string): void {
  const dir = dirname(cache);
  const name = basename(cache);
  const script = name.slice(0, name.indexOf('-') + 1);
  const flags = name.slice(name.lastIndexOf('-'));
  const others: { file: string; made: number }[] = [];
  for (const other of readdirSync(dir)) {
    if (other === name || !other.startsWith(script) || !other.endsWith(flags)) continue;
    const file = join(dir, other);
    try {
      others.push({ file, made: statSync(file).mtimeMs });
    } catch {
      // Gone already.
    }
  }
  others.sort((a, b) => b.made - a.made);
  for (const { file } of others.slice(KEPT_BUILDS - 1)) {
    try {
      unlinkSync(file);
    } catch {
      // Gone already.
    }
  }
}
