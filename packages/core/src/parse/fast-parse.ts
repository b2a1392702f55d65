import * as z from 'zod';
// zod's util alone: `z.core.util` made the bundle hold (and the command evaluate) `z.core`, with
// every one of zod's locales.
import { util as zodUtil } from 'zod/v4/core';
import { choiceField, textField, textFloor, withChecks } from './fast-parse-checks.js';
import { jitArray, jitObject } from './fast-parse-jit.js';
import {
  type Def,
  type DepthCounter,
  FAIL,
  type Fast,
  type Field,
  type Payload,
  type Schema,
} from './fast-parse-types.js';

export { FAIL, type Fast } from './fast-parse-types.js';

// A schema's happy path, compiled once: the value zod would give for input that has no issue, or
// `FAIL`, and then zod parses the input again and says what is wrong. Zod stays the source of
// truth: types this compiler does not know, and refinements it does not know (`.trim()`,
// `superRefine`…), run zod's own code; what it does itself (objects, arrays, unions, optional,
// default, pipes and transforms, strings, numbers, enums, literals, and the common checks: a
// length floor, a pattern, a bound, a whole number) follows zod's semantics for valid input
// exactly, so the result is the same value (a test compares both on every example and on random
// data). It exists because zod's generic machinery (a payload and an issue list per value, a memo
// for recursive schemas) cost more than the checks that follow it.
//
// Objects and arrays are compiled to code of their own (`new Function`, as zod's own objects
// are) where the platform allows it: each field then reads and writes its key at a place of its
// own, which the engine makes fast; elsewhere (a page whose policy forbids it, zod's `jitless`)
// the same semantics run as closures.

/** How a parser is compiled. */
export interface CompileOptions {
  /**
   * Also give up (FAIL) on input nested deeper than this many levels of objects and lists,
   * counted as `parseSupervision` counts them: the parser then stands in for that walk too.
   */
  maxDepth?: number | undefined;
  /**
   * Objects and arrays as code (`true`), or as closures (`false`). By default, closures first
   * and code once the parser has run `CODE_AFTER` times, where the platform allows code: the code
   * is quicker only once the engine has optimised each of its functions, which takes it about a
   * thousand parses (measured: ~300 µs a parse as closures, ~220 µs as optimised code, worse than
   * closures until then), so a command that reads a few hundred files never pays for it.
   */
  jit?: boolean | undefined;
}

/** How many parses a parser runs as closures before it is compiled to code (see `CompileOptions.jit`). */
const CODE_AFTER = 1000;

/** What a transform is given as its context (zod's payload): it may add issues to it. */
class TransformContext implements Payload {
  issues: unknown[] = [];
  constructor(public value: unknown) {}
  addIssue(issue: unknown): void {
    this.issues.push(issue);
  }
}

/**
 * The compiled happy path of `schema`.
 *
 * @example
 * const fast = compileParser(Supervision);
 * const value = fast(data);
 * if (value === FAIL) Supervision.safeParse(data); // the issues, from zod
 */
export function compileParser(schema: z.ZodType, options: CompileOptions = {}): Fast {
  const { jit, maxDepth } = options;
  if (jit !== undefined) return compilerOf(jit, maxDepth).entry(schema as unknown as Schema);
  const closures = compilerOf(false, maxDepth).entry(schema as unknown as Schema);
  let parse = closures;
  let runs = 0;
  return (input) => {
    if (++runs === CODE_AFTER && canCompileCode())
      parse = compilerOf(true, maxDepth).entry(schema as unknown as Schema);
    return parse(input);
  };
}

function compilerOf(jit: boolean, maxDepth: number | undefined): Compiler {
  const key = `${jit}:${maxDepth ?? ''}`;
  let compiler = compilers.get(key);
  if (!compiler) {
    compiler = new Compiler(jit, maxDepth);
    compilers.set(key, compiler);
  }
  return compiler;
}

/** Whether code may be compiled here, as zod itself decides (its `jitless` setting, the page's policy). */
function canCompileCode(): boolean {
  if (z.config().jitless) return false;
  return (zodUtil as unknown as { allowsEval: { value: boolean } }).allowsEval.value;
}

/** What a walked object holds for a field whose key it does not have (see `objectByKeys`). */
const ABSENT: unique symbol = Symbol('absent');

/** Whether `record` has, as its own, a field the walk did not meet (one not enumerable). */
function hidesAbsent(record: object, values: readonly unknown[], fields: readonly Field[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    // `in` first, as the compiled code asks (see `jitObjectByKeys`).
    const { key } = fields[i]!;
    if (values[i] === ABSENT && key in record && Object.hasOwn(record, key)) return true;
  }
  return false;
}

/** One compiler per way of compiling, each with its cache of compiled schemas. */
const compilers = new Map<string, Compiler>();

class Compiler implements DepthCounter {
  readonly compiled = new WeakMap<object, Fast>();
  depth = 0;

  constructor(
    readonly jit: boolean,
    readonly maxDepth: number | undefined,
  ) {}

  /** The parser of a whole value: its depth counted from the top. */
  entry(schema: Schema): Fast {
    const parse = this.compile(schema);
    if (this.maxDepth === undefined) return parse;
    return (input) => {
      this.depth = 0;
      return parse(input);
    };
  }

  compile(schema: Schema): Fast {
    const known = this.compiled.get(schema);
    if (known) return known;
    // A recursive schema (a section holds sections) meets itself while compiling: it calls the
    // finished parser through this slot.
    let self: Fast | undefined;
    this.compiled.set(schema, (input) => self!(input));
    const body = this.body(schema);
    self = textFloor(schema) !== undefined ? body : withChecks(schema, body);
    this.compiled.set(schema, self);
    return self;
  }

  /** Input this compiler does not walk: within the depth limit, or FAIL, before `parse` reads it. */
  unwalked(parse: Fast): Fast {
    const max = this.maxDepth;
    if (max === undefined) return parse;
    return (input) => (fits(input, this.depth, max) ? parse(input) : FAIL);
  }

  body(schema: Schema): Fast {
    const def = schema._zod.def;
    // A coercing schema, or one that is itself a check (z.email(), z.int()…): zod's own code.
    if (def.coerce || schema._zod.traits.has('$ZodCheck')) return this.unwalked(byZod(schema));
    switch (def.type) {
      case 'string': {
        // The commonest field of all, text with a floor of one character: one test, not a chain.
        const floor = textFloor(schema);
        if (floor !== undefined)
          return (input) => (typeof input === 'string' && input.length >= floor ? input : FAIL);
        return (input) => (typeof input === 'string' ? input : FAIL);
      }
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
        if (inner._zod.optin === 'defaulted') return this.unwalked(byZod(schema));
        const parse = this.compile(inner);
        return (input) => (input === undefined ? undefined : parse(input));
      }
      case 'nullable': {
        const parse = this.compile(def.innerType!);
        return (input) => (input === null ? null : parse(input));
      }
      case 'default': {
        const parse = this.compile(def.innerType!);
        return (input) => {
          // Read each time: zod's getter gives a fresh copy of an array or object default.
          if (input === undefined) return def.defaultValue;
          const value = parse(input);
          return value === undefined ? def.defaultValue : value;
        };
      }
      case 'pipe': {
        const first = this.compile(def.in!);
        // A transform after a schema is given what that schema gave: already walked.
        const out = def.out!;
        const then =
          out._zod.def.type === 'transform' && !out._zod.def.checks?.length
            ? transform(out._zod.def)
            : this.compile(out);
        return (input) => {
          const value = first(input);
          return value === FAIL ? FAIL : then(value);
        };
      }
      case 'transform':
        return this.unwalked(transform(def));
      case 'array':
        return this.array(schema);
      case 'object':
        return this.object(schema);
      case 'union':
        return this.union(schema);
      case 'lazy':
        return this.compile(def.getter!());
      default:
        return this.unwalked(byZod(schema));
    }
  }

  array(schema: Schema): Fast {
    const element = this.compile(schema._zod.def.element!);
    if (this.jit) return jitArray(element, FAIL, this, this.maxDepth);
    const max = this.maxDepth;
    return (input) => {
      if (!Array.isArray(input)) return FAIL;
      if (max !== undefined && ++this.depth > max) return FAIL;
      const out = new Array(input.length);
      for (let i = 0; i < input.length; i++) {
        const value = element(input[i]);
        if (value === FAIL) return FAIL;
        out[i] = value;
      }
      if (max !== undefined) this.depth--;
      return out;
    };
  }

  object(schema: Schema): Fast {
    const def = schema._zod.def;
    const catchall = def.catchall?._zod.def.type;
    // A catch-all other than "never" (strict) parses unknown keys: left to zod.
    if (catchall !== undefined && catchall !== 'never') return this.unwalked(byZod(schema));
    const strict = catchall === 'never';
    const shape = def.shape!;
    const keys = Object.keys(shape);
    if (Object.getOwnPropertySymbols(shape).length > 0) return this.unwalked(byZod(schema));
    const known = new Set(keys);
    const fields: Field[] = keys
      .filter((key) => key !== '__proto__')
      .map((key) => {
        const field = shape[key]!._zod;
        return {
          key,
          parse: this.compile(shape[key]!),
          skipAbsent: field.optout === 'optional' && field.optin === 'optional',
          required: field.optin === undefined,
          keepUndefined: field.optin === 'defaulted' && field.optout !== 'optional',
          text: textField(shape[key]!),
          choice: choiceField(shape[key]!),
        };
      });
    const max = this.maxDepth;
    if (this.jit) return jitObject({ fields, known, strict, FAIL, counter: this, maxDepth: max, fits });
    const byName = this.objectByName(fields, known, strict);
    // As compiled code does (see jitObject): the keys an object has, walked once.
    if (fields.length === 0 || fields.some((f) => f.key in Object.prototype)) return byName;
    return this.objectByKeys(fields, known, strict, byName);
  }

  /**
   * The object parser that walks the keys an object has, as `jitObject`'s code does, with the same
   * semantics: each known key's value taken as it is met, the others refused (strict) or measured;
   * an object that may hide a key from the walk (a key not enumerable, or inherited from a prototype
   * other than Object's) read by `byName`.
   */
  objectByKeys(fields: Field[], known: Set<string>, strict: boolean, byName: Fast): Fast {
    const max = this.maxDepth;
    // A field's place by its key; a known key that is not a field ("__proto__"): -1.
    const place = new Map<string, number>();
    for (const key of known) place.set(key, -1);
    for (const [i, field] of fields.entries()) place.set(field.key, i);
    const count = fields.length;
    return (input) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
      const proto = Object.getPrototypeOf(input);
      if (proto !== Object.prototype && proto !== null) return byName(input);
      const record = input as Record<string, unknown>;
      if (max !== undefined && ++this.depth > max) return FAIL;
      const values: unknown[] = new Array(count).fill(ABSENT);
      let found = 0;
      for (const key in record) {
        const at = place.get(key);
        if (at === undefined) {
          if (strict) return FAIL;
          // Keys zod strips are not walked: their values must still be within the limit.
          if (max !== undefined && !fits(record[key], this.depth, max)) return FAIL;
        } else if (at >= 0) {
          values[at] = record[key];
          found++;
        }
      }
      // A key absent from the walk is absent indeed unless the object has it as its own, hidden
      // from the walk (not enumerable): asked of the absent keys only, with no list of keys made.
      if (found < count && hidesAbsent(record, values, fields)) {
        if (max !== undefined) this.depth--;
        return byName(input);
      }
      const out: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) {
        const field = fields[i]!;
        const given = values[i];
        const present = given !== ABSENT;
        if (!present) {
          if (field.skipAbsent) continue;
          if (field.required) return FAIL;
        }
        const value = field.parse(present ? given : undefined);
        if (value === FAIL) return FAIL;
        if (value !== undefined) out[field.key] = value;
        else if (present || field.keepUndefined) out[field.key] = undefined;
      }
      if (max !== undefined) this.depth--;
      return out;
    };
  }

  /** The object parser that looks each field up by name. */
  objectByName(fields: Field[], known: Set<string>, strict: boolean): Fast {
    const max = this.maxDepth;
    return (input) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
      const record = input as Record<string, unknown>;
      if (max !== undefined && ++this.depth > max) return FAIL;
      if (strict) {
        for (const key in record) if (!known.has(key)) return FAIL;
      } else if (max !== undefined) {
        // Keys zod strips are not walked: their values must still be within the limit.
        for (const key in record) if (!known.has(key) && !fits(record[key], this.depth, max)) return FAIL;
      }
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
      if (max !== undefined) this.depth--;
      return out;
    };
  }

  /** The first option that takes the input, as zod's union; by its tag, as a discriminated one. */
  union(schema: Schema): Fast {
    const def = schema._zod.def;
    const options = def.options!;
    // An exclusive union (xor) must know that only one option matches: left to zod.
    if (def.inclusive === false && def.discriminator === undefined) return this.unwalked(byZod(schema));
    if (def.discriminator !== undefined) {
      if (def.unionFallback) return this.unwalked(byZod(schema));
      const tag = def.discriminator;
      const byTag = new Map<unknown, Fast>();
      for (const option of options) {
        const values = option._zod.propValues?.[tag];
        if (!values) return this.unwalked(byZod(schema));
        for (const value of values) {
          if (byTag.has(value)) return this.unwalked(byZod(schema));
          byTag.set(value, this.compile(option));
        }
      }
      return (input) => {
        if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
        const parse = byTag.get((input as Record<string, unknown>)[tag]);
        return parse ? parse(input) : FAIL;
      };
    }
    // Bare types only ("a text or a number", as a written figure is): one test of the input's type.
    const bare = options.map(bareType);
    if (bare.every((t) => t !== undefined)) {
      const text = bare.includes('string');
      const number = bare.includes('number');
      const boolean = bare.includes('boolean');
      return (input) => {
        const type = typeof input;
        if (type === 'string') return text ? input : FAIL;
        if (type === 'number') return number && Number.isFinite(input) ? input : FAIL;
        return type === 'boolean' && boolean ? input : FAIL;
      };
    }
    const parsers = options.map((option) => this.compile(option));
    return (input) => {
      // An option that gives up part-way leaves the depth where it was: each starts from here.
      const depth = this.depth;
      for (const parse of parsers) {
        this.depth = depth;
        const value = parse(input);
        if (value !== FAIL) return value;
      }
      return FAIL;
    };
  }
}

/**
 * The type a schema takes with no refinement at all (`z.string()`, `z.number()`, `z.boolean()`),
 * whose body gives the input itself; `undefined` for any other schema.
 */
function bareType(schema: Schema): 'string' | 'number' | 'boolean' | undefined {
  const def = schema._zod.def;
  if (def.checks?.length || def.coerce || schema._zod.traits.has('$ZodCheck')) return undefined;
  return def.type === 'string' || def.type === 'number' || def.type === 'boolean' ? def.type : undefined;
}

/**
 * Whether `value`, standing below a value at depth `depth`, nests no deeper than `max` levels of
 * objects and lists (as `parseSupervision` counts: the top value is at depth 1).
 */
export function fits(value: unknown, depth: number, max: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth + 1 > max) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!fits(item, depth + 1, max)) return false;
    return true;
  }
  for (const key in value) if (!fits((value as Record<string, unknown>)[key], depth + 1, max)) return false;
  return true;
}

/**
 * A transform, given a context to add issues to: an issue, or a promise, is a FAIL. One context
 * serves every call (the model's transforms keep nothing of it), emptied before each.
 */
function transform(def: Def): Fast {
  const run = def.transform!;
  const payload = new TransformContext(undefined);
  return (input) => {
    payload.value = input;
    if (payload.issues.length > 0) payload.issues = [];
    const value = run(input, payload);
    if (payload.issues.length > 0 || value instanceof Promise) return FAIL;
    return value;
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
