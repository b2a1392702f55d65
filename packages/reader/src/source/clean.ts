import { remember } from '../memo.js';

/** NFC, non-breaking and odd spaces made plain, runs of spaces made one. Length may change. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// Each letter with marks, folded once: folding runs on every paragraph many times, and
// NFD + a mark-stripping RegExp per call was most of the reader's time.
const FOLDED: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      table.set(c, c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    }
  }
  table.set('đ', 'd');
  table.set('Đ', 'd');
  return table;
})();

/**
 * Lower case without tone or vowel marks, "đ" as "d": a key for matching labels written with or
 * without marks ("Tiếp nhận", "tiep nhan", "TIẾP NHẬN"). Offsets stay those of the NFC text.
 *
 * @example
 * fold('Tiếp nhận') // 'tiep nhan'
 */
export function fold(text: string): string {
  return remember('fold', text, foldNow);
}

function foldNow(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    const code = c.charCodeAt(0);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    else out += FOLDED.get(c) ?? (/\p{M}/u.test(c) ? '' : c.toLowerCase());
  }
  return out;
}

/** Fold, and keep only letters and digits separated by single spaces. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
