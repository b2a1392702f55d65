/**
 * The dossier codes seen so far, as 64-bit fingerprints in flat typed arrays (open
 * addressing, linear probing), each with the row where it was first seen: 12 bytes a slot,
 * at most half the slots full, so about 24–48 MB for a province's million dossiers instead
 * of the hundreds a Map of strings would hold. Two different codes share a fingerprint with
 * odds of about 1 in 3·10^7 for a million rows.
 *
 * @example
 * const codes = new CodeSet();
 * codes.firstRow(0x1234, 0x5678, 2) // 0: new, remembered at row 2
 * codes.firstRow(0x1234, 0x5678, 9) // 2: seen before, at row 2
 */
export class CodeSet {
  private hi: Uint32Array = new Uint32Array(1 << 16);
  private lo: Uint32Array = new Uint32Array(1 << 16);
  // Row numbers start at 2 (the header is row 1): 0 marks a free slot.
  private rows: Int32Array = new Int32Array(1 << 16);
  private used = 0;

  /** The row where this fingerprint was first seen, or 0 after remembering it at `row`. */
  firstRow(hi: number, lo: number, row: number): number {
    if (this.used * 2 >= this.rows.length) this.grow();
    const mask = this.rows.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const r = this.rows[i]!;
      if (r === 0) {
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.rows[i] = row;
        this.used++;
        return 0;
      }
      if (this.hi[i] === hi >>> 0 && this.lo[i] === lo >>> 0) return r;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    this.hi = new Uint32Array(rows.length * 2);
    this.lo = new Uint32Array(rows.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    this.used = 0;
    for (let i = 0; i < rows.length; i++) if (rows[i]! !== 0) this.firstRow(hi[i]!, lo[i]!, rows[i]!);
  }

  /** The row where a fingerprint was first seen, or 0, without remembering it. */
  rowOf(hi: number, lo: number): number {
    const mask = this.rows.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const r = this.rows[i]!;
      if (r === 0) return 0;
      if (this.hi[i] === hi >>> 0 && this.lo[i] === lo >>> 0) return r;
      i = (i + 1) & mask;
    }
  }

  /** The set a snapshot was taken of, on the snapshot's own arrays (nothing is copied). */
  static from(snapshot: CodeSnapshot): CodeSet {
    const set = new CodeSet();
    set.hi = snapshot.hi;
    set.lo = snapshot.lo;
    set.rows = snapshot.rows;
    for (const r of snapshot.rows) if (r !== 0) set.used++;
    return set;
  }

  /**
   * The set's own arrays (slots with row 0 are free), to send to another thread without a
   * copy: the set must not be used afterwards.
   */
  snapshot(): CodeSnapshot {
    return { hi: this.hi, lo: this.lo, rows: this.rows };
  }
}

/** The codes a recount has seen, as `CodeSet.snapshot()` gives them: a hash table whose free slots have row 0. */
export interface CodeSnapshot {
  hi: Uint32Array;
  lo: Uint32Array;
  rows: Int32Array;
}
