import { Decimal } from '../numbers/decimal.js';

/**
 * A figure a rule reads: a block kind (or one block by its id), then the field path.
 * `dossiers.received.total`, `count[tuyen-truyen-vien].value`, `index766.components[mdsh].score`.
 */
export interface FigureRef {
  kind: string;
  /** The block's `id` when the reference names one block: `count[may-tinh]`. */
  id?: string | undefined;
  /** Field names, each with the key of one array element when the field is a list. */
  steps: { field: string; select?: string | undefined }[];
  /** As the author wrote it, for the wording and for issues. */
  text: string;
}

/** An arithmetic expression over figures: numbers, references, + − × ÷ and parentheses. */
export type Expr =
  | { type: 'number'; value: Decimal; text: string }
  | { type: 'ref'; ref: FigureRef }
  | { type: 'neg'; operand: Expr }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

/** Why an expression could not be read, and where (0-based column). */
export interface ExpressionError {
  position: number;
  /** What the parser wanted there: "a number, a figure or (", "an operator", ")". */
  expected: 'operand' | 'operator' | 'close' | 'selector-close' | 'field' | 'plain-number';
  /** What it found ("end" at the end of the text). */
  found: string;
}

export type ExpressionResult = { ok: true; expr: Expr } | { ok: false; error: ExpressionError };

type Token =
  | { t: 'num'; text: string; at: number }
  | { t: 'ref'; ref: FigureRef; at: number }
  | { t: 'op'; op: '+' | '-' | '*' | '/'; at: number }
  | { t: '('; at: number }
  | { t: ')'; at: number }
  | { t: 'end'; at: number };

// The typographic signs an author may paste from a Word document read as the ASCII ones.
const OPS: Record<string, '+' | '-' | '*' | '/'> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '–': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  '÷': '/',
  ':': '/',
};
const NAME = /[A-Za-z][A-Za-z0-9]*/y;
const NUMBER = /\d+(?:\.\d+)?/y;

class Fail {
  constructor(readonly error: ExpressionError) {}
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const op = OPS[c];
    if (op) {
      tokens.push({ t: 'op', op, at: i++ });
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ t: c, at: i++ });
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(source);
    if (num) {
      // "1.000" is a thousand to a Vietnamese reader and one to a machine: refuse to guess.
      if (/^[1-9]\d{0,2}\.\d{3}$/.test(num[0]))
        throw new Fail({ position: i, expected: 'plain-number', found: num[0] });
      tokens.push({ t: 'num', text: num[0], at: i });
      i += num[0].length;
      continue;
    }
    NAME.lastIndex = i;
    if (NAME.test(source)) {
      const [ref, end] = readRef(source, i);
      tokens.push({ t: 'ref', ref, at: i });
      i = end;
      continue;
    }
    throw new Fail({ position: i, expected: 'operand', found: c });
  }
  tokens.push({ t: 'end', at: source.length });
  return tokens;
}

/** A name, an optional `[selector]`, then one or more `.field[selector]`. */
function readRef(source: string, start: number): [FigureRef, number] {
  let i = start;
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(source);
    if (!m) throw new Fail({ position: i, expected: 'field', found: source[i] ?? 'end' });
    i += m[0].length;
    return m[0];
  };
  const selector = (): string | undefined => {
    if (source[i] !== '[') return undefined;
    const close = source.indexOf(']', i);
    if (close < 0) throw new Fail({ position: source.length, expected: 'selector-close', found: 'end' });
    const text = source.slice(i + 1, close).trim();
    i = close + 1;
    return text;
  };
  const kind = name();
  const id = selector();
  const steps: FigureRef['steps'] = [];
  while (source[i] === '.') {
    i++;
    const field = name();
    const select = selector();
    steps.push(select === undefined ? { field } : { field, select });
  }
  if (steps.length === 0) throw new Fail({ position: i, expected: 'field', found: source[i] ?? 'end' });
  return [{ kind, ...(id === undefined ? {} : { id }), steps, text: source.slice(start, i) }, i];
}

/**
 * Reads an expression of a rule written as data. Hand-written (no `eval`): numbers are plain
 * decimals with a dot ("0.5", "100"; "1.000" is refused as ambiguous), figures are references,
 * and × ÷ bind tighter than + −.
 *
 * @example
 * parseExpression('dossiers.received.total - dossiers.received.carriedOver').ok // true
 * parseExpression('digitisation.done +').ok // false: an operand is expected at column 19
 */
export function parseExpression(source: string): ExpressionResult {
  try {
    const tokens = tokenize(source);
    let k = 0;
    const peek = () => tokens[k]!;
    const found = (tok: Token) => (tok.t === 'end' ? 'end' : source.slice(tok.at, tok.at + 1));

    const factor = (): Expr => {
      const tok = peek();
      if (tok.t === 'op' && tok.op === '-') {
        k++;
        return { type: 'neg', operand: factor() };
      }
      if (tok.t === 'num') {
        k++;
        return { type: 'number', value: new Decimal(tok.text), text: tok.text };
      }
      if (tok.t === 'ref') {
        k++;
        return { type: 'ref', ref: tok.ref };
      }
      if (tok.t === '(') {
        k++;
        const inner = sum();
        const close = peek();
        if (close.t !== ')') throw new Fail({ position: close.at, expected: 'close', found: found(close) });
        k++;
        return inner;
      }
      throw new Fail({ position: tok.at, expected: 'operand', found: found(tok) });
    };
    const product = (): Expr => {
      let left = factor();
      for (let tok = peek(); tok.t === 'op' && (tok.op === '*' || tok.op === '/'); tok = peek()) {
        k++;
        left = { type: 'binary', op: tok.op, left, right: factor() };
      }
      return left;
    };
    const sum = (): Expr => {
      let left = product();
      for (let tok = peek(); tok.t === 'op' && (tok.op === '+' || tok.op === '-'); tok = peek()) {
        k++;
        left = { type: 'binary', op: tok.op, left, right: product() };
      }
      return left;
    };

    const expr = sum();
    const rest = peek();
    if (rest.t !== 'end') throw new Fail({ position: rest.at, expected: 'operator', found: found(rest) });
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

/** Every figure an expression reads, in the order written. */
export function refsOf(expr: Expr): FigureRef[] {
  switch (expr.type) {
    case 'number':
      return [];
    case 'ref':
      return [expr.ref];
    case 'neg':
      return refsOf(expr.operand);
    case 'binary':
      return [...refsOf(expr.left), ...refsOf(expr.right)];
  }
}

/**
 * The exact value of an expression, given each figure's value (undefined: not stated). Returns
 * undefined when a figure it needs is missing or a division by zero leaves it without a value.
 *
 * @example
 * evaluate(expr, (ref) => values.get(ref.text))?.toString() // '2175'
 */
export function evaluate(expr: Expr, figure: (ref: FigureRef) => Decimal | undefined): Decimal | undefined {
  switch (expr.type) {
    case 'number':
      return expr.value;
    case 'ref':
      return figure(expr.ref);
    case 'neg':
      return evaluate(expr.operand, figure)?.neg();
    case 'binary': {
      const a = evaluate(expr.left, figure);
      const b = evaluate(expr.right, figure);
      if (a === undefined || b === undefined) return undefined;
      switch (expr.op) {
        case '+':
          return a.plus(b);
        case '-':
          return a.minus(b);
        case '*':
          return a.times(b);
        case '/':
          return b.isZero() ? undefined : a.div(b);
      }
    }
  }
}
