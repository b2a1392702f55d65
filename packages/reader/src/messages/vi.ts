import type { RuleWording } from '@diemmac/core';

const p = (f: { params: Record<string, unknown> }, key: string): string => {
  const v = f.params[key];
  return Array.isArray(v) ? v.join(', ') : String(v ?? '');
};

/** Vietnamese wording of the reader's findings. */
export const vi: Record<string, RuleWording> = {
  'text.repeated-words': {
    title: 'Không viết một từ hoặc cụm từ hai lần liền nhau',
    text: (f) => `Cụm từ "${p(f, 'phrase')}" được viết hai lần liền nhau: "${p(f, 'written')}".`,
  },
  'text.symbol-form': {
    title: 'Số, ký hiệu văn bản viết đúng thể thức Nghị định 30/2020/NĐ-CP',
    text: (f) =>
      `Số, ký hiệu "${p(f, 'written')}" viết chưa đúng thể thức (Nghị định 30/2020/NĐ-CP, Phụ lục I): viết liền, gạch nối ngắn, không cách trước dấu hai chấm: "${p(f, 'expected')}".`,
  },
  'text.decimal-marks': {
    title: 'Một văn bản dùng một kiểu dấu thập phân',
    text: (f) =>
      `Văn bản dùng dấu chấm làm dấu thập phân ở ${p(f, 'count')} chỗ (${p(f, 'written')}) trong khi nơi khác viết theo kiểu Việt Nam (${p(f, 'vietnamese')}: dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân).`,
  },
  'text.numbering': {
    title: 'Số thứ tự các mục liên tục, không lặp lại, không bỏ cách',
    text: (f) =>
      p(f, 'problem') === 'restart'
        ? `Mục "${p(f, 'written')}" đánh số lại từ đầu sau mục ${p(f, 'after')} cùng cấp: cấp của các mục sau không còn rõ.`
        : `Mục "${p(f, 'written')}" bỏ cách số thứ tự (mục trước cùng cấp: ${p(f, 'after')}).`,
  },
  'text.stray-separator': {
    title: 'Không có dấu câu thừa hoặc đặt sai chỗ',
    text: (f) => `Dấu câu đặt sai chỗ hoặc thừa: "${p(f, 'written')}".`,
  },
  'text.amount-in-words': {
    title: 'Số tiền bằng chữ khớp với số tiền bằng số',
    text: (f) =>
      `Số tiền ${p(f, 'written')} đồng được ghi bằng chữ là "${p(f, 'words')}", nhưng bằng chữ phải là "${p(f, 'expected')}".`,
  },
  'reader.unknown-format': {
    title: 'Định dạng tệp đọc được',
    text: (f) => `Không đọc được tệp "${p(f, 'name')}": diemmac đọc ${p(f, 'formats')}.`,
  },
  'reader.unreadable': {
    title: 'Tệp đọc được',
    text: (f) =>
      `Không đọc được nội dung tệp "${p(f, 'name')}" (${p(f, 'reason')}): tệp hỏng hoặc không đúng định dạng.`,
  },
  'reader.not-a-notice': {
    title: 'Văn bản có bố cục của một thông báo kết luận giám sát',
    text: (f) =>
      `Không nhận ra bố cục của một thông báo kết luận giám sát (thiếu: ${p(f, 'missing')}); các đoạn văn được giữ nguyên trong bản nháp.`,
  },
  'reader.understood': {
    title: 'Tỷ lệ số liệu đọc được',
    text: (f) =>
      `Đã đặt ${p(f, 'placed')}/${p(f, 'numbers')} số liệu của văn bản vào một câu số liệu (${p(f, 'share')}%).`,
  },
};
