import { basename, dirname, extname, join } from 'node:path';
import { checkNotice, draftYaml } from '@diemmac/reader';
import type { Context } from '../context.js';
import type { Outcome } from '../errors.js';
import { readNoticeFileOrFail } from '../io/read-notice.js';
import { writeAtomic } from '../io/write-atomic.js';
import { today } from '../today.js';

export interface ImportOptions {
  output?: string | undefined;
  force?: boolean | undefined;
  today?: string | undefined;
}

/** The command's help, Vietnamese with English beside it, as the other commands show theirs. */
export { IMPORT_HELP } from './import-help.js';

const SUMMARY = {
  vi: (out: string, share: string, findings: number) =>
    `Đã ghi ${out}: bản nháp đặt ${share}% số liệu vào câu số liệu; kiểm tra thấy ${findings} phát hiện (chạy "diemmac check ${out}").`,
  en: (out: string, share: string, findings: number) =>
    `Wrote ${out}: the draft placed ${share}% of the figures in a statement; the check found ${findings} findings (run "diemmac check ${out}").`,
} as const;

/**
 * `diemmac import <notice> -o draft.yaml`: the reader's draft of a notice, written whole or
 * not at all, never over an existing file without `--force`.
 *
 * @example
 * await importNotice('thong-bao.docx', { output: 'nhap.yaml' }, context) // writes nhap.yaml
 */
export async function importNotice(file: string, options: ImportOptions, context: Context): Promise<Outcome> {
  const reading = await readNoticeFileOrFail(file, context.lang);
  const out = options.output ?? join(dirname(file), `${basename(file, extname(file))}.yaml`);
  writeAtomic(out, draftYaml(reading, basename(file), context.lang), { force: options.force });
  const { findings } = checkNotice(reading, { now: today(options.today, context.clock) });
  context.stderr.write(`${SUMMARY[context.lang](out, reading.understood.share, findings.length)}\n`);
  return { kind: 'done' };
}
