// The compiled parser's vocabulary (see fast-parse.ts): what it returns when it gives up, what it
// reads of zod's internals, and what its objects are made of. Types and one symbol, nothing else,
// so that every part of the parser can import them.

/** What a compiled parser returns when it gives up: zod then reads the input and names the issues. */
export const FAIL: unique symbol = Symbol('fail');
export type Fast = (input: unknown) => unknown;

/** What a compiled parser needs of a zod schema: its internals (zod 4's `_zod`). */
export interface Internals {
  def: Def;
  optin?: 'optional' | 'defaulted' | undefined;
  optout?: 'optional' | undefined;
  values?: Set<unknown> | undefined;
  propValues?: Record<string, Set<unknown>> | undefined;
  traits: Set<string>;
  run(payload: Payload, ctx: object): Payload | Promise<Payload>;
}
export interface CheckDef {
  check?: string;
  when?: (payload: Payload) => boolean;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}
export interface Check {
  _zod: { def: CheckDef; check(payload: Payload): unknown };
}
export interface Def {
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
export interface Schema {
  _zod: Internals;
}
export interface Payload {
  value: unknown;
  issues: unknown[];
}

/**
 * The depth of the value being parsed, shared by the parsers of one compiler (a parse runs to its
 * end before another starts: nothing here waits).
 */
export interface DepthCounter {
  depth: number;
}

/** A field of an object: its parser and how absence is treated (zod's `optin` and `optout`). */
export interface Field {
  key: string;
  parse: Fast;
  /** Absent and optional in and out: the key stays absent. */
  skipAbsent: boolean;
  /** Absent and not optional: an issue. */
  required: boolean;
  /** Absent, defaulted and not optional out: the key is written even when undefined. */
  keepUndefined: boolean;
  /** A plain text field, which compiled code checks in place: its length floor, and whether it is optional. */
  text?: { min: number; optional: boolean } | undefined;
  /** A field of a few words (an enum, a literal), which compiled code compares in place. */
  choice?: { values: string[]; optional: boolean } | undefined;
}
