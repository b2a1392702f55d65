import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FigureKind } from '../src/index.js';
import { describedFields, FIGURE_DESCRIPTORS } from '../src/vocabulary/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe("the README's glossary", () => {
  it('lists every term of every figure kind and field, Vietnamese beside English', () => {
    const pairs = new Set<string>();
    for (const d of Object.values(FIGURE_DESCRIPTORS)) {
      pairs.add(`| ${d.term.vi} | ${d.term.en} |`);
      for (const { field } of describedFields(d.kind as FigureKind, true)) {
        pairs.add(`| ${field.term.vi} | ${field.term.en} |`);
      }
    }
    expect([...pairs].filter((row) => !readme.includes(row))).toEqual([]);
  });
});
