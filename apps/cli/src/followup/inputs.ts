import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { formatIssue, type Lang, parseSupervision } from '@diemmac/core';
import {
  type FollowedSupervision,
  type FollowUpFile,
  followUpMismatches,
  parseFollowUpFile,
} from '@diemmac/core/followup';
import { locateIssues } from '../check/issues.js';
import { fail } from '../errors.js';
import { expandInputs } from '../io/expand.js';
import type { Locator } from '../io/locate.js';
import { readInput } from '../io/read-input.js';

/** A supervision with its follow-ups, and the files they came from. */
export interface Followed extends FollowedSupervision {
  file: string;
  followUpFile?: string | undefined;
}

const WORDS = {
  vi: {
    noSupervision: (given: string) =>
      `không tìm thấy cuộc giám sát "${given}" trong các tệp đã cho; hãy ghi mã (id) của cuộc giám sát hoặc tên tệp giám sát, và đưa tệp đó vào lệnh`,
    twice: (id: string, other: string) =>
      `cuộc giám sát "${id}" đã có tệp theo dõi ${other}; mỗi cuộc giám sát chỉ một tệp theo dõi`,
  },
  en: {
    noSupervision: (given: string) =>
      `no supervision "${given}" among the files given; write the supervision's id or its file name, and give that file to the command`,
    twice: (id: string, other: string) =>
      `supervision "${id}" already has the follow-up file ${other}; one follow-up file per supervision`,
  },
} as const;

const SUPERVISION_FILE = /\.(ya?ml|json)$/i;

/** A follow-up file says which supervision it follows; a supervision file never has that key. */
const isFollowUpFile = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  !Array.isArray(data) &&
  ('followUps' in data || 'supervision' in data);

interface FollowUpInput {
  file: string;
  value: FollowUpFile;
  locate: Locator;
}

/**
 * Reads the files and folders given to `followup`: supervisions and the follow-up files kept
 * beside them, each follow-up paired with its supervision: by file name relative to the
 * follow-up file, or by id among the files given, else in `<id>.yaml` beside it (read even when
 * not given). Any mistake stops the command with the file,
 * the line and the field (exit 2): a list built on half the files would mislead.
 *
 * @example
 * readFollowed(['xa/'], 'vi', maxBytes) // [{ supervision, followUps, file: 'xa/diem-mac-2024.yaml', … }]
 */
export function readFollowed(args: readonly string[], lang: Lang, maxBytes: number): Followed[] {
  const expanded = expandInputs(args);
  const [unmatched] = expanded.unmatched;
  if (unmatched !== undefined) fail({ code: 'input.no-match', pattern: unmatched });
  const supervisions: Followed[] = [];
  const byFile = new Map<string, Followed>();
  const followUps: FollowUpInput[] = [];
  const readSupervision = (file: string, data: unknown, locate: Locator): Followed => {
    const parsed = parseSupervision(data);
    if (!parsed.ok)
      fail({ code: 'input.invalid', file, issues: locateIssues(parsed.issues, locate, lang, formatIssue) });
    const followed: Followed = { supervision: parsed.value, file };
    supervisions.push(followed);
    byFile.set(resolve(file), followed);
    return followed;
  };
  for (const file of expanded.files) {
    const input = readInput(file, maxBytes);
    if (isFollowUpFile(input.data)) {
      const parsed = parseFollowUpFile(input.data);
      if (!parsed.ok) {
        fail({
          code: 'followup.invalid',
          file,
          issues: locateIssues(parsed.issues, input.locate, lang, formatIssue),
        });
      }
      followUps.push({ file, value: parsed.value, locate: input.locate });
    } else {
      readSupervision(file, input.data, input.locate);
    }
  }
  for (const f of followUps) {
    const target = pair(f, supervisions, byFile, (file) => {
      const input = readInput(file, maxBytes);
      return readSupervision(file, input.data, input.locate);
    });
    if (!target) fail(invalid(f, WORDS[lang].noSupervision(f.value.supervision)));
    if (target.followUpFile) fail(invalid(f, WORDS[lang].twice(target.supervision.id, target.followUpFile)));
    const mismatches = followUpMismatches(f.value, target.supervision);
    if (mismatches.length > 0) {
      fail({
        code: 'followup.invalid',
        file: f.file,
        issues: locateIssues(mismatches, f.locate, lang, formatIssue),
      });
    }
    target.followUps = f.value.followUps;
    target.followUpFile = f.file;
  }
  return supervisions;
}

/** The supervision a follow-up file names: a file beside it (read if not given), else an id. */
function pair(
  f: FollowUpInput,
  supervisions: readonly Followed[],
  byFile: ReadonlyMap<string, Followed>,
  read: (file: string) => Followed,
): Followed | undefined {
  const given = f.value.supervision;
  if (SUPERVISION_FILE.test(extname(given))) {
    const path = resolve(dirname(f.file), given);
    return byFile.get(path) ?? read(join(dirname(f.file), given));
  }
  const known = supervisions.find((s) => s.supervision.id === given);
  if (known) return known;
  // An id whose file was not given: the usual name beside the follow-up file ("diem-mac-2024.yaml").
  const beside = ['.yaml', '.yml', '.json']
    .map((ext) => join(dirname(f.file), `${given}${ext}`))
    .find(existsSync);
  if (!beside) return undefined;
  const found = byFile.get(resolve(beside)) ?? read(beside);
  return found.supervision.id === given ? found : undefined;
}

function invalid(f: FollowUpInput, message: string) {
  const at = f.locate(['supervision']);
  return {
    code: 'followup.invalid' as const,
    file: f.file,
    issues: [
      { code: 'followup.supervision', path: ['supervision'], message, line: at?.line, column: at?.column },
    ],
  };
}
