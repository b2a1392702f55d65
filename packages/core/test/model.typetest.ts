// Type-level tests: checked by `tsc --noEmit`, never run. Each @ts-expect-error line must
// stay an error; if one compiles, the model has lost a guarantee users rely on.
import type { Decimal, Finding, Supervision, SupervisionInput } from '../src/index.js';

type Block<K extends string> = Extract<Supervision['sections'][number]['figures'][number], { kind: K }>;
declare const dossiers: Block<'dossiers'>;
declare const budget: Block<'budget'>;

// A parsed figure is an exact decimal with the text it was written as.
export const exact: Decimal = dossiers.resolved.total.value;
export const written: string = budget.revenue!.actual.written;
// @ts-expect-error a parsed figure is never a binary float
export const float: number = dossiers.resolved.total.value;

// A file holds figures as text or numbers, never Decimals.
export const fromFile: SupervisionInput['year'] = 2024;
type FileBlock = NonNullable<NonNullable<SupervisionInput['sections']>[number]['figures']>[number];
declare const fileDossiers: Extract<FileBlock, { kind: 'dossiers' }>;
export const asWritten: string | number = fileDossiers.resolved.total;
// @ts-expect-error a file's figure is text or a number, not yet a Decimal
export const notYetDecimal: Decimal = fileDossiers.resolved.total;

// A finding's severity is one of three words.
declare const finding: Finding;
// @ts-expect-error severities are error | warning | info
export const fatal: typeof finding.severity = 'fatal';
