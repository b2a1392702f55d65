#!/usr/bin/env node
import module from 'node:module';

// Node 22 and later keep compiled code between runs when asked; it must be switched on before
// the rest of the CLI loads. On Node 20 the core, the bulk of the code, has its own cache
// (core/load.ts).
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import('./program.js');

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

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
  lang: process.env.DIEMMAC_LANG,
  maxSize: process.env.DIEMMAC_MAX_SIZE,
  debug: Boolean(process.env.DIEMMAC_DEBUG),
  color: (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR) || Boolean(process.env.FORCE_COLOR),
  clock: () => new Date(),
});
process.exitCode = code;
