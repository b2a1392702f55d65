import { supervisionJsonSchema } from '@diemmac/core';
import type { Context } from '../context.js';
import type { Outcome } from '../errors.js';

/** `diemmac schema`: the JSON Schema of a supervision file, as the core defines it. */
export async function schema(context: Context): Promise<Outcome> {
  context.stdout.write(`${JSON.stringify(supervisionJsonSchema(), null, 2)}\n`);
  return { kind: 'done' };
}
