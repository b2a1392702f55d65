import { readText } from '@diemmac/core';

/** A file the user picked, read as YAML or JSON. */
export type FileRead =
  | { ok: true; data: unknown }
  | { ok: false; line: number; column: number; reason: string };

/**
 * Reads an uploaded supervision file in the browser with the core's reader (numbers kept
 * as written), so its problems can be shown at the fields before anything is saved.
 *
 * @example
 * const r = await readFile(input.files[0]);
 */
export async function readFile(file: File): Promise<FileRead> {
  const r = readText(await file.text());
  if (r.ok) return { ok: true, data: r.data };
  const first = r.errors[0];
  return { ok: false, line: first?.line ?? 1, column: first?.column ?? 1, reason: first?.message ?? '' };
}
