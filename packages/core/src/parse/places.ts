/** What a place holds: a scalar, or a collection whose entries have places of their own. */
export const SCALAR = 0;
export const MAPPING = 1;
export const LIST = 2;
type Kind = typeof SCALAR | typeof MAPPING | typeof LIST;

/**
 * Where the values of a text stand, in the order the fast reader meets them: a value's place comes
 * before those of its entries, and its entries' after one another, so a collection's entries are
 * the places from the one after it to its `end`, each past the end of the one before.
 *
 * Kept as one table of numbers, not an object per value: a command keeps a file's places while it
 * checks the file, and the engine copied a tree of objects (a value's place, a mapping's lists of
 * keys and places; some eight hundred values in a supervision file) at every collection of its
 * young heap meanwhile. Measured under cachegrind, read, parse and check of the bench's batch
 * files by one checker: 12.8 million instructions a file with the tree, 10.4 with the table, 9.7
 * without places at all.
 */
export class Places {
  /** Four numbers per place: its line, its column, the place after its entries' (see `end`), its kind. */
  table: Int32Array;
  /** Each entry's key in its mapping; undefined in a list, or for a collection itself. */
  readonly keys: (string | undefined)[] = [];
  count = 0;

  /** `size`: about how many places the text has (the tables grow if need be). */
  constructor(size: number) {
    this.table = new Int32Array(size * 4);
  }

  /** A new place, as a scalar's until `close` says where its entries end. */
  add(line: number, column: number, kind: Kind): number {
    const n = this.count;
    let at = n * 4;
    if (at === this.table.length) {
      const longer = new Int32Array(at * 2);
      longer.set(this.table);
      this.table = longer;
    }
    const table = this.table;
    table[at++] = line;
    table[at++] = column;
    table[at++] = n + 1;
    table[at] = kind;
    this.keys.push(undefined);
    this.count = n + 1;
    return n;
  }

  /** A collection's entries are the places added since its own. */
  close(place: number): void {
    this.table[place * 4 + 2] = this.count;
  }

  line(place: number): number {
    return this.table[place * 4]!;
  }

  column(place: number): number {
    return this.table[place * 4 + 1]!;
  }

  /** The place after the last of `place`'s entries (the next one, for a scalar). */
  end(place: number): number {
    return this.table[place * 4 + 2]!;
  }

  kind(place: number): Kind {
    return this.table[place * 4 + 3] as Kind;
  }
}

const NUMERIC_KEY = /^(?:0|[1-9]\d{0,14})$/;

/**
 * The place of the value at `path` from `root`, or of its nearest ancestor that has one, as the
 * `yaml` library's locator says.
 */
export function locator(
  places: Places,
  root: number,
): (path: readonly (string | number)[]) => { line: number; column: number } {
  const { keys } = places;
  return (path) => {
    let found = root;
    for (const key of path) {
      const end = places.end(found);
      const kind = places.kind(found);
      let next = -1;
      if (kind === MAPPING) {
        // The library keeps a key such as 2024 as a number: only a number finds it, and only a
        // string finds the others.
        const raw = typeof key === 'number' ? String(key) : key;
        if (NUMERIC_KEY.test(raw) === (typeof key === 'number')) {
          for (let c = found + 1; c < end; c = places.end(c)) {
            if (keys[c] === raw) {
              next = c;
              break;
            }
          }
        }
      } else if (kind === LIST) {
        const index = typeof key === 'string' && key !== '' ? Number(key) : key;
        if (typeof index === 'number' && Number.isInteger(index) && index >= 0) {
          let c = found + 1;
          for (let k = 0; k < index && c < end; k++) c = places.end(c);
          if (c < end) next = c;
        }
      }
      if (next < 0) break;
      found = next;
    }
    return { line: places.line(found), column: places.column(found) };
  };
}
