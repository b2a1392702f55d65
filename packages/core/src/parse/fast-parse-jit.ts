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

/** The compiled object parser of a plan. */
export function jitObject(plan: ObjectPlan): Fast {
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
    const text = field.text;
    // Plain text, checked in place: no call.
    if (text && !text.optional && field.required) {
      lines.push(
        `value = input[${key}];`,
        `if (typeof value !== 'string' || value.length < ${text.min}) return FAIL;`,
        `out[${key}] = value;`,
      );
      return;
    }
    const choice = field.choice;
    // A few words, compared in place: no call.
    const differs = choice?.values.map((v) => `value !== ${JSON.stringify(v)}`).join(' && ');
    if (choice && !choice.optional && field.required) {
      lines.push(`value = input[${key}];`, `if (${differs}) return FAIL;`, `out[${key}] = value;`);
      return;
    }
    if (choice?.optional && field.skipAbsent) {
      lines.push(
        `value = input[${key}];`,
        'if (value !== undefined) {',
        `  if (${differs}) return FAIL;`,
        `  out[${key}] = value;`,
        `} else if (${key} in input) out[${key}] = undefined;`,
      );
      return;
    }
    if (text?.optional && field.skipAbsent) {
      lines.push(
        `value = input[${key}];`,
        'if (value !== undefined) {',
        `  if (typeof value !== 'string' || value.length < ${text.min}) return FAIL;`,
        `  out[${key}] = value;`,
        `} else if (${key} in input) out[${key}] = undefined;`,
      );
      return;
    }
    lines.push(
      `value = input[${key}];`,
      `if (value !== undefined || ${key} in input) {`,
      `  result = p${i}(value); if (result === FAIL) return FAIL; out[${key}] = result;`,
    );
    if (field.skipAbsent) lines.push('}');
    else if (field.required) lines.push('} else return FAIL;');
    else
      lines.push(
        `} else { result = p${i}(undefined); if (result === FAIL) return FAIL;`,
        `  if (result !== undefined) out[${key}] = result;${field.keepUndefined ? ` else out[${key}] = undefined;` : ''} }`,
      );
  });
  if (guarded) lines.push('counter.depth--;');
  lines.push('return out;');
  const names = ['FAIL', 'counter', 'known', 'fits', ...fields.map((_, i) => `p${i}`)];
  const values = [plan.FAIL, plan.counter, plan.known, plan.fits, ...fields.map((f) => f.parse)];
  return build(names, values, lines);
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
