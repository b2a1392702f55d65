import type { InputIssue } from '@diemmac/core';
import { fromZodIssues } from '@diemmac/core/adapters';
import * as z from 'zod';

/**
 * A project's diemmac.config.(yaml|yml|json): the pack its notices are checked under (a path
 * relative to the config file, or an npm package) and the checks it switches off or re-grades.
 * `checks` is validated against the rules of the pack (load.ts), once the pack is known.
 */
export const ConfigFile = z.strictObject({
  pack: z.string().trim().min(1).optional().meta({ description: 'Gói của tỉnh / the pack: path or package' }),
  checks: z
    .unknown()
    .optional()
    .meta({ description: 'rules: { code: off|error|warning|info }, conventions' }),
});
export type ConfigFile = z.output<typeof ConfigFile>;

export function parseConfigFile(
  data: unknown,
): { ok: true; value: ConfigFile } | { ok: false; issues: InputIssue[] } {
  const r = ConfigFile.safeParse(data ?? {});
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fromZodIssues(r.error.issues, data) };
}
