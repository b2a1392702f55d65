import { type ExtraWording, formatFinding, ruleTitle } from '@diemmac/core';
import { checkNotice, formatPlace, type PlacedFinding, READER_WORDING } from '@diemmac/reader';
import { CliFailure } from '../errors.js';
import { readNoticeFileOrFail } from '../io/read-notice.js';
import { applySetting } from '../pack/setting.js';
import type { InspectOptions } from './inspect.js';
import type { Progress } from './progress.js';
import type { FileReport, FindingReport } from './report.js';

/**
 * Reads a notice (.docx, .doc, .txt, .md) and checks it as written: the core's checks on the
 * draft the reader makes of it, and the reader's checks on its text. Findings of a text file
 * stand at its line; those of a Word document name the paragraph (or table cell) in the message.
 *
 * @example
 * await inspectNotice('thong-bao.docx', { lang: 'vi', now }) // { file, ok: false, findings: [{ code: 'dossier.balance', … }] }
 */
export async function inspectNotice(
  file: string,
  options: InspectOptions,
  pack = applySetting(options.pack),
): Promise<FileReport> {
  try {
    const reading = await readNoticeFileOrFail(file, options.lang, options.maxBytes);
    const { findings } = checkNotice(reading, {
      now: options.now,
      asOf: options.asOf,
      ...pack.checkOptions,
    });
    // The reader's own findings and the pack's rules, worded together.
    const wording: ExtraWording = {
      vi: { ...READER_WORDING.vi, ...pack.wording.vi },
      en: { ...READER_WORDING.en, ...pack.wording.en },
    };
    return {
      file,
      ok: !findings.some((f) => f.severity === 'error'),
      findings: findings.map((f) => describe(f, options, wording)),
    };
  } catch (e) {
    if (e instanceof CliFailure) return { file, ok: false, error: e.error, findings: [] };
    throw e;
  }
}

function describe(f: PlacedFinding, options: InspectOptions, wording: ExtraWording): FindingReport {
  const at = f.places[0];
  const sentence = formatFinding({ ...f, suggestion: undefined }, options.lang, wording);
  const full = formatFinding(f, options.lang, wording);
  // A text file has lines; a Word document has paragraphs, named in the message.
  const where = at && at.line === undefined ? `[${formatPlace(at, options.lang)}] ` : '';
  const report: FindingReport = {
    code: f.code,
    severity: f.severity,
    title: ruleTitle(f.code, options.lang, wording),
    message: `${where}${sentence}`,
    line: at?.line,
    column: at?.line === undefined ? undefined : at.start + 1,
    paths: f.paths,
    lines: f.places.map((p) => p.line ?? null),
    computed: f.computed,
    reported: f.reported,
    legalBasis: f.legalBasis,
  };
  if (f.suggestion && full.startsWith(sentence)) {
    report.suggestion = {
      path: f.suggestion.path,
      value: f.suggestion.value,
      text: full.slice(sentence.length).trim(),
    };
  }
  return report;
}

/** Every notice in turn, ticking the progress bar. */
export async function inspectNotices(
  files: readonly string[],
  options: InspectOptions,
  progress: Progress,
): Promise<FileReport[]> {
  const out: FileReport[] = [];
  if (files.length === 0) return out;
  const pack = applySetting(options.pack);
  for (const file of files) {
    out.push(await inspectNotice(file, options, pack));
    progress.tick(file);
  }
  return out;
}
