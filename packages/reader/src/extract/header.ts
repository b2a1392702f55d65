import { fold } from '../source/clean.js';
import type { Place, TextItem } from '../source/types.js';

/** What the header of a notice says. */
export interface HeaderReading {
  issuer?: { text: string; place: Place } | undefined;
  parent?: { text: string; place: Place } | undefined;
  number?: { number: string | null; symbol: string; place: Place } | undefined;
  placeDate?: { place: string; date: string; year: number; where: Place } | undefined;
}

const NUMBER = /^Số\s*:?\s*(\d*)\s*\/\s*([\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)/u;
const PLACE_DATE = /^(.+?),\s*ngày\s*(\d{0,2})[\s_.…]*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;

const isNation = (text: string) => /cong hoa xa hoi chu nghia|doc lap\s*-\s*tu do/.test(fold(text));

/**
 * Reads the header: the issuing body (and the body above it), "Số: 25/TB-HĐND" (number blank
 * in a draft) and "Thanh Bình, ngày 30 tháng 10 năm 2025" (day blank in a draft).
 */
export function readHeader(lines: readonly TextItem[]): HeaderReading {
  const out: HeaderReading = {};
  const bodies: TextItem[] = [];
  for (const line of lines) {
    const n = NUMBER.exec(line.text);
    if (n) {
      out.number = {
        number: n[1] ? n[1] : null,
        symbol: (n[2] ?? '').replace(/\s+/g, ''),
        place: line.place,
      };
      continue;
    }
    const d = PLACE_DATE.exec(line.text);
    if (d) {
      const [, where = '', day = '', month = '', year = ''] = d;
      out.placeDate = {
        place: where.trim(),
        date: day ? `${day}/${month}/${year}` : `${month}/${year}`,
        year: Number(year),
        where: line.place,
      };
      continue;
    }
    if (isNation(line.text)) continue;
    if (line.text === line.text.toLocaleUpperCase('vi') && /\p{L}/u.test(line.text)) bodies.push(line);
  }
  const issuer = bodies.at(-1);
  if (issuer) out.issuer = { text: issuer.text, place: issuer.place };
  const parent = bodies.length > 1 ? bodies.at(-2) : undefined;
  if (parent) out.parent = { text: parent.text, place: parent.place };
  return out;
}

/** "HỘI ĐỒNG NHÂN DÂN XÃ THANH BÌNH" → "Hội đồng nhân dân xã Thanh Bình". */
export function sentenceCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  const named = lower.replace(
    /(^|\b(?:xã|phường|thị trấn|huyện|tỉnh|thành phố|quận)\s)(\p{L}+(?:\s\p{L}+)*)$/u,
    (_, lead: string, name: string) =>
      lead +
      name.replace(/(^|\s)(\p{L})/gu, (_m: string, s: string, c: string) => s + c.toLocaleUpperCase('vi')),
  );
  return named.charAt(0).toLocaleUpperCase('vi') + named.slice(1);
}
