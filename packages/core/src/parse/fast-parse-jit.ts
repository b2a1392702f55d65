import type { DepthCounter, Fast, Field } from './fast-parse-types.js';

/**
 * Objects and arrays of the compiled parser as code of their own (`new Function`, as zod compiles
 * its objects), with the same semantics as the closures of `fast-parse.ts`. Generic code reads
 * `input[field.key]` at one place for every key of every object, which the engine cannot make
 * fast; here each field reads and writes its own key at its own place. The names in the code are
 * the fields' keys as string literals (JSON.stringify), never anything else from the schema.
 */

interface ObjectPlan {
  fields: Field[];
  known: Set<string>;
  strict: boolean;
  FAIL: symbol;
  counter: DepthCounter;
  maxDepth: number | undefined;
  fits: (value: unknown, depth: number, max: number) => boolean;
}

/**
 * The compiled object parser of a plan. Objects of one schema come in many shapes (each set of
 * optional keys present is a shape of its own to the engine), and a lookup of a key by name in
 * objects of many shapes, or a test for a key that is absent, is slow: the parser therefore walks
 * the keys an object has, once (the walk that refuses unknown keys), and takes each value as it
 * meets its key, which the engine reads in place. It asks for an absent key by name only when the
 * object may hide a key from that walk (a key that is not enumerable, or one inherited from a
 * prototype other than Object's), which data read from a file or a form never does.
 */
export function jitObject(plan: ObjectPlan): Fast {
  const general = jitObjectByName(plan);
  const { fields } = plan;
  // A key that Object.prototype also has would be found by name on every object: by name, then.
  if (fields.length === 0 || fields.some((f) => f.key in Object.prototype)) return general;
  return jitObjectByKeys(plan, general);
}

/** The object parser that looks each field up by name (see `jitObject`). */
function jitObjectByName(plan: ObjectPlan): Fast {
  const { fields, strict, maxDepth } = plan;
  const guarded = maxDepth !== undefined;
  const lines: string[] = [
    "if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;",
  ];
  if (guarded) lines.push(`if (++counter.depth > ${maxDepth}) return FAIL;`);
  // The keys it knows, compared in place (a switch on strings the engine compares quickly).
  const cases = [...plan.known].map((key) => `case ${JSON.stringify(key)}:`).join(' ');
  if (strict) lines.push(`for (const key in input) switch (key) { ${cases} break; default: return FAIL; }`);
  else if (guarded)
    // Keys zod strips are not walked: their values must still be within the limit.
    lines.push(
      `for (const key in input) if (!known.has(key) && !fits(input[key], counter.depth, ${maxDepth})) return FAIL;`,
    );
  lines.push('const out = {};', 'let value, result;');
  fields.forEach((field, i) => {
    const key = JSON.stringify(field.key);
    lines.push(`value = input[${key}];`, ...fieldLines(field, i, `${key} in input`));
  });
  if (guarded) lines.push('counter.depth--;');
  lines.push('return out;');
  const names = ['FAIL', 'counter', 'known', 'fits', ...fields.map((_, i) => `p${i}`)];
  const values = [plan.FAIL, plan.counter, plan.known, plan.fits, ...fields.map((f) => f.parse)];
  return build(names, values, lines);
}

/**
 * The object parser that walks the keys an object has (see `jitObject`): each known key's value
 * kept in a variable of its own (ABSENT until met), the others refused (strict) or measured
 * (stripped). Where an object may hide a key from the walk, `general` reads it instead.
 */
function jitObjectByKeys(plan: ObjectPlan, general: Fast): Fast {
  const { fields, strict, maxDepth } = plan;
  const guarded = maxDepth !== undefined;
  const lines: string[] = [
    "if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;",
    // An inherited key is found by name; Object's own prototype holds no key of the schema.
    'const proto = getPrototypeOf(input);',
    'if (proto !== objectPrototype && proto !== null) return general(input);',
  ];
  if (guarded) lines.push(`if (++counter.depth > ${maxDepth}) return FAIL;`);
  lines.push(fields.map((_, i) => `let v${i} = ABSENT;`).join(' '));
  const cases = fields.map((f, i) => `case ${JSON.stringify(f.key)}: v${i} = input[key]; break;`).join(' ');
  // Known keys that are not fields ("__proto__") are not read, as by name.
  const others = [...plan.known]
    .filter((key) => !fields.some((f) => f.key === key))
    .map((key) => `case ${JSON.stringify(key)}: break;`)
    .join(' ');
  const unknown = strict
    ? 'return FAIL;'
    : guarded
      ? // Keys zod strips are not walked: their values must still be within the limit.
        `if (!fits(input[key], counter.depth, ${maxDepth})) return FAIL; break;`
      : 'break;';
  lines.push(`for (const key in input) { switch (key) { ${cases} ${others} default: ${unknown} } }`);
  // A key absent from the walk is absent indeed unless the object has it as its own, hidden from
  // the walk (not enumerable): asked of the absent keys only, with no list of keys made. An `in`
  // first, which the engine answers in place for an object's shape, where `Object.hasOwn` is a call
  // into the engine for every absent key of every object; `hasOwn` only for a key found, to tell
  // an own key from one a program put on Object.prototype (which zod does not read either).
  const hidden = fields
    .map((f, i) => {
      const key = JSON.stringify(f.key);
      return `(v${i} === ABSENT && ${key} in input && hasOwn(input, ${key}))`;
    })
    .join(' || ');
  lines.push(`if (${hidden}) {`, ...(guarded ? ['  counter.depth--;'] : []), '  return general(input);', '}');
  lines.push('const out = {};', 'let value, result;');
  fields.forEach((field, i) => {
    lines.push(`value = v${i};`, ...fieldLines(field, i, '', `v${i} !== ABSENT`));
  });
  if (guarded) lines.push('counter.depth--;');
  lines.push('return out;');
  const names = [
    'FAIL',
    'ABSENT',
    'counter',
    'fits',
    'general',
    'getPrototypeOf',
    'hasOwn',
    'objectPrototype',
    ...fields.map((_, i) => `p${i}`),
  ];
  const values = [
    plan.FAIL,
    ABSENT,
    plan.counter,
    plan.fits,
    general,
    Object.getPrototypeOf,
    Object.hasOwn,
    Object.prototype,
    ...fields.map((f) => f.parse),
  ];
  return build(names, values, lines);
}

/** What a walked object holds for a key it does not have. */
const ABSENT = Symbol('absent');

/**
 * The lines that parse one field from `value` into `out`. By name, `value` is undefined when the
 * key is absent and `inInput` tells an absent key from one holding undefined; by keys, `present`
 * tells (and `value` is ABSENT when the key is).
 */
function fieldLines(field: Field, i: number, inInput: string, present?: string): string[] {
  const key = JSON.stringify(field.key);
  const there = present ?? `value !== undefined || ${inInput}`;
  const text = field.text;
  // Plain text, checked in place: no call.
  if (text && !text.optional && field.required) {
    return [
      `if (typeof value !== 'string' || value.length < ${text.min}) return FAIL;`,
      `out[${key}] = value;`,
    ];
  }
  const choice = field.choice;
  // A few words, compared in place: no call.
  const differs = choice?.values.map((v) => `value !== ${JSON.stringify(v)}`).join(' && ');
  if (choice && !choice.optional && field.required) {
    return [`if (${differs}) return FAIL;`, `out[${key}] = value;`];
  }
  const some = present ? `${present} && value !== undefined` : 'value !== undefined';
  if (choice?.optional && field.skipAbsent) {
    return [
      `if (${some}) {`,
      `  if (${differs}) return FAIL;`,
      `  out[${key}] = value;`,
      `} else if (${present ?? inInput}) out[${key}] = undefined;`,
    ];
  }
  if (text?.optional && field.skipAbsent) {
    return [
      `if (${some}) {`,
      `  if (typeof value !== 'string' || value.length < ${text.min}) return FAIL;`,
      `  out[${key}] = value;`,
      `} else if (${present ?? inInput}) out[${key}] = undefined;`,
    ];
  }
  const lines = [
    `if (${there}) {`,
    `  result = p${i}(value); if (result === FAIL) return FAIL; out[${key}] = result;`,
  ];
  if (field.skipAbsent) lines.push('}');
  else if (field.required) lines.push('} else return FAIL;');
  else
    lines.push(
      `} else { result = p${i}(undefined); if (result === FAIL) return FAIL;`,
      `  if (result !== undefined) out[${key}] = result;${field.keepUndefined ? ` else out[${key}] = undefined;` : ''} }`,
    );
  return lines;
}

/** The compiled array parser: each element by `element`. */
export function jitArray(
  element: Fast,
  FAIL: symbol,
  counter: DepthCounter,
  maxDepth: number | undefined,
): Fast {
  const guarded = maxDepth !== undefined;
  const lines = [
    'if (!Array.isArray(input)) return FAIL;',
    ...(guarded ? [`if (++counter.depth > ${maxDepth}) return FAIL;`] : []),
    'const n = input.length;',
    'const out = new Array(n);',
    'for (let i = 0; i < n; i++) { const value = element(input[i]); if (value === FAIL) return FAIL; out[i] = value; }',
    ...(guarded ? ['counter.depth--;'] : []),
    'return out;',
  ];
  return build(['FAIL', 'counter', 'element'], [FAIL, counter, element], lines);
}

function build(names: string[], values: unknown[], lines: string[]): Fast {
  const source = `'use strict';\nreturn function parse(input) {\n${lines.join('\n')}\n};`;
  const make = new Function(...names, source) as (...args: unknown[]) => Fast;
  return make(...values);
}
