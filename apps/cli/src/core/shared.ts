// What the command line takes from the copies of zod and yaml inside dist/core.cjs instead of
// bundling its own (tsup.config.ts; src/core/load.ts answers `require('zod')` and
// `require('yaml')` with these). A name the CLI uses must be listed here: the built CLI's tests
// fail otherwise.

export { stringify } from 'yaml';
export { strictObject, string, unknown } from 'zod';
