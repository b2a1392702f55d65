import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The extensions a folder or a glob picks up. */
export const INPUT_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

export interface Expanded {
  /** Files to read, in the order given, each once. A plain name is kept even if absent. */
  files: string[];
  /** Globs that matched nothing. */
  unmatched: string[];
}

const MAGIC = /[*?[{]/;

/**
 * Turns the arguments of `check` into files: a folder means every YAML or JSON file below
 * it; a glob (`xa/**\/*.yaml`, quoted so the shell leaves it) is matched here; anything
 * else is a file name. Hidden folders and node_modules are skipped.
 *
 * @example
 * expandInputs(['huyen/', 'bao-cao.yaml']) // { files: ['huyen/a.yaml', 'huyen/b/c.yml', 'bao-cao.yaml'], unmatched: [] }
 */
export function expandInputs(args: readonly string[]): Expanded {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const arg of args) {
    if (MAGIC.test(arg) && !exists(arg)) {
      const matches = glob(arg);
      if (matches.length === 0) unmatched.push(arg);
      matches.forEach(add);
    } else if (isDirectory(arg)) {
      walk(arg, (file) => INPUT_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))).forEach(add);
    } else {
      add(arg);
    }
  }
  return { files, unmatched };
}

/** Files matching a glob (`*`, `**`, `?`, `[…]`, `{a,b}`), searched from its first literal folders. */
export function glob(pattern: string): string[] {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  const root = segments.slice(0, firstMagic).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = segments.slice(firstMagic).join('/');
  const matcher = globToRegExp(rest);
  if (!isDirectory(root)) return [];
  return walk(root, (_file, relative) => matcher.test(relative));
}

/** A glob as a regular expression over '/'-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches no folder or any number of them; a trailing `**` anything.
        const slash = pattern[i + 2] === '/';
        out += slash ? '(?:[^/]+/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) {
        out += '\\[';
      } else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        // A class no regular expression can hold ("[z-a]", a range written backwards) matches
        // nothing, as in a shell: the glob then reports that no file matches.
        out += validClass(body) ? `[${body}]` : '(?!)';
        i = end;
      }
    } else if (c === '{') {
      const end = pattern.indexOf('}', i + 1);
      if (end === -1) {
        out += '\\{';
      } else {
        const options = pattern.slice(i + 1, end).split(',');
        out += `(?:${options.map((o) => globToRegExp(o).source.slice(1, -1)).join('|')})`;
        i = end;
      }
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

function validClass(body: string): boolean {
  try {
    new RegExp(`[${body}]`);
    return true;
  } catch {
    return false;
  }
}

function walk(root: string, keep: (file: string, relative: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (dir: string, relative: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(path, rel);
      else if ((entry.isFile() || entry.isSymbolicLink()) && keep(path, rel)) out.push(path);
    }
  };
  visit(root, '');
  return out;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
