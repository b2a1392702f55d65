import type { Draft, Path, Rule } from '../../checks/types.js';
import { compareDates } from '../../dates/calendar.js';
import { once } from '../../shared/once.js';
import type { Supervision } from '../../supervision/schema.js';

type Day = { year: number; month: number; day: number };
// Read once, when the rules are loaded: read in each check, the two days were some 25,000
// instructions a check of the example (cachegrind), more than both rules' own work on most notices.
const day = (written: string): Day => {
  const [d, m, y] = written.split('/').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
};
/** Whether the notice is dated on or after a day (a draft's blank day: its month). */
const datedFrom = (supervision: Supervision, from: Day) =>
  compareDates(supervision.documents.conclusion.date, from) >= 0;

const DECREE_42 = '01/8/2022';
const DECREE_42_DAY = day(DECREE_42);
/** Terms the law has replaced, used in a notice dated after the replacement took effect. */
export const replacedTerm: Rule = {
  code: 'legal.replaced-term',
  severity: 'info',
  legalBasis:
    'Nghị định 42/2022/NĐ-CP (dịch vụ công trực tuyến "toàn trình" và "một phần" thay "mức độ 3, 4"; hiệu lực 01/8/2022 [unsure])',
  applies: { from: DECREE_42 },
  reads: ['**'],
  run({ supervision, index }) {
    if (!datedFrom(supervision, DECREE_42_DAY)) return [];
    const out: Draft[] = [];
    // Only the texts that write a replaced term, found in one pass with the amounts in prose.
    for (const { entry, found } of index.prose.terms) {
      for (const term of found) {
        out.push({
          paths: [entry.path],
          params: { term, replacement: 'một phần; toàn trình', since: DECREE_42 },
        });
      }
    }
    return out;
  },
};

const TWO_LEVELS = '01/7/2025';
const TWO_LEVELS_DAY = day(TWO_LEVELS);
// A district-level body: "UBND huyện", "TT HĐND huyện Định Hóa", "Huyện ủy", "cấp huyện". Made at
// first use: only a notice dated from 1 July 2025 asks it, and its Unicode classes cost every start.
const DISTRICT_BODY = once(
  () =>
    /(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Thường trực|TT|cấp|Phòng[^,;()]{0,40}?)\s+(?:HĐND\s+|Hội đồng nhân dân\s+)?huyện(?:\s+((?:\p{Lu}\p{Ll}*\s?){1,4}))?|Huyện ủy/gu,
);

/** After 1 July 2025 there are no districts: a notice must not address a district body of its area. */
export const districtAbolished: Rule = {
  code: 'legal.district-abolished',
  severity: 'warning',
  legalBasis:
    'Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15): chính quyền địa phương hai cấp từ 01/7/2025',
  applies: { from: TWO_LEVELS },
  reads: ['supervised', 'recommendations.addressee', 'recipients', 'locality.district'],
  run({ supervision }) {
    if (!datedFrom(supervision, TWO_LEVELS_DAY)) return [];
    const own = supervision.locality.district?.normalize('NFC').trim();
    const fields: { text: string; path: Path }[] = [
      ...supervision.supervised.map((text, i) => ({ text, path: ['supervised', i] as Path })),
      ...supervision.recommendations.map((r, i) => ({
        text: r.addressee,
        path: ['recommendations', i, 'addressee'] as Path,
      })),
      ...supervision.recipients.map((text, i) => ({ text, path: ['recipients', i] as Path })),
    ];
    const out: Draft[] = [];
    for (const { text, path } of fields) {
      for (const m of text.normalize('NFC').matchAll(DISTRICT_BODY())) {
        const named = m[1]?.trim();
        // Another district, named, is not the notice's own area.
        if (named && own && named !== own) continue;
        out.push({ paths: [path], params: { body: m[0].trim(), since: TWO_LEVELS } });
      }
    }
    return out;
  },
};
