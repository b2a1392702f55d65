import type { InputIssue } from '../parse/issues.js';
import { type Position, readText, type SyntaxIssue } from '../parse/yaml.js';
import type { Path } from '../shared/types.js';
import { type ResolvedPack, type ResolveOptions, safeResolvePack } from './resolve.js';

/** The result of reading a pack file's text: syntax, then the pack's rules. */
export type PackTextResult =
  | { ok: true; value: ResolvedPack; data: unknown; locate: (path: Path) => Position | undefined }
  | { ok: false; stage: 'syntax'; errors: SyntaxIssue[] }
  | { ok: false; stage: 'schema'; issues: InputIssue[]; locate: (path: Path) => Position | undefined };

/**
 * Reads a pack file's text (YAML or JSON) and resolves it, knowing the line of every value, so an
 * adapter can say `pack.yaml:42` beside each issue.
 *
 * @example
 * const r = safeResolvePackText(text);
 * if (!r.ok && r.stage === 'schema') r.issues.map((i) => [r.locate(i.path)?.line, formatIssue(i, 'vi')]);
 */
export function safeResolvePackText(text: string, options: ResolveOptions = {}): PackTextResult {
  const read = readText(text);
  if (!read.ok) return { ok: false, stage: 'syntax', errors: read.errors };
  const resolved = safeResolvePack(read.data, options);
  if (!resolved.ok) return { ok: false, stage: 'schema', issues: resolved.issues, locate: read.locate };
  return { ok: true, value: resolved.value, data: read.data, locate: read.locate };
}
