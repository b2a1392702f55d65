import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as adapters from '../src/adapters/index.js';
import * as core from '../src/index.js';
import * as vocabulary from '../src/vocabulary/index.js';

// The public surface of @diemmac/core, listed so that a change to it is deliberate: a name
// added here is an API to keep; a name removed is a breaking change (a major changeset).
// Internals (the name scan's keys, the citation readers' parts, the pack expression engine)
// stay out; the figure descriptors go through `@diemmac/core/vocabulary`, and the helpers only
// diemmac's adapters use (walking figures, showing paths, reading citations, the calendar)
// through `@diemmac/core/adapters`, listed here too so that moving a name is deliberate.

/** The type-only names an entry exports, read from its source (types leave no runtime trace). */
function typeNames(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...source.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)]
    .flatMap(([, typeOnly, names]) =>
      (names ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && (typeOnly || n.startsWith('type ')))
        .map(
          (n) =>
            n
              .replace(/^type\s+/, '')
              .split(/\s+as\s+/)
              .pop()!,
        ),
    )
    .sort();
}

describe('the public surface of @diemmac/core', () => {
  it('exports these values, and only these', () => {
    expect(Object.keys(core).sort()).toMatchSnapshot();
  });

  it('exports these types, and only these', () => {
    expect(typeNames('../src/index.ts')).toMatchSnapshot();
  });

  it('keeps internals out of the main entry', () => {
    for (const name of [
      'skeleton',
      'syllableKey',
      'phraseKey',
      'nameFinder',
      'parseExpression',
      'readIssuer',
    ])
      expect(core).not.toHaveProperty(name);
  });

  it("keeps the adapters' helpers out of the main entry", () => {
    const main = new Set([...Object.keys(core), ...typeNames('../src/index.ts')]);
    const moved = [...Object.keys(adapters), ...typeNames('../src/adapters/index.ts')];
    expect(moved.filter((n) => main.has(n))).toEqual([]);
  });

  it("gives the adapters' helpers at their own subpath: these values, and only these", () => {
    expect(Object.keys(adapters).sort()).toMatchSnapshot();
  });

  it("gives the adapters' helpers at their own subpath: these types, and only these", () => {
    expect(typeNames('../src/adapters/index.ts')).toMatchSnapshot();
  });

  it('gives the vocabulary at its own subpath', () => {
    expect(Object.keys(vocabulary).sort()).toEqual([
      'COMMON_FIGURE_FIELDS',
      'EXAMPLE_DAY',
      'FIGURE_DESCRIPTORS',
      'RULE_EXAMPLES',
      'RULE_FAMILIES',
      'baseSupervision',
      'describedFields',
      'fieldTerm',
      'figureFieldWords',
      'headed',
      'inSentence',
      'optionTerm',
      'withFragment',
    ]);
  });
});
