import { isAscii, transcode } from 'node:buffer';

/**
 * The text of bytes known to be UTF-8 (`isUtf8` said so): the same string as
 * `bytes.toString('utf8')`, made about three times faster. V8 decodes UTF-8 into a string
 * character by character; `transcode` converts UTF-8 to UTF-16 in bulk (Node 20 hands this pair
 * to simdutf), and UTF-16 (little-endian, as Node's `utf16le` always is) becomes a string by a
 * plain copy. ASCII is copied as Latin-1, which keeps the one-byte string `toString` would make.
 * Node built without ICU has no `transcode` at all: then `toString`. Only for valid UTF-8: on a
 * bad byte the two decoders need not put U+FFFD in the same places, and the reader refuses such a
 * file before decoding it.
 *
 * @example
 * decodeUtf8(Buffer.from('Điềm Mặc')) // 'Điềm Mặc'
 */
export function decodeUtf8(
  bytes: Buffer,
  // Undefined in a Node built without ICU; null in a test of that case.
  convert: typeof transcode | null = transcode ?? null,
): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  return convert ? convert(bytes, 'utf8', 'utf16le').toString('utf16le') : bytes.toString('utf8');
}

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
