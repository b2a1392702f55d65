// Writes schema/supervision.schema.json from the built core (the zod schema is the source).
import { writeFileSync } from 'node:fs';
import { supervisionJsonSchema } from '../dist/index.js';

const file = new URL('../schema/supervision.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(supervisionJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
