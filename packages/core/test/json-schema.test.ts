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
    const schema = supervisionJsonSchema() as { $ref: string; $defs: Record<string, { required: string[] }> };
    expect(schema.$ref).toBe('#/$defs/Supervision');
    expect(schema.$defs.Supervision!.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'documents', 'signature']),
    );
  });

  type Def = {
    title?: string;
    description?: string;
    properties: Record<string, Def & { anyOf?: { enum?: string[] }[]; enum?: string[] }>;
  };
  const defs = () => (supervisionJsonSchema() as { $defs: Record<string, Def> }).$defs;

  it('names its definitions as the model names its parts, never __schema0', () => {
    expect(Object.keys(defs())).toEqual(
      expect.arrayContaining([
        'Supervision',
        'Section',
        'Recommendation',
        'Signature',
        'FigureBlock',
        'DossierBlock',
        'Index766Block',
        'Index766Component',
        'BudgetBlock',
        'StaffingBlock',
        'Count',
        'Money',
        'Rate',
      ]),
    );
    expect(Object.keys(defs()).filter((name) => name.startsWith('__') || /^schema\d/.test(name))).toEqual([]);
  });

  it('offers the 766 component keys and versions for completion, without refusing a province’s own', () => {
    const key = defs().Index766Component!.properties.key!;
    expect(key.anyOf?.[0]?.enum).toEqual(['ckmb', 'tdgq', 'clgq', 'tttt', 'mdhl', 'mdsh', 'dvtt']);
    expect(key.anyOf?.[1]).toEqual({ type: 'string', minLength: 1 });
    expect(defs().Index766Block!.properties.framework!.anyOf?.[0]?.enum).toEqual(['portal-6', 'decision-5']);
  });

  it("describes each figure field with the descriptor's Vietnamese and English terms", () => {
    const dossiers = defs().DossierBlock!;
    expect(dossiers.title).toBe('Hồ sơ thủ tục hành chính / One-stop-shop dossiers');
    expect(dossiers.properties.pending!.properties.withinDeadline!.description).toBe(
      'Chưa tới hạn / Not yet due',
    );
    expect(dossiers.properties.received!.properties.online!.description).toBe('Qua mạng / Online');
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
