import { supervisionJsonSchema } from '@diemmac/core';
import { followUpFileJsonSchema } from '@diemmac/core/followup';
import type { Context } from '../context.js';
import type { Outcome } from '../errors.js';

/**
 * `diemmac schema`: the JSON Schema of a supervision file, as the core defines it;
 * `--followup`: that of a follow-up file (`*.theo-doi.yaml`).
 */
export async function schema(context: Context, options: { followup?: boolean } = {}): Promise<Outcome> {
  const json = options.followup ? followUpFileJsonSchema() : supervisionJsonSchema();
  context.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return { kind: 'done' };
}
