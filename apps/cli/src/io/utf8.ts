/**
 * Where the first byte that breaks UTF-8 stands (counted from 0), or -1 when the bytes are
 * UTF-8 throughout. The rules are those of the WHATWG decoder, so this agrees with
 * `buffer.isUtf8`: no overlong forms, no surrogates, nothing above U+10FFFF. A sequence cut
 * short is reported at its first byte.
 *
 * @example
 * firstInvalidUtf8(Buffer.from([0x78, 0xc3, 0xa0, 0xff])) // 3
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let follow: number;
    // The second byte's range narrows for E0, ED, F0 and F4 (overlongs, surrogates, > U+10FFFF).
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) follow = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      follow = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      follow = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= follow; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += follow + 1;
  }
  return -1;
}

/** The line (from 1) holding byte `offset`. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
