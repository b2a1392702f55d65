#!/usr/bin/env node
import module from 'node:module';
import { tune, tuningFor } from './check/tune.js';
import { loadCli } from './core/load.js';
import type { run as Run } from './program.js';

// Node 22 and later keep compiled code between runs when asked (the worker threads' modules here);
// on Node 20 the core and the command line, the bulk of the code, have their own cache (core/load.ts).
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
// A short check turns V8's optimiser off, a batch gives it a smaller inlining budget, before any
// code loads, so the code caches are made and read under the same V8 flags (check/tune.ts).
tune(tuningFor(argv));
const { run } = loadCli() as { run: typeof Run };

// The only file that touches the process: arguments, environment, streams, exit code.
// A closed pipe (`diemmac check … | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// Ctrl-C or a kill: leave at the next turn of the event loop, never in the middle of the
// synchronous write-and-rename of an output file.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

run(argv, {
  stdout: process.stdout,
  // Asked for only when written to: making process.stderr (a pipe, a terminal) loads Node's
  // sockets and terminals, about 17 million instructions of a check's start, and a check of one
  // file writes nothing there.
  get stderr() {
    return process.stderr;
  },
  get interactive() {
    return Boolean(process.stderr.isTTY) && !process.env.CI;
  },
  lang: process.env.DIEMMAC_LANG,
  maxSize: process.env.DIEMMAC_MAX_SIZE,
  debug: Boolean(process.env.DIEMMAC_DEBUG),
  color: (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR) || Boolean(process.env.FORCE_COLOR),
  clock: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
