import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAN, can, ROLES, roleOf } from './roles.js';

// The permission table is written once (here); a page that names roles itself would drift from
// what the server enforces. This reads every source file of the client for the tell-tale forms.

const CLIENT = join(import.meta.dirname, '..', 'client');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

const ROLE_WORD = ROLES.join('|');
const TELLS: [string, RegExp][] = [
  ['a role compared by hand', new RegExp(`\\brole\\s*[!=]==?\\s*['"\`](${ROLE_WORD})`)],
  ['a role named in quotes', new RegExp(`['"\`](${ROLE_WORD})['"\`]`)],
  ['a value cast to a role', /\bas Role\b/],
  // An answer's type is the schema's: `api<T>(…)` or `… as T` on what came back would say otherwise.
  ['an answer typed by hand', /\bapi<(?!S extends)/],
  ['an answer cast to a type', /\bjson\(\)\)?\s+as\s|\bdata as T\b/],
];

describe('the client names no role and casts no answer', () => {
  const sources = files(CLIENT).filter((f) => !f.endsWith('.test.ts'));

  it('reads client sources (the walk finds the pages)', () => {
    expect(sources.some((f) => f.endsWith('UsersPage.tsx'))).toBe(true);
  });

  it.each(TELLS)('no page has %s', (_, tell) => {
    const found = sources.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (tell.test(line) ? [`${relative(CLIENT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('catches the forms it looks for', () => {
    const line = (s: string) => TELLS.filter(([, t]) => t.test(s)).map(([what]) => what);
    expect(line("const canEdit = u.role === 'admin';")).toEqual([
      'a role compared by hand',
      'a role named in quotes',
    ]);
    expect(line("const ROLES = ['admin', 'viewer'];")).toEqual(['a role named in quotes']);
    expect(line('role: e.target.value as Role')).toEqual(['a value cast to a role']);
    expect(line("api<SupervisionRead>('GET', path)")).toEqual(['an answer typed by hand']);
    expect(line('return data as T;')).toEqual(['an answer cast to a type']);
    expect(line('const read = (await res.json()) as unknown;')).toEqual(['an answer cast to a type']);
  });
});

describe('who may do what', () => {
  it('lets each role do what the server allows it', () => {
    const table = ROLES.map((role) => [
      role,
      (Object.keys(CAN) as (keyof typeof CAN)[]).filter((a) => can({ role }, a)),
    ]);
    expect(table).toEqual([
      ['admin', ['read', 'edit', 'comment', 'administer']],
      ['secretary', ['read', 'edit', 'comment']],
      ['member', ['read', 'comment']],
      ['viewer', ['read']],
    ]);
  });

  it('lets nobody do anything when no one is signed in', () => {
    expect(can(null, 'read')).toBe(false);
    expect(can(undefined, 'read')).toBe(false);
  });

  it('reads a role from a form value, and nothing from another value', () => {
    expect(roleOf('secretary')).toBe('secretary');
    expect(roleOf('root')).toBeUndefined();
  });
});
