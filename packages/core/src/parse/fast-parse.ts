import type * as z from 'zod';

/**
 * A schema's happy path, compiled once: the value zod would give for input that has no issue, or
 * `FAIL`, and then zod parses the input again and says what is wrong. Zod stays the source of
 * truth: types this compiler does not know, and every refinement (`.min`, `.regex`, `.int`,
 * `superRefine`…), run zod's own code; what it does itself (objects, arrays, unions, optional,
 * default, pipes and transforms, strings, numbers, enums, literals) follows zod's semantics for
 * valid input exactly, so the result is the same value (a test compares both on every example and
 * on random data). It exists because zod's generic machinery (a payload and an issue list per
 * value, a memo for recursive schemas) cost more than the checks that follow it.
 */
export const FAIL: unique symbol = Symbol('fail');
export type Fast = (input: unknown) => unknown;

/** What a compiled parser needs of a zod schema: its internals (zod 4's `_zod`). */
interface Internals {
  def: Def;
  optin?: 'optional' | 'defaulted' | undefined;
  optout?: 'optional' | undefined;
  values?: Set<unknown> | undefined;
  propValues?: Record<string, Set<unknown>> | undefined;
  traits: Set<string>;
  run(payload: Payload, ctx: object): Payload | Promise<Payload>;
}
interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check(payload: Payload): unknown };
}
interface Def {
  type: string;
  checks?: Check[];
  coerce?: boolean;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  defaultValue?: unknown;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  discriminator?: string;
  unionFallback?: boolean;
  inclusive?: boolean;
  transform?: (value: unknown, payload: Payload) => unknown;
  getter?: () => Schema;
}
interface Schema {
  _zod: Internals;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** What a transform is given as its context (zod's payload): it may add issues to it. */
class TransformContext implements Payload {
  issues: unknown[] = [];
  constructor(public value: unknown) {}
  addIssue(issue: unknown): void {
    this.issues.push(issue);
  }
}

const compiled = new WeakMap<object, Fast>();

/**
 * The compiled happy path of `schema`.
 *
 * @example
 * const fast = compileParser(Supervision);
 * const value = fast(data);
 * if (value === FAIL) Supervision.safeParse(data); // the issues, from zod
 */
export function compileParser(schema: z.ZodType): Fast {
  return compile(schema as unknown as Schema);
}

function compile(schema: Schema): Fast {
  const known = compiled.get(schema);
  if (known) return known;
  // A recursive schema (a section holds sections) meets itself while compiling: it calls the
  // finished parser through this slot.
  let self: Fast | undefined;
  compiled.set(schema, (input) => self!(input));
  self = withChecks(schema, body(schema));
  compiled.set(schema, self);
  return self;
}

/** The schema's own refinements, run by zod's code on the value the body gave. */
function withChecks(schema: Schema, parse: Fast): Fast {
  const checks = schema._zod.def.checks;
  if (!checks?.length) return parse;
  return (input) => {
    const value = parse(input);
    if (value === FAIL) return FAIL;
    const payload: Payload = { value, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      check._zod.check(payload);
      if (payload.issues.length > 0) return FAIL;
    }
    return payload.value;
  };
}

function body(schema: Schema): Fast {
  const def = schema._zod.def;
  // A coercing schema, or one that is itself a check (z.email(), z.int()…): zod's own code.
  if (def.coerce || schema._zod.traits.has('$ZodCheck')) return byZod(schema);
  switch (def.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : FAIL);
    case 'number':
      return (input) => (typeof input === 'number' && Number.isFinite(input) ? input : FAIL);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : FAIL);
    case 'enum':
    case 'literal': {
      const values = schema._zod.values!;
      return (input) => (values.has(input) ? input : FAIL);
    }
    case 'optional': {
      const inner = def.innerType!;
      // An optional default substitutes for absence: rare, and left to zod.
      if (inner._zod.optin === 'defaulted') return byZod(schema);
      const parse = compile(inner);
      return (input) => (input === undefined ? undefined : parse(input));
    }
    case 'nullable': {
      const parse = compile(def.innerType!);
      return (input) => (input === null ? null : parse(input));
    }
    case 'default': {
      const parse = compile(def.innerType!);
      return (input) => {
        // Read each time: zod's getter gives a fresh copy of an array or object default.
        if (input === undefined) return def.defaultValue;
        const value = parse(input);
        return value === undefined ? def.defaultValue : value;
      };
    }
    case 'pipe': {
      const first = compile(def.in!);
      const then = compile(def.out!);
      return (input) => {
        const value = first(input);
        return value === FAIL ? FAIL : then(value);
      };
    }
    case 'transform': {
      const transform = def.transform!;
      return (input) => {
        const payload = new TransformContext(input);
        const value = transform(input, payload);
        if (payload.issues.length > 0 || value instanceof Promise) return FAIL;
        return value;
      };
    }
    case 'array': {
      const element = compile(def.element!);
      return (input) => {
        if (!Array.isArray(input)) return FAIL;
        const out = new Array(input.length);
        for (let i = 0; i < input.length; i++) {
          const value = element(input[i]);
          if (value === FAIL) return FAIL;
          out[i] = value;
        }
        return out;
      };
    }
    case 'object':
      return object(schema);
    case 'union':
      return union(schema);
    case 'lazy':
      return compile(def.getter!());
    default:
      return byZod(schema);
  }
}

/** A field of an object: its parser and how absence is treated (zod's `optin` and `optout`). */
interface Field {
  key: string;
  parse: Fast;
  /** Absent and optional in and out: the key stays absent. */
  skipAbsent: boolean;
  /** Absent and not optional: an issue. */
  required: boolean;
  /** Absent, defaulted and not optional out: the key is written even when undefined. */
  keepUndefined: boolean;
}

function object(schema: Schema): Fast {
  const def = schema._zod.def;
  const catchall = def.catchall?._zod.def.type;
  // A catch-all other than "never" (strict) parses unknown keys: left to zod.
  if (catchall !== undefined && catchall !== 'never') return byZod(schema);
  const strict = catchall === 'never';
  const shape = def.shape!;
  const keys = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length > 0) return byZod(schema);
  const known = new Set(keys);
  const fields: Field[] = keys
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = shape[key]!._zod;
      return {
        key,
        parse: compile(shape[key]!),
        skipAbsent: field.optout === 'optional' && field.optin === 'optional',
        required: field.optin === undefined,
        keepUndefined: field.optin === 'defaulted' && field.optout !== 'optional',
      };
    });
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    const record = input as Record<string, unknown>;
    if (strict) for (const key in record) if (!known.has(key)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const present = field.key in record;
      if (!present) {
        if (field.skipAbsent) continue;
        if (field.required) return FAIL;
      }
      const value = field.parse(record[field.key]);
      if (value === FAIL) return FAIL;
      if (value !== undefined) out[field.key] = value;
      else if (present || field.keepUndefined) out[field.key] = undefined;
    }
    return out;
  };
}

/** The first option that takes the input, as zod's union; by its tag, as a discriminated one. */
function union(schema: Schema): Fast {
  const def = schema._zod.def;
  const options = def.options!;
  // An exclusive union (xor) must know that only one option matches: left to zod.
  if (def.inclusive === false && def.discriminator === undefined) return byZod(schema);
  if (def.discriminator !== undefined) {
    if (def.unionFallback) return byZod(schema);
    const tag = def.discriminator;
    const byTag = new Map<unknown, Fast>();
    for (const option of options) {
      const values = option._zod.propValues?.[tag];
      if (!values) return byZod(schema);
      for (const value of values) {
        if (byTag.has(value)) return byZod(schema);
        byTag.set(value, compile(option));
      }
    }
    return (input) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
      const parse = byTag.get((input as Record<string, unknown>)[tag]);
      return parse ? parse(input) : FAIL;
    };
  }
  const parsers = options.map(compile);
  return (input) => {
    for (const parse of parsers) {
      const value = parse(input);
      if (value !== FAIL) return value;
    }
    return FAIL;
  };
}

/** What this compiler does not know: zod parses it, and only its success is kept. */
function byZod(schema: Schema): Fast {
  return (input) => {
    const result = schema._zod.run({ value: input, issues: [] }, { async: false });
    if (result instanceof Promise || result.issues.length > 0) return FAIL;
    return result.value;
  };
}
