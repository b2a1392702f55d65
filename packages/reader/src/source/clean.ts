/** NFC, non-breaking and odd spaces made plain, runs of spaces made one. Length may change. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Lower case without tone or vowel marks, "đ" as "d": a key for matching labels written with or
 * without marks ("Tiếp nhận", "tiep nhan", "TIẾP NHẬN").
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Fold, and keep only letters and digits separated by single spaces. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
