import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type SchemaOptions, stringify } from 'yaml';
import { fastLocateYaml, fastReadYaml } from '../src/parse/fast-yaml.js';
import { MAX_NESTING, readText, readTextWithLibrary } from '../src/parse/yaml.js';

// The fast YAML reader on the files diemmac ships: it must read them itself (not hand them to the
// library), and read them exactly as the library does, locating values on the same lines.

const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
const FILES = ['diem-mac-2024.yaml', 'thanh-binh-2025.yaml', 'packs/phuong-thai-nguyen.yaml'];

/** The data the library reads, or undefined when it refuses the text. */
function library(text: string): unknown {
  const r = readTextWithLibrary(text);
  return r.ok ? r.data : undefined;
}

describe('the fast YAML reader on the examples', () => {
  it.each(FILES)('reads %s itself, exactly as the yaml library does', (name) => {
    const text = example(name).normalize('NFC');
    const fast = fastReadYaml(text, MAX_NESTING);
    expect(fast).toBeDefined();
    expect(fast).toStrictEqual(library(text));
  });

  // What a district's tools write: the same data re-written by the yaml library, long text folded
  // over several lines, plain and quoted (the CLI benchmark's batch is written so).
  const asWritten: SchemaOptions = {
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || !t.tag.endsWith(':float')),
  };
  it.each(FILES)('reads %s re-written by the yaml library itself, as the library does', (name) => {
    for (const lineWidth of [80, 40]) {
      const text = stringify(parse(example(name), asWritten), { lineWidth }).normalize('NFC');
      const fast = fastReadYaml(text, MAX_NESTING);
      expect(fast).toBeDefined();
      expect(fast).toStrictEqual(library(text));
      expect(fastLocateYaml(text, MAX_NESTING)).toBeDefined();
    }
  });

  it.each(FILES)('locates every value of %s exactly where the library does', (name) => {
    const text = example(name);
    const fast = readText(text);
    const slow = readTextWithLibrary(text);
    if (!fast.ok || !slow.ok) throw new Error('the example does not read');
    // The fast reader knows these places itself: the library is not asked.
    expect(fastLocateYaml(text.normalize('NFC'), MAX_NESTING)).toBeDefined();
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path, [...path, 'nowhere'], [...path, 7]);
      if (Array.isArray(node)) for (const [i, v] of node.entries()) walk(v, [...path, i]);
      else if (node !== null && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    };
    walk(slow.data, []);
    for (const path of paths) expect([path, fast.locate(path)]).toEqual([path, slow.locate(path)]);
    // Placed while reading (one pass), the same data and the same places.
    const placed = readText(text, { locate: 'now' });
    if (!placed.ok) throw new Error('the example does not read');
    expect(placed.data).toStrictEqual(slow.data);
    for (const path of paths) expect([path, placed.locate(path)]).toEqual([path, slow.locate(path)]);
  });
});
