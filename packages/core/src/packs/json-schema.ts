import * as z from 'zod';
import { Pack } from './schema.js';

/**
 * The JSON Schema of a pack file (what the file holds, before reading), for editors, for the web's
 * pack upload and for adopters who validate in another language.
 *
 * @example
 * packJsonSchema().title // 'Gói cấu hình của tỉnh / A province's pack'
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://diemmac.dev/schema/pack.schema.json',
    title: "Gói cấu hình của tỉnh / A province's pack",
  };
}
