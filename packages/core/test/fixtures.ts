import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Reads an example of the repository's `examples/` folder as data. */
export function example(name: string): unknown {
  const file = fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));
  return parse(readFileSync(file, 'utf8'));
}
