import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asFunction, isWrapped, SCRIPT_HEAD, SCRIPT_TAIL } from './script.js';

// The loader (load.ts) compiles a script of dist/ as one function of CommonJS's five arguments;
// the build writes the scripts so, and anything else is wrapped at load: the same function.
const run = (text: string) => {
  const module = { exports: {} as Record<string, unknown> };
  runInThisContext(asFunction(text))(module.exports, () => 'required', module, '/x.cjs', '/');
  return module.exports;
};

describe('asFunction', () => {
  const body = 'exports.answer = 42; exports.dir = __dirname; exports.got = require("z");';

  it('wraps a plain script in the function the loader calls', () => {
    expect(asFunction(body)).toBe(`${SCRIPT_HEAD}${body}${SCRIPT_TAIL}`);
    expect(run(body)).toEqual({ answer: 42, dir: '/', got: 'required' });
  });

  it('takes a script the build wrapped as it is, the same function, not wrapped twice', () => {
    const built = `${SCRIPT_HEAD}${body}${SCRIPT_TAIL}`;
    expect(isWrapped(built)).toBe(true);
    expect(asFunction(built)).toBe(built);
    expect(run(built)).toEqual(run(body));
  });

  it('wraps a script that only starts like the function', () => {
    const unfinished = `${SCRIPT_HEAD}exports.a = 1;`;
    expect(isWrapped(unfinished)).toBe(false);
    expect(asFunction(unfinished)).toBe(`${SCRIPT_HEAD}${unfinished}${SCRIPT_TAIL}`);
  });
});
