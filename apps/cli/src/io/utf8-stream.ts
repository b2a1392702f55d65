import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8, lineAt } from './utf8.js';

/** Where a stream of bytes stops being UTF-8: byte offset (from 0), line (from 1) and the byte. */
export interface BadUtf8 {
  offset: number;
  line: number;
  byte: number;
}

/**
 * Checks that a stream of chunks is UTF-8 without decoding it (`isUtf8` is native and fast),
 * holding back a character cut between two chunks until the next one completes it.
 *
 * @example
 * const check = utf8Checker();
 * check.chunk(Buffer.from([0xc3])); check.chunk(Buffer.from([0xa0])); check.end() // undefined
 */
export function utf8Checker() {
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0; // bytes before `carry`
  let lines = 0; // line feeds before `carry`
  const check = (bytes: Buffer): BadUtf8 | undefined => {
    if (isUtf8(bytes)) return undefined;
    const bad = Math.max(firstInvalidUtf8(bytes), 0);
    return { offset: offset + bad, line: lines + lineAt(bytes, bad), byte: bytes[bad] ?? 0 };
  };
  return {
    chunk(chunk: Buffer): BadUtf8 | undefined {
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeUpTo(bytes);
      const bad = check(bytes.subarray(0, cut));
      if (bad) return bad;
      for (let i = bytes.indexOf(10); i >= 0 && i < cut; i = bytes.indexOf(10, i + 1)) lines++;
      offset += cut;
      carry = Buffer.from(bytes.subarray(cut));
      return undefined;
    },
    /** A character cut short at the end of the file is an error too. */
    end(): BadUtf8 | undefined {
      return carry.length > 0 ? check(carry) : undefined;
    },
  };
}

/** Where the last character of `bytes` starts when it is incomplete, else the length. */
function completeUpTo(bytes: Buffer): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n; // ASCII: complete
    if (b >= 0xc0) {
      // A lead byte: how many bytes its character needs.
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}
