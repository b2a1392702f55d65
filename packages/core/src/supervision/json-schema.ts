import * as z from 'zod';
import { Supervision } from './schema.js';

/**
 * The JSON Schema of a supervision file (what a file holds, before reading), for editors
 * and for the `schema` command.
 *
 * @example
 * supervisionJsonSchema().title // 'Cuộc giám sát của HĐND / People's Council supervision'
 */
export function supervisionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Supervision, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return {
    ...schema,
    $id: 'https://diemmac.dev/schema/supervision.schema.json',
    title: "Cuộc giám sát của HĐND / People's Council supervision",
  };
}
