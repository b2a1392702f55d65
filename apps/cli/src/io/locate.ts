import { type Path, readText } from '@diemmac/core';
import type { Position } from '../errors.js';

/** Finds where a path of the input data stands in the file. */
export type Locator = (path: Path) => Position | undefined;

/**
 * A locator for JSON text. JSON is YAML, so the core's reader finds the lines (or the
 * nearest ancestor's), but only when a finding asks: a clean JSON file is read once.
 *
 * @example
 * jsonLocator('{\n  "a": 1\n}')(['a']) // { line: 2, column: 8 }
 */
export function jsonLocator(text: string): Locator {
  let locate: Locator | undefined;
  return (path) => {
    if (!locate) {
      const r = readText(text);
      locate = r.ok ? r.locate : () => undefined;
    }
    return locate(path);
  };
}
