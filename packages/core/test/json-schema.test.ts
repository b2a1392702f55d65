import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { supervisionJsonSchema } from '../src/index.js';

describe('the JSON Schema of a supervision file', () => {
  it('is generated from the zod schema and matches the shipped file (run `npm run schema -w @diemmac/core` after changing the model)', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../schema/supervision.schema.json', import.meta.url), 'utf8'),
    );
    expect(supervisionJsonSchema()).toEqual(shipped);
  });

  it('describes figures as written text or numbers, and requires the signature', () => {
    const schema = supervisionJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'documents', 'signature']));
  });
});
