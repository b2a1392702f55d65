// Writes schema/*.schema.json from the built core (the zod schemas are the source).
import { writeFileSync } from 'node:fs';
import { packJsonSchema, supervisionJsonSchema } from '../dist/index.js';

for (const [name, schema] of [
  ['supervision', supervisionJsonSchema()],
  ['pack', packJsonSchema()],
]) {
  const file = new URL(`../schema/${name}.schema.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file.pathname}`);
}
