import * as z from 'zod';
import { CitationInput, StructuredCitation } from '../citations/schema.js';
import type { ItemDescriptor, Term } from '../figures/descriptor.js';
import { COMMON_FIGURE_FIELDS, FIGURE_DESCRIPTORS } from '../figures/descriptors.js';
import { FigureBlock, Index766Component } from '../figures/schema.js';
import {
  CountValue,
  DateValue,
  DraftDateValue,
  MoneyValue,
  Period,
  RateValue,
  ScoreValue,
} from '../figures/values.js';
import {
  ConclusionNotice,
  DelegationMember,
  Lifecycle,
  Locality,
  Recommendation,
  RecommendationPart,
  ReportDue,
  Section,
  Signature,
  SupervisingBody,
  Supervision,
} from './schema.js';

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
};

/** The named definitions of the published schema, as the model names its parts. */
function names(): Map<z.ZodType, string> {
  const named = new Map<z.ZodType, string>([
    [Supervision, 'Supervision'],
    [SupervisingBody, 'SupervisingBody'],
    [Locality, 'Locality'],
    [Lifecycle, 'Lifecycle'],
    [ConclusionNotice, 'ConclusionNotice'],
    [ReportDue, 'ReportDue'],
    [DelegationMember, 'DelegationMember'],
    [Signature, 'Signature'],
    [Section, 'Section'],
    [Recommendation, 'Recommendation'],
    [RecommendationPart, 'RecommendationPart'],
    [CitationInput, 'Citation'],
    [StructuredCitation, 'StructuredCitation'],
    [FigureBlock, 'FigureBlock'],
    [Index766Component, 'Index766Component'],
    [CountValue, 'Count'],
    [MoneyValue, 'Money'],
    [RateValue, 'Rate'],
    [ScoreValue, 'Score'],
    [DateValue, 'Date'],
    [DraftDateValue, 'DraftDate'],
    [Period, 'Period'],
  ]);
  const blocks = (FigureBlock as unknown as { options: z.ZodType[] }).options;
  for (const block of blocks) {
    const kind = (block as unknown as { shape: { kind: { value: string } } }).shape.kind.value;
    const descriptor = (FIGURE_DESCRIPTORS as Record<string, { schemaName: string }>)[kind];
    if (descriptor) named.set(block, descriptor.schemaName);
  }
  return named;
}

const said = (term: Term, help?: Term): string =>
  help ? `${term.vi}: ${help.vi} / ${term.en}: ${help.en}` : `${term.vi} / ${term.en}`;

/** The schema of a property by its dotted path inside an object schema, if it is there. */
function at(schema: JsonSchema | undefined, path: string): JsonSchema | undefined {
  let node = schema;
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node;
}

/**
 * Writes a descriptor's words into a figure block's definition: each field's terms and help
 * as its description, and its options listed, so an editor offers them as it completes. An
 * open list (the 766 component keys, the budget categories: a province may add its own)
 * is offered, not enforced.
 */
function describe(def: JsonSchema, items: readonly ItemDescriptor[], defs: Record<string, JsonSchema>): void {
  for (const item of items) {
    if ('group' in item) {
      describe(def, item.items, defs);
      const group = at(def, item.group);
      if (group) group.description ??= said(item.term);
      continue;
    }
    if ('list' in item) {
      const list = at(def, item.list);
      if (!list) continue;
      list.description = said(item.term, item.help);
      // A row that is a named definition (Index766Component) is described there.
      const ref = typeof list.items?.$ref === 'string' ? list.items.$ref.replace('#/$defs/', '') : undefined;
      const row = ref ? defs[ref] : list.items;
      if (row && !item.scalar) describe(row, item.columns, defs);
      continue;
    }
    const node = at(def, item.path);
    if (!node) continue;
    node.description = said(item.term, item.help);
    if (!item.options) continue;
    const values = item.options.map((o) => o.value);
    const words = item.options.map((o) => `${o.term.vi} / ${o.term.en}`);
    if (Array.isArray(node.enum)) {
      node.enumDescriptions = values.map((v) => words[values.indexOf(v)]);
    } else {
      node.anyOf = [
        { enum: values, enumDescriptions: words },
        { type: 'string', minLength: 1 },
      ];
      node.examples = values;
    }
  }
}

/**
 * The JSON Schema of a supervision file (what a file holds, before reading), for editors
 * and for the `schema` command: named definitions (`Supervision`, `DossierBlock`…), each
 * figure field described in Vietnamese and English from its descriptor, its options listed.
 *
 * @example
 * Object.keys(supervisionJsonSchema().$defs as object).includes('DossierBlock') // true
 */
export function supervisionJsonSchema(): Record<string, unknown> {
  const named = names();
  // The model's own descriptions stay (the global registry); only the names are added.
  const metadata = {
    get: (schema: z.ZodType) => {
      const meta = z.globalRegistry.get(schema);
      const id = named.get(schema);
      return id ? { ...meta, id } : meta;
    },
  } as unknown as z.core.$ZodRegistry<Record<string, unknown>>;
  const generated = z.toJSONSchema(Supervision, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    metadata,
  });
  // A plain copy: the generator may share one object between places a description differs.
  const schema = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  const defs = schema.$defs ?? {};
  for (const d of Object.values(FIGURE_DESCRIPTORS)) {
    const def = defs[d.schemaName];
    if (!def) continue;
    def.title = `${d.term.vi} / ${d.term.en}`;
    def.description = `${d.help.vi} / ${d.help.en}`;
    describe(def, [...d.items, ...COMMON_FIGURE_FIELDS], defs);
  }
  return {
    ...schema,
    $id: 'https://diemmac.dev/schema/supervision.schema.json',
    title: "Cuộc giám sát của HĐND / People's Council supervision",
  };
}
