import * as z from 'zod';

interface Operation {
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}
/** The parts of an OpenAPI document read here. */
export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

/**
 * The JSON schema the document gives for one answer (`undefined` when it only describes it in
 * words), with the components it refers to.
 */
export function answerSchema(doc: OpenApi, method: string, path: string, status: number) {
  const schema = doc.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']
    ?.schema as Record<string, unknown> | undefined;
  if (!schema) return undefined;
  const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;
  return { schema, named: ref ? (doc.components.schemas[ref] as Record<string, unknown>) : schema };
}

/**
 * A validator made from the document itself (not from the zod schema it was generated from), so
 * a real answer checked with it proves what the document says. zod reads the JSON Schema back,
 * OpenAPI 3.0 dialect (`nullable`), with the components as its definitions.
 *
 * @example
 * documented(doc, 'get', '/api/summary', 200).parse(await res.json())
 */
export function documented(doc: OpenApi, method: string, path: string, status: number): z.ZodType {
  const found = answerSchema(doc, method, path, status);
  if (!found) throw new Error(`${method.toUpperCase()} ${path} ${status} has no schema in the document`);
  const text = JSON.stringify({ ...found.schema, definitions: doc.components.schemas }).replaceAll(
    '"#/components/schemas/',
    '"#/definitions/',
  );
  return z.fromJSONSchema(JSON.parse(text), { defaultTarget: 'openapi-3.0' });
}
