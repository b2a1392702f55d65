import * as z from 'zod';
import { type Check, FAIL, type Fast, type Payload, type Schema } from './fast-parse-types.js';

// The refinements of a schema (its checks) as the compiled parser runs them: the common ones as
// tests of its own, which give what zod's code gives on the value the schema's body returned; the
// others by zod's code. And the fields compiled code checks in place (plain text, a few words).

/** The schema's own refinements, on the value the body gave: the common ones here, the others by zod's code. */
export function withChecks(schema: Schema, parse: Fast): Fast {
  const checks = schema._zod.def.checks;
  if (!checks?.length) return parse;
  const quick = checks.map(quickCheck);
  if (quick.every((q) => q !== undefined)) {
    const tests = quick as ((value: unknown) => boolean)[];
    if (tests.length === 1) {
      const test = tests[0]!;
      return (input) => {
        const value = parse(input);
        return value === FAIL || !test(value) ? FAIL : value;
      };
    }
    return (input) => {
      const value = parse(input);
      if (value === FAIL) return FAIL;
      for (const test of tests) if (!test(value)) return FAIL;
      return value;
    };
  }
  // One payload serves every value, as a transform's context does (see fast-parse.ts), emptied
  // when an issue was left in it. Taken while the checks run: a check that parses with this
  // schema again meanwhile (none of the model's does), or one that threw, leaves the next value
  // a payload of its own.
  let spare: CheckPayload | undefined = new CheckPayload();
  return (input) => {
    const value = parse(input);
    if (value === FAIL) return FAIL;
    const payload = spare ?? new CheckPayload();
    spare = undefined;
    payload.value = value;
    if (payload.issues.length > 0) payload.issues = [];
    const result = runChecks(checks, payload);
    payload.value = undefined;
    spare = payload;
    return result;
  };
}

/** zod's checks on the payload's value: the value they leave, or FAIL at the first issue. */
function runChecks(checks: Check[], payload: CheckPayload): unknown {
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when && !when(payload)) continue;
    check._zod.check(payload);
    if (payload.issues.length > 0) return FAIL;
  }
  return payload.value;
}

/**
 * What zod's checks are given. A `superRefine` writes its `addIssue` on it: declared here, so that
 * writing it does not give the object a new shape at every parse.
 */
class CheckPayload implements Payload {
  value: unknown = undefined;
  issues: unknown[] = [];
  addIssue: unknown = undefined;
}

/** zod's own `when` of a length check (run on values that have a length), found on first use. */
let lengthWhen: unknown;
function isLengthWhen(when: unknown): boolean {
  lengthWhen ??= (z.string().min(1) as unknown as Schema)._zod.def.checks![0]!._zod.def.when;
  return when === lengthWhen;
}

/**
 * The length floor of plain text (`z.string()`, or with `.min(0)` or `.min(1)`), checked by
 * its parser in place of its checks; `undefined` for any other schema.
 */
export function textFloor(schema: Schema): number | undefined {
  const def = schema._zod.def;
  if (def.type !== 'string' || def.coerce || schema._zod.traits.has('$ZodCheck')) return undefined;
  let floor = 0;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check !== 'min_length' || !isLengthWhen(c.when) || typeof c.minimum !== 'number' || c.minimum > 1)
      return undefined;
    floor = Math.max(floor, c.minimum);
  }
  return floor;
}

/** A field that is plain text, or optional plain text: compiled code checks it in place. */
export function textField(schema: Schema): { min: number; optional: boolean } | undefined {
  const def = schema._zod.def;
  if (def.type === 'optional' && !def.checks?.length) {
    const min = textFloor(def.innerType!);
    return min === undefined ? undefined : { min, optional: true };
  }
  const min = textFloor(schema);
  return min === undefined ? undefined : { min, optional: false };
}

/** An enum or a literal of at most eight words, or such a field optional: compiled code compares it in place. */
export function choiceField(schema: Schema): { values: string[]; optional: boolean } | undefined {
  const def = schema._zod.def;
  if (def.type === 'optional' && !def.checks?.length) {
    const values = choices(def.innerType!);
    return values && { values, optional: true };
  }
  const values = choices(schema);
  return values && { values, optional: false };
}

function choices(schema: Schema): string[] | undefined {
  const def = schema._zod.def;
  if ((def.type !== 'enum' && def.type !== 'literal') || def.checks?.length || def.coerce) return undefined;
  if (schema._zod.traits.has('$ZodCheck')) return undefined;
  const values = [...(schema._zod.values ?? [])];
  return values.length > 0 && values.length <= 8 && values.every((v) => typeof v === 'string')
    ? (values as string[])
    : undefined;
}

/**
 * A check zod would pass or refuse exactly as this test does, on the value its schema's body gives
 * (a string for a string's checks, an array for an array's, a number for a number's); `undefined`
 * for any other, which zod's code runs.
 */
function quickCheck(check: Check): ((value: unknown) => boolean) | undefined {
  const def = check._zod.def;
  switch (def.check) {
    case 'min_length': {
      // zod counts code points: one unit or more is one code point or more, so a floor of one
      // (or none) is a length in units; higher floors are zod's to count.
      const min = def.minimum;
      if (!isLengthWhen(def.when) || typeof min !== 'number' || min > 1) return undefined;
      return (value) => {
        // zod's `when`: a value without a length is not checked.
        const length = (value as { length?: unknown } | null | undefined)?.length;
        return length === undefined || (length as number) >= min;
      };
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (def.when || def.format !== 'regex' || !(pattern instanceof RegExp)) return undefined;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    case 'greater_than': {
      const bound = def.value;
      if (def.when || typeof bound !== 'number') return undefined;
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    case 'less_than': {
      const bound = def.value;
      if (def.when || typeof bound !== 'number') return undefined;
      return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    }
    case 'number_format':
      if (def.when || def.format !== 'safeint') return undefined;
      return (value) => Number.isSafeInteger(value);
    default:
      return undefined;
  }
}
