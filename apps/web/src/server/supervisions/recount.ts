import { isUtf8 } from 'node:buffer';
import { type Finding, formatFinding, type Path, parseSupervision } from '@diemmac/core';
import { figuresOf } from '@diemmac/core/adapters';
import {
  blockPeriod,
  compareRecount,
  createRegisterReader,
  type DossierRecount,
  formatRegisterIssue,
  REGISTER_WORDING,
  type RegisterIssue,
  showDayNumber,
} from '@diemmac/core/register';
import { recountRegisterSheet, SheetReadError } from '@diemmac/sheets';
import { ApiError } from '../errors.js';

/** The register exports the recount reads, by file name. */
export const REGISTER_FORMATS = ['.csv', '.xlsx'] as const;

/** What the page shows after a recount: the figures, what is wrong with the register, the differences. */
export interface RecountView {
  /** The dossier block compared, its path in the document and the period counted. */
  block: { id: string | null; path: Path; period: { from: string; to: string } };
  recount: DossierRecount;
  issues: (RegisterIssue & { message_vi: string; message_en: string })[];
  /** `register.differs` findings at the figures of the block, worded as the CLI words them. */
  findings: (Finding & { message_vi: string; message_en: string })[];
}

/**
 * Recounts an uploaded register (CSV or .xlsx) for the period of a supervision's dossier block
 * and compares it with the block's figures. Nothing is stored: the register is the office's.
 * A file of another kind is a 415; a document without a dossier block stating its period, a
 * 409; a register that cannot be read, or lacks a column the count needs, a 400 naming it.
 *
 * @example
 * await recountRegister(JSON.parse(row.document), { name: 'so.csv', bytes }, undefined)
 */
export async function recountRegister(
  document: unknown,
  file: { name: string; bytes: Uint8Array },
  blockId: string | undefined,
): Promise<RecountView> {
  const xlsx = /\.xlsx$/i.test(file.name);
  if (!xlsx && !/\.csv$/i.test(file.name))
    throw new ApiError('recount.format', { name: file.name || '?', formats: REGISTER_FORMATS.join(', ') });
  const parsed = parseSupervision(document);
  const entry = parsed.ok
    ? figuresOf(parsed.value, 'dossiers').find((e) => !blockId || e.figure.id === blockId)
    : undefined;
  const period = entry && blockPeriod(entry.figure);
  if (!entry || !period) throw new ApiError('recount.no-block', { block: blockId ?? '' });

  let result: { recount: DossierRecount | undefined; issues: RegisterIssue[] };
  if (xlsx) {
    try {
      result = await recountRegisterSheet(file.bytes, { period });
    } catch (e) {
      if (e instanceof SheetReadError) throw new ApiError('recount.unreadable', { name: file.name }, {}, e);
      throw e;
    }
  } else {
    if (!isUtf8(file.bytes)) throw new ApiError('recount.unreadable', { name: file.name });
    const reader = createRegisterReader({ period });
    reader.pushBytes(file.bytes);
    result = reader.end();
  }
  const issues = result.issues.map((i) => ({
    ...i,
    message_vi: formatRegisterIssue(i, 'vi'),
    message_en: formatRegisterIssue(i, 'en'),
  }));
  if (!result.recount) {
    const errors = issues.filter((i) => i.severity === 'error');
    throw new ApiError(
      'recount.unusable',
      { count: errors.length },
      {
        issues: errors.map((i) => ({
          code: i.code,
          path: [],
          message_vi: i.message_vi,
          message_en: i.message_en,
        })),
      },
    );
  }
  const findings = compareRecount(result.recount, entry.figure, entry.path).map((f) => ({
    ...f,
    message_vi: formatFinding(f, 'vi', REGISTER_WORDING),
    message_en: formatFinding(f, 'en', REGISTER_WORDING),
  }));
  return {
    block: {
      id: entry.figure.id ?? null,
      path: entry.path,
      period: { from: showDayNumber(period.from), to: showDayNumber(period.to) },
    },
    recount: result.recount,
    issues,
    findings,
  };
}
