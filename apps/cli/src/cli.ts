// The command line as one script (dist/cli.cjs), loaded by bin.ts through the code cache
// (core/load.ts): everything but the core and the notice, reader and sheets packages, which it
// asks the loader for.
export { run } from './program.js';
