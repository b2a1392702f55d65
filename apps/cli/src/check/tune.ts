import { setFlagsFromString } from 'node:v8';
import { expandInputs } from '../io/expand.js';

/**
 * Below this many files, the run is too short for V8's optimising compiler to pay (see `tune`). Measured in one thread: 30 files, 1.5 s without it against 2.4 s with
 * it; 100 files, 4.1 s against 2.9 s.
 */
export const QUICK_RUN = 50;

/**
 * How V8 compiles a run, chosen from the arguments before any code loads: a short check without
 * the optimising compiler, a batch with a smaller inlining budget, anything else as V8 does.
 */
export type Tuning = 'quick' | 'batch' | 'default';

/**
 * The tuning is noted on the thread's global object: the start (dist/bin.js) and the command line
 * (dist/cli.cjs) each bundle this file, and the command line tells its workers what the start chose.
 */
const NOTE = Symbol.for('diemmac.tuning');
const noted = globalThis as { [NOTE]?: Tuning };

/**
 * A batch's optimising compiler inlines less than V8's default (920 bytes of bytecode per
 * function): with every rule's run function inlining its helpers, each thread spent seconds
 * compiling some 200 functions of 100–350 ms each, as long as the checks themselves. Measured
 * under cachegrind, 300 files on two threads: 13.1 billion instructions against 15.7; 150 files,
 * 8.6 against 9.9; the 1,000-file bench 7.5–9.2 s of CPU against 9.3–10.3 (a busy machine).
 *
 * And it never optimises a function named `run`: the rules' (the core's `Rule.run`, and a pack's
 * own rules) and the command's, called once. A rule's run is called once per file, so V8 gets to it
 * late, and then spent some 25 ms compiling each of about 48 per thread (45% of the optimising
 * compiler's time over 1,000 files), for code that ran a few hundred times more; what a run calls
 * (the readings, the citations, the arithmetic) is still optimised. Measured under cachegrind with
 * `--single-threaded` (deterministic): the bench's 1,000 files on two threads, 27.1 billion
 * instructions against 28.7 with the inlining budget alone; 300 files in one thread, 9.12 against
 * 9.96. Raising V8's interrupt budget instead (optimise later) saved less (9.20 at four times the
 * budget) and the two together no more (27.3 at twice the budget).
 *
 * Nor does it peel loops (a copy of each loop's first iteration, so checks can be hoisted): bigger
 * graphs to compile for code that runs a few hundred times per thread. The 1,000 files: 26.5
 * billion instructions against 27.1; 300 files in one thread, 8.70 against 9.12. Left as V8 has
 * them, measured the same way: escape analysis (9.11), load elimination (9.16), a smaller inlining
 * budget still (150: 8.99; with no peeling, 26.6 on the 1,000 files).
 *
 * And it lets a heap grow to twice what survived its last full collection, not up to four times
 * (V8's default for a small heap): a batch's garbage (each file's readings, let go as others pass)
 * reaches the old generation, and the default let it pile up to a few times what was alive. 1,000
 * supervisions each with its own prose, two threads, three interleaved runs each: peak RSS 257–265
 * MB against 298–325, CPU time alike within the noise of a busy machine (8.4–11.2 s against
 * 8.5–10.5); the bench's 1,000 files, 166–168 MB against 176–179.
 */
export const BATCH_FLAGS =
  '--max-inlined-bytecode-size-cumulative=300 --turbo-filter=-run --no-turbo-loop-peeling --heap-growing-percent=100';

/**
 * A short check's flags: no optimising compiler (see `tune`); each regular expression compiled to
 * machine code at its first use rather than interpreted first (most run a few times on one file,
 * and each would be compiled soon after anyway); and baseline code compiled function by function,
 * not gathered into batches that include functions the check no longer calls. The last two
 * measured under cachegrind (the command's check of the example): 12.6 million fewer instructions
 * of about 860 million.
 *
 * And the young generation grows eightfold when it first fills, not twofold: nearly all a short
 * check allocates while its code loads (the schemas, the catalogues) lives to the end, and each
 * scavenge of a small young generation copied it again. The check of the example: two scavenges
 * instead of five, 3–4.5 ms of collection against 8–9 (`--trace-gc`), the same peak RSS.
 */
export const QUICK_FLAGS =
  '--no-opt --no-regexp-tier-up --no-baseline-batch-compilation --semi-space-growth-factor=8';

/**
 * Sets V8's flags for the run. `quick` turns the optimising compiler off: checking a few files is
 * over before optimised code would pay for its compilation (measured here, the first YAML parse
 * of the example takes 45–75 ms without it and 90–230 ms with it). `batch` keeps it with a
 * smaller inlining budget (BATCH_FLAGS). Only the choice of compiler changes, never what the code
 * computes. Called before any code of the CLI loads, so every script's code cache is made and read
 * under the same V8 flags (the flags are the process's: a worker thread only notes them, `follow`).
 */
export function tune(choice: Tuning): void {
  if (choice === 'quick') setFlagsFromString(QUICK_FLAGS);
  if (choice === 'batch') setFlagsFromString(BATCH_FLAGS);
  noted[NOTE] = choice;
}

/** In a worker thread: the flags the main thread set for the process (see `tune`). */
export function follow(choice: Tuning): void {
  noted[NOTE] = choice;
}

/** The tuning of this run (see `tune`). */
export function currentTuning(): Tuning {
  return noted[NOTE] ?? 'default';
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
 * The tuning for these arguments (see `tune`): `quick` for a check of fewer than QUICK_RUN files,
 * `batch` for a check of more, read before the command line is parsed (bin.ts), since the V8 flags
 * must be set before any code loads. A wrong guess (an odd spelling of the arguments) only costs
 * speed; the command parses its arguments itself. Never throws.
 *
 * @example
 * tuningFor(['check', 'bao-cao.yaml', '--today', '2024-11-20']) // 'quick'
 * tuningFor(['check', 'huyen/']) // 'batch', for a folder of 50 files or more
 * tuningFor(['render', 'bao-cao.yaml']) // 'default'
 */
export function tuningFor(argv: readonly string[]): Tuning {
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) i += VALUED.has(argv[i]!) ? 2 : 1;
  if (argv[i] !== 'check') return 'default';
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
    return expandInputs(operands).files.length < QUICK_RUN ? 'quick' : 'batch';
  } catch {
    // A pattern the command itself will refuse (and report): no guess.
    return 'default';
  }
}
