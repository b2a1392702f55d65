import * as z from 'zod';
import { fromZodIssues, type InputIssue } from '../parse/issues.js';
import type { ParseResult } from '../parse/parse.js';
import { described } from '../shared/described.js';
import type { Supervision } from '../supervision/schema.js';
import { partKey } from './parts.js';
import { FollowUp } from './schema.js';

/**
 * The follow-ups of one supervision's recommendations, kept in a file beside it
 * (`diem-mac-2024.theo-doi.yaml` beside `diem-mac-2024.yaml`): the notice never changes after
 * it is issued, its follow-up does.
 */
export const FollowUpFile = z
  .strictObject({
    schemaVersion: z.literal(1).default(1),
    supervision: described(
      z.string().trim().min(1),
      'Mã cuộc giám sát (id) hoặc tệp giám sát, tương đối với tệp này / the supervision id or its file, relative to this one',
    ),
    followUps: described(
      z.array(FollowUp).default([]),
      'Theo dõi từng kiến nghị / the follow-up of each recommendation',
    ),
  })
  .register(z.globalRegistry, { id: 'FollowUpFile' });
export type FollowUpFile = z.output<typeof FollowUpFile>;
export type FollowUpFileInput = z.input<typeof FollowUpFile>;

/** The same recommendation followed twice in one file: which history would count? */
function duplicates(file: FollowUpFile): InputIssue[] {
  const seen = new Map<number, number>();
  const issues: InputIssue[] = [];
  file.followUps.forEach((f, i) => {
    const first = seen.get(f.recommendation);
    if (first === undefined) seen.set(f.recommendation, i);
    else
      issues.push({
        code: 'followup.duplicate',
        path: ['followUps', i, 'recommendation'],
        received: String(f.recommendation),
        params: { recommendation: f.recommendation, first },
      });
  });
  return issues;
}

/**
 * Validates a follow-up file read from YAML or JSON. Never throws on user data: the file, or
 * every issue with its path (worded by `formatIssue` in Vietnamese and English).
 *
 * @example
 * const r = parseFollowUpFile({ supervision: 'diem-mac-2024', followUps: [{ recommendation: 0 }] });
 * r.ok // true
 */
export function parseFollowUpFile(data: unknown): ParseResult<FollowUpFile> {
  const r = FollowUpFile.safeParse(data);
  if (!r.success) return { ok: false, issues: fromZodIssues(r.error.issues, data) };
  const issues = duplicates(r.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: r.data };
}

/**
 * What a follow-up file says that its supervision does not have: a recommendation number past
 * the notice's last, an entry naming a part the recommendation does not have. Empty when the
 * two fit together.
 *
 * @example
 * followUpMismatches(file, supervision) // [{ code: 'followup.no-recommendation', path: ['followUps', 0, 'recommendation'], … }]
 */
export function followUpMismatches(file: FollowUpFile, supervision: Supervision): InputIssue[] {
  const issues: InputIssue[] = [];
  const count = supervision.recommendations.length;
  file.followUps.forEach((f, i) => {
    const rec = supervision.recommendations[f.recommendation];
    if (!rec) {
      issues.push({
        code: 'followup.no-recommendation',
        path: ['followUps', i, 'recommendation'],
        received: String(f.recommendation),
        params: { recommendation: f.recommendation, count, supervision: supervision.id },
      });
      return;
    }
    const keys = rec.parts.map((p, k) => partKey(p, k));
    f.entries.forEach((e, j) => {
      if (e.part === undefined || keys.includes(partKey(e.part))) return;
      issues.push({
        code: 'followup.no-part',
        path: ['followUps', i, 'entries', j, 'part'],
        received: JSON.stringify(e.part),
        params: {
          part: e.part,
          recommendation: f.recommendation,
          parts: rec.parts.map((p, k) => p.number ?? String(k + 1)).join(', '),
        },
      });
    });
  });
  return issues;
}

/**
 * The JSON Schema of a follow-up file (what the file holds, before reading), for editors: a
 * `# yaml-language-server: $schema=…` line at the top of `*.theo-doi.yaml` completes its fields.
 *
 * @example
 * followUpFileJsonSchema().title // 'Theo dõi thực hiện kiến nghị / Follow-up of recommendations'
 */
export function followUpFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FollowUpFile, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return {
    ...schema,
    $id: 'https://diemmac.dev/schema/followup.schema.json',
    title: 'Theo dõi thực hiện kiến nghị / Follow-up of recommendations',
  };
}
