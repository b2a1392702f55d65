import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, supervisionJsonSchema } from '../src/index.js';

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

describe('the JSON Schema of a pack file', () => {
  it('is generated from the zod schema and matches the shipped file (run `npm run schema -w @diemmac/core` after changing a pack)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../schema/pack.schema.json', import.meta.url), 'utf8'));
    expect(packJsonSchema()).toEqual(shipped);
  });

  it('lets a rule side be a plain expression or an object, and names the Decree 30 document types', () => {
    const schema = packJsonSchema() as {
      required: string[];
      properties: Record<
        string,
        { items: { properties: Record<string, { anyOf?: unknown[]; enum?: string[] }> } }
      >;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'name', 'version']));
    expect(schema.properties.rules!.items.properties.left!.anyOf).toHaveLength(2);
    expect(schema.properties.documents!.items.properties.type!.enum).toEqual(
      expect.arrayContaining(['NQ', 'QĐ', 'KH']),
    );
  });
});
