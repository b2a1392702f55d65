import type { Finding } from '@diemmac/core';
import type { Place } from '../source/types.js';

/** The codes of the findings the reader adds to the core's: checks on the text itself. */
export const TEXT_CODES = [
  'text.repeated-words',
  'text.symbol-form',
  'text.decimal-marks',
  'text.numbering',
  'text.stray-separator',
  'text.amount-in-words',
] as const;
export type TextCode = (typeof TEXT_CODES)[number];

/** The codes of what the reader says about the reading itself. */
export const READER_CODES = [
  'reader.unknown-format',
  'reader.unreadable',
  'reader.not-a-notice',
  'reader.understood',
] as const;
export type ReaderCode = (typeof READER_CODES)[number];

/**
 * A finding with the places in the notice it points to. Same shape as the core's findings
 * (code, severity, paths, params), so the same printers and JSON serve both.
 */
export interface PlacedFinding extends Finding {
  /** Where in the notice: the first is where the reader should look. */
  places: Place[];
}
