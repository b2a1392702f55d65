import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { formatIssue, type InputIssue, type Lang, parseCheckConfig, safeResolvePack } from '@diemmac/core';
import { locateIssues } from '../check/issues.js';
import { fail } from '../errors.js';
import { readInput } from '../io/read-input.js';
import { parseConfigFile } from './config.js';
import { type ChecksSetting, type PackSetting, packRuleCodes } from './setting.js';

/** The names a project's configuration may take, looked for in this order in each folder. */
export const CONFIG_NAMES = ['diemmac.config.yaml', 'diemmac.config.yml', 'diemmac.config.json'] as const;

export interface LoadPackOptions {
  /** `--pack PATH|PACKAGE`. */
  pack?: string | undefined;
  /** `--config FILE`: rules switched off or re-graded, laid over the pack's. */
  config?: string | undefined;
  /** Where to look for a diemmac.config file, upwards: the checked file's folder, or the current one. */
  from: string;
  cwd: string;
  lang: Lang;
  maxBytes: number;
}

/** What a command runs under, and the config file it came from (if any). */
export interface Loaded {
  setting: PackSetting;
  configFile?: string | undefined;
}

/**
 * The pack and checks a command runs under: `--pack` if given, else the `pack:` of the first
 * diemmac.config file found upwards from `from`, else the default pack; the config file's `checks:`
 * then `--config` laid over the pack's. Every file is validated here, once: a bad pack or
 * configuration stops the command (exit 2) with each issue at its line.
 *
 * @example
 * loadPack({ pack: 'examples/packs/phuong-thai-nguyen.yaml', from: '.', cwd: '.', lang: 'vi', maxBytes })
 */
export function loadPack(options: LoadPackOptions): Loaded {
  const configFile = findConfig(options.from);
  const config = configFile ? readConfigFile(configFile, options) : undefined;
  const packFile =
    options.pack !== undefined
      ? packFileOf(options.pack, options.cwd)
      : config?.pack !== undefined
        ? packFileOf(config.pack, dirname(configFile!), true)
        : undefined;
  const data = packFile ? readPack(packFile, options) : undefined;
  const codes = packRuleCodes(data);
  const checks: ChecksSetting[] = [];
  if (config?.checks !== undefined)
    checks.push(readChecks(config.checks, configFile!, ['checks'], codes, options));
  if (options.config !== undefined) {
    const input = readInput(options.config, options.maxBytes);
    checks.push(readChecks({ data: input.data, locate: input.locate }, options.config, [], codes, options));
  }
  return {
    setting: { data, file: packFile, ...(checks.length > 0 ? { checks } : {}) },
    configFile,
  };
}

/** The nearest diemmac.config.(yaml|yml|json) in `dir` or a folder above it. */
export function findConfig(dir: string): string | undefined {
  let at = resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const file = join(at, name);
      if (isFile(file)) return file;
    }
    const up = dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

const isFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

type Read = { data: unknown; locate: ReturnType<typeof readInput>['locate'] };

function readConfigFile(file: string, options: LoadPackOptions) {
  const input = readInput(file, options.maxBytes);
  const parsed = parseConfigFile(input.data);
  if (!parsed.ok) {
    fail({
      code: 'config.invalid',
      file,
      issues: locateIssues(parsed.issues, input.locate, options.lang, formatIssue),
    });
  }
  return {
    pack: parsed.value.pack,
    checks:
      parsed.value.checks === undefined
        ? undefined
        : { data: parsed.value.checks, locate: (p: (string | number)[]) => input.locate(['checks', ...p]) },
  };
}

/** Rules and conventions, checked against the codes of the rules that exist under the pack. */
function readChecks(
  read: Read,
  file: string,
  prefix: (string | number)[],
  codes: string[],
  options: LoadPackOptions,
): ChecksSetting {
  const parsed = parseCheckConfig(read.data, codes);
  if (!parsed.ok) {
    const issues: InputIssue[] = parsed.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
    const locate = (p: (string | number)[]) => read.locate(p.slice(prefix.length));
    fail({ code: 'config.invalid', file, issues: locateIssues(issues, locate, options.lang, formatIssue) });
  }
  const stated = typeof read.data === 'object' && read.data !== null && 'conventions' in read.data;
  return {
    rules: parsed.value.rules,
    ...(stated ? { conventions: [...parsed.value.conventions] } : {}),
  };
}

function readPack(file: string, options: LoadPackOptions): unknown {
  const input = readInput(file, options.maxBytes);
  const resolved = safeResolvePack(input.data);
  if (!resolved.ok) {
    fail({
      code: 'pack.invalid',
      file,
      issues: locateIssues(resolved.issues, input.locate, options.lang, formatIssue),
    });
  }
  return input.data;
}

/**
 * A pack's file: a YAML or JSON file (relative to `base`), or an npm package installed where the
 * command runs, whose package.json names its pack in `diemmac.pack` (or `diemmac: "file"`, or `main`).
 */
export function packFileOf(spec: string, base: string, fromConfig = false): string {
  const direct = isAbsolute(spec) ? spec : resolve(base, spec);
  if (isFile(direct)) return direct;
  const looksLikePath = /^\.{0,2}[\\/]/.test(spec) || ['.yaml', '.yml', '.json'].includes(extname(spec));
  if (!looksLikePath) {
    const dir = packageDir(spec, base);
    if (dir) {
      const file = packOfPackage(dir);
      if (file) return file;
      fail({ code: 'pack.not-found', given: spec, package: true });
    }
  }
  fail({ code: 'pack.not-found', given: fromConfig ? direct : spec, package: false });
}

/** The folder of package `name` in a node_modules of `base` or above, as Node would find it. */
function packageDir(name: string, base: string): string | undefined {
  let at = resolve(base);
  for (;;) {
    const dir = join(at, 'node_modules', name);
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

function packOfPackage(dir: string): string | undefined {
  let meta: { diemmac?: unknown; main?: unknown };
  try {
    meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const field =
    typeof meta.diemmac === 'string'
      ? meta.diemmac
      : typeof (meta.diemmac as { pack?: unknown } | undefined)?.pack === 'string'
        ? (meta.diemmac as { pack: string }).pack
        : typeof meta.main === 'string'
          ? meta.main
          : undefined;
  if (field === undefined) return undefined;
  const file = resolve(dir, field);
  return isFile(file) ? file : undefined;
}
