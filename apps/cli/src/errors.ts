import type { Path } from '@diemmac/core';

/** A place in a file, both counted from 1. */
export interface Position {
  line: number;
  column: number;
}

/** One problem with the content of an input, worded by the core and located in the file. */
export interface LocatedIssue {
  code: string;
  path: Path;
  expected?: string | undefined;
  received?: string | undefined;
  message: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** What stands where an output file should go, when it is not a regular file. */
export type OutputKind = 'symlink' | 'directory' | 'fifo' | 'device' | 'socket' | 'other';

/**
 * Everything that can stop a command, as data with a stable code. The wording lives in
 * `messages/{vi,en}.ts`; the exit code in `exitCode` below, nowhere else.
 */
export type CliError =
  | { code: 'input.not-found'; file: string }
  | { code: 'input.unreadable'; file: string; reason: string }
  /** Bytes that are not UTF-8, at `offset` (counted from 0) on `line` (from 1). */
  | { code: 'input.encoding'; file: string; offset: number; line: number; byte: number }
  /** Larger than the limit (`size` undefined: a pipe or standard input, stopped at the limit). */
  | { code: 'input.too-large'; file: string; size?: number | undefined; limit: number }
  | {
      code: 'input.syntax';
      file: string;
      format: 'yaml' | 'json';
      reason: string;
      /** The YAML library's error code ("BAD_INDENT"), when it gives one. */
      kind?: string | undefined;
      line?: number | undefined;
      column?: number | undefined;
      excerpt?: string | undefined;
    }
  | { code: 'input.invalid'; file: string; issues: LocatedIssue[] }
  /** A follow-up file (`followup`) that does not parse or does not fit its supervision. */
  | { code: 'followup.invalid'; file: string; issues: LocatedIssue[] }
  | { code: 'input.no-match'; pattern: string }
  | { code: 'config.invalid'; file: string; issues: LocatedIssue[] }
  | { code: 'pack.invalid'; file: string; issues: LocatedIssue[] }
  /** `--pack` or a config's `pack:` names no file, or a package without a pack file. */
  | { code: 'pack.not-found'; given: string; package: boolean }
  | { code: 'output.exists'; file: string }
  | { code: 'output.unwritable'; file: string; reason: string }
  | { code: 'output.not-file'; file: string; kind: OutputKind }
  | { code: 'usage'; detail: string }
  | { code: 'option.invalid'; option: string; value: string; expected: string }
  | { code: 'rule.unknown'; given: string; known: readonly string[] }
  | { code: 'framework.unknown'; given: string; known: readonly string[] }
  | { code: 'install.broken'; module: string; reason: string }
  | { code: 'internal'; detail: string };

export type CliErrorCode = CliError['code'];

/** Thrown inside commands; caught once, in `program.ts`. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
  constructor(readonly error: CliError) {
    super(error.code);
  }
}

/** Stops the command with an error the user can act on. */
export function fail(error: CliError): never {
  throw new CliFailure(error);
}

/** 0: no finding is an error; 1: one is; 2: an input, option or output is wrong; 3: diemmac itself failed. */
export type ExitCode = 0 | 1 | 2 | 3;

/** How a command ended. */
export type Outcome =
  | { kind: 'done' }
  | { kind: 'checked'; errorFindings: number; failedInputs: number }
  | { kind: 'failed'; error: CliError };

const EXIT_FOR_ERROR: Record<CliErrorCode, ExitCode> = {
  'input.not-found': 2,
  'input.unreadable': 2,
  'input.encoding': 2,
  'input.too-large': 2,
  'input.syntax': 2,
  'input.invalid': 2,
  'followup.invalid': 2,
  'input.no-match': 2,
  'config.invalid': 2,
  'pack.invalid': 2,
  'pack.not-found': 2,
  'output.exists': 2,
  'output.unwritable': 2,
  'output.not-file': 2,
  usage: 2,
  'option.invalid': 2,
  'rule.unknown': 2,
  'framework.unknown': 2,
  'install.broken': 3,
  internal: 3,
};

/**
 * The one mapping from how a command ended to the process exit code.
 *
 * @example
 * exitCode({ kind: 'checked', errorFindings: 2, failedInputs: 0 }) // 1
 */
export function exitCode(outcome: Outcome): ExitCode {
  switch (outcome.kind) {
    case 'done':
      return 0;
    case 'checked':
      // An unreadable input outweighs findings: its figures were never checked.
      if (outcome.failedInputs > 0) return 2;
      return outcome.errorFindings > 0 ? 1 : 0;
    case 'failed':
      return EXIT_FOR_ERROR[outcome.error.code];
  }
}
