import { setFlagsFromString } from 'node:v8';
import { expandInputs } from '../io/expand.js';

/**
 * Below this many files, the run is too short for V8's optimising compiler to pay (see
 * `preferQuickStart`). Measured in one thread: 30 files, 1.5 s without it against 2.4 s with
 * it; 100 files, 4.1 s against 2.9 s.
 */
export const QUICK_RUN = 50;

let quick = false;

/**
 * Turns off V8's optimising compiler for a short run. Checking a few files is over before
 * optimised code would pay for its compilation: measured here, the first YAML parse of the
 * example takes 45–75 ms without it and 90–230 ms with it. Long batches keep it. Only the
 * choice of compiler changes, never what the code computes. Called before any code of the
 * CLI loads, so every script's code cache is made and read under the same V8 flags.
 */
export function preferQuickStart(): void {
  setFlagsFromString('--no-opt');
  quick = true;
}

/** Whether `preferQuickStart` was called in this thread. */
export function isQuickStart(): boolean {
  return quick;
}

/** `check`'s options that take a value (the next argument). */
const VALUED = new Set([
  '--format',
  '--config',
  '--pack',
  '--today',
  '--as-of',
  '-j',
  '--jobs',
  '--max-size',
  '--lang',
]);

/**
 * Whether the arguments ask `check` for fewer than QUICK_RUN files: read before the command line
 * is parsed (bin.ts), since the V8 flags must be set before any code loads. A wrong guess (an odd
 * spelling of the arguments) only costs speed; the command parses its arguments itself. Never throws.
 *
 * @example
 * isShortCheck(['check', 'bao-cao.yaml', '--today', '2024-11-20']) // true
 * isShortCheck(['render', 'bao-cao.yaml']) // false
 */
export function isShortCheck(argv: readonly string[]): boolean {
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) i += VALUED.has(argv[i]!) ? 2 : 1;
  if (argv[i] !== 'check') return false;
  const operands: string[] = [];
  for (i++; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      if (VALUED.has(arg)) i++;
    } else operands.push(arg);
  }
  try {
    return expandInputs(operands).files.length < QUICK_RUN;
  } catch {
    // A pattern the command itself will refuse (and report): no guess.
    return false;
  }
}
