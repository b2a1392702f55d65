import { labelWords, partWords, petitionWords } from './figure-words.js';

/** Words the Vietnamese findings share (parts of a figure, steps, issuing bodies…). */
export const PART = partWords('vi');
export const PETITION = petitionWords('vi');
export const STEP: Record<string, string> = {
  programme: 'Nghị quyết chương trình giám sát',
  plan: 'Kế hoạch giám sát',
  delegationDecision: 'Quyết định thành lập Đoàn giám sát',
  contentNotice: 'Thông báo nội dung, đề cương',
  survey: 'khảo sát',
  conference: 'Hội nghị giám sát',
  conclusion: 'Thông báo kết luận',
};
export const LABEL: Record<string, string> = labelWords('vi');
export const MODE: Record<string, string> = {
  'half-up': 'làm tròn',
  'half-even': 'làm tròn chẵn',
  truncate: 'cắt bỏ',
};
export const BODY: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  TTHĐND: 'Thường trực Hội đồng nhân dân',
  ĐU: 'Đảng ủy',
  BCĐ: 'Ban Chỉ đạo',
  MTTQ: 'Ủy ban Mặt trận Tổ quốc',
  HU: 'Huyện ủy',
  TU: 'Tỉnh ủy',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  VPCP: 'Văn phòng Chính phủ',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  TW: 'Ban Chấp hành Trung ương Đảng',
};
export const RELATION: Record<string, string> = {
  amends: 'sửa đổi',
  implements: 'thực hiện',
  replaces: 'thay thế',
};
export const CITATION_FIELD: Record<string, string> = {
  type: 'loại văn bản',
  number: 'số',
  year: 'năm trong số',
  symbol: 'ký hiệu',
  party: 'kiểu số của Đảng',
  date: 'ngày',
};
export const UNREADABLE: Record<string, string> = {
  empty: 'để trống',
  'no-type': 'không rõ loại văn bản',
  'no-number': 'không có số và ký hiệu',
  'bad-symbol': 'ký hiệu không đúng dạng',
  'bad-date': 'ngày không đúng dạng',
};
export const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
export const label = (s: string | undefined) => (s ? (LABEL[s] ?? s) : '');
export const parts = (params: Record<string, unknown>, show: (p: never) => string) =>
  Object.entries(params)
    .filter(([k]) => k in PART)
    .map(([k, v]) => `${PART[k]} ${show(v as never)}`)
    .join(' + ');
