/**
 * Strings built from UTF-16 code units in a typed array. Texts are rewritten here unit by unit
 * (a letter to its bone, a tone moved to the end of its syllable); adding one character at a time
 * to a string makes a chain V8 must flatten again, and that was most of the time spent.
 */

// Arguments of one `String.fromCharCode` call: well under every engine's limit.
const CHUNK = 8192;

/** The string of the first `length` units of `units`. */
export function fromUnits(units: Uint16Array, length: number = units.length): string {
  if (length <= CHUNK)
    return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let at = 0; at < length; at += CHUNK) {
    const end = Math.min(at + CHUNK, length);
    out += String.fromCharCode.apply(null, units.subarray(at, end) as unknown as number[]);
  }
  return out;
}

/** `text` with each unit below the table's size replaced as the table says (unit for unit). */
export function mapUnits(text: string, table: Uint16Array): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = (c < table.length && table[c]) || c;
  }
  return fromUnits(units);
}
