import { fromZodIssues } from '@diemmac/core/adapters';
import type { Context } from 'hono';
import type * as z from 'zod';
import { ApiError } from './errors.js';
import { requestIssues } from './messages/request.js';

/**
 * The request body as JSON, or a 400 that says it is not JSON.
 *
 * @example
 * const body = await readJson(c);
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('body.invalid-json');
  }
}

/**
 * Checks a value against one of the API's request schemas; a 400 with field paths otherwise.
 *
 * @example
 * const { email, password } = validate(SignIn, await readJson(c));
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issues = fromZodIssues(r.error.issues, data);
  throw new ApiError('body.invalid', { count: issues.length }, { issues: requestIssues(issues) });
}
