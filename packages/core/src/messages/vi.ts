import { followUpIssuesVi } from '../followup/issues.js';
import { formatInteger } from '../format/number.js';
import { vi as amountVi } from '../rules/amount/wording.js';
import { vi as budgetVi } from '../rules/budget/wording.js';
import { vi as citationVi } from '../rules/citation/wording.js';
import { vi as dateVi } from '../rules/date/wording.js';
import { vi as digitisationVi } from '../rules/digitisation/wording.js';
import { vi as dossierVi } from '../rules/dossier/wording.js';
import { vi as figureVi } from '../rules/figure/wording.js';
import { vi as index766Vi } from '../rules/index766/wording.js';
import { vi as legalVi } from '../rules/legal/wording.js';
import { vi as lifecycleVi } from '../rules/lifecycle/wording.js';
import { vi as nameVi } from '../rules/name/wording.js';
import { vi as outlineVi } from '../rules/outline/wording.js';
import { vi as rateVi } from '../rules/rate/wording.js';
import { vi as receptionVi } from '../rules/reception/wording.js';
import { engineVi, packIssuesVi } from './packs.js';
import type { MessageCatalog } from './types.js';

/** Tên các trường mà gợi ý có thể nói tới. */
const FIELD: Record<string, string> = { 'dossiers.resolved.total': 'số hồ sơ đã giải quyết' };

/** Thông điệp tiếng Việt. */
export const vi: MessageCatalog = {
  lang: 'vi',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  findings: {
    ...dossierVi,
    ...index766Vi,
    ...digitisationVi,
    ...rateVi,
    ...budgetVi,
    ...figureVi,
    ...dateVi,
    ...lifecycleVi,
    ...outlineVi,
    ...amountVi,
    ...legalVi,
    ...receptionVi,
    ...citationVi,
    ...nameVi,
  },
  issues: {
    required: (i, s) => `${s.path(i.path)}: thiếu trường bắt buộc (cần ${i.expected ?? 'một giá trị'}).`,
    type: (i, s) => `${s.path(i.path)}: sai kiểu dữ liệu, cần ${i.expected ?? '?'}, nhận được ${i.received}.`,
    value: (i, s) =>
      `${s.path(i.path)}: giá trị không hợp lệ, cần một trong ${i.expected}, nhận được ${i.received}.`,
    format: (i, s) => `${s.path(i.path)}: sai định dạng (${i.expected}), nhận được ${i.received}.`,
    'too-small': (i, s) =>
      `${s.path(i.path)}: quá nhỏ hoặc quá ít, cần ${i.expected}, nhận được ${i.received}.`,
    'too-big': (i, s) =>
      `${s.path(i.path)}: quá lớn hoặc quá nhiều, cần ${i.expected}, nhận được ${i.received}.`,
    'unknown-keys': (i, s) => `${s.path(i.path) || '(gốc)'}: trường không có trong mô hình: ${i.received}.`,
    'number.unreadable': (i, s) =>
      `${s.path(i.path)}: không đọc được số ${i.received} (${
        {
          empty: 'để trống',
          'not-a-number': 'không phải là số',
          'several-decimal-commas': 'có nhiều dấu phẩy thập phân',
          'bad-grouping': 'dấu chấm phân nhóm không đúng',
          'unsafe-number': 'số quá lớn, hãy ghi trong dấu nháy',
        }[String(i.params.reason)] ?? String(i.params.reason)
      }); cần một số viết kiểu Việt Nam như "5.824.272.835" hoặc "92,87".`,
    'number.not-integer': (i, s) =>
      `${s.path(i.path)}: cần một số nguyên (số đếm hoặc đồng), nhận được ${i.received}.`,
    'number.negative': (i, s) => `${s.path(i.path)}: cần một số không âm, nhận được ${i.received}.`,
    'number.too-large': (i, s) =>
      `${s.path(i.path)}: số quá lớn, cần không vượt quá ${formatInteger(String(i.params.max))}, nhận được ${i.received}.`,
    'number.too-precise': (i, s) =>
      `${s.path(i.path)}: quá nhiều chữ số thập phân, cần không quá ${i.params.maxScale} chữ số sau dấu phẩy, nhận được ${i.received}.`,
    'date.unreadable': (i, s) =>
      `${s.path(i.path)}: không đọc được ngày ${i.received}; cần dạng "dd/mm/yyyy" hoặc "yyyy-mm-dd"${i.params.draft ? ' (dự thảo có thể ghi "mm/yyyy")' : ''}.`,
    'date.out-of-range': (i, s) =>
      `${s.path(i.path)}: ngày, tháng hoặc năm ngoài phạm vi, nhận được ${i.received}.`,
    invalid: (i, s) => `${s.path(i.path)}: giá trị không hợp lệ, nhận được ${i.received}.`,
    'too-deep': (i, s) =>
      `${s.path(i.path) || '(gốc)'}: dữ liệu lồng nhau quá ${String(i.params.limit)} cấp; tệp giám sát không cần sâu như vậy.`,
    ...packIssuesVi,
    ...followUpIssuesVi,
  },
  suggestion: (f, s) =>
    f.suggestion
      ? `Gợi ý: nếu ${FIELD[f.suggestion.field ?? ''] ?? s.path(f.suggestion.path)} là ${s.q(f.suggestion.value)} thì các số liệu đều khớp.`
      : '',
  expectedReceived: (e, r) => `cần ${e ?? '?'}, nhận được ${r ?? '?'}`,
  unknownRule: (code) => `Quy tắc "${code}" không có trong danh mục.`,
  engine: engineVi,
};
