/**
 * How a script of dist/ (the core, the command line, the notice, reader and sheets packages) is
 * written: as the one function expression the loader calls with CommonJS's five arguments
 * (src/core/load.ts). The build wraps each script so (tsup.config.ts), and the loader compiles the
 * file's text as it is: wrapping it at every start would copy a megabyte of source into a new
 * string before V8 reads it.
 */
export const SCRIPT_HEAD = '(function (exports, require, module, __filename, __dirname) {';
export const SCRIPT_TAIL = '\n})';

/**
 * The text the loader compiles: a script as the build writes it, or any other script wrapped here,
 * the same function either way.
 *
 * @example
 * asFunction('module.exports = 1;') // '(function (exports, require, module, __filename, __dirname) {module.exports = 1;\n})'
 */
export function asFunction(source: string): string {
  return isWrapped(source) ? source : `${SCRIPT_HEAD}${source}${SCRIPT_TAIL}`;
}

/** Whether a script's text is already the function the loader calls (see `asFunction`). */
export function isWrapped(source: string): boolean {
  return source.startsWith(SCRIPT_HEAD) && source.endsWith(SCRIPT_TAIL);
}
