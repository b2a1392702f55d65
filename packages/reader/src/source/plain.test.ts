import { describe, expect, it } from 'vitest';
import { fromPlainText } from './plain.js';

describe('fromPlainText', () => {
  it('makes each line a paragraph with its line number, and keeps Markdown heading levels', () => {
    const doc = fromPlainText('## THÔNG BÁO\n\n### Kết luận giám sát\n\nThực hiện Nghị quyết;', 'md');
    expect(doc.items.map((i) => (i.kind === 'paragraph' ? [i.text, i.heading, i.place.line] : []))).toEqual([
      ['THÔNG BÁO', 2, 1],
      ['Kết luận giám sát', 3, 3],
      ['Thực hiện Nghị quyết;', undefined, 5],
    ]);
  });

  it('joins a paragraph broken by hand in the middle of a sentence, and drops emphasis marks', () => {
    const doc = fromPlainText(
      'c) Việc thực hiện chức trách; đạo đức nghề nghiệp,\n\nquy tắc văn hóa công vụ.\n\n**TM. ĐOÀN**',
      'txt',
    );
    expect(doc.items.map((i) => (i.kind === 'paragraph' ? i.text : ''))).toEqual([
      'c) Việc thực hiện chức trách; đạo đức nghề nghiệp, quy tắc văn hóa công vụ.',
      'TM. ĐOÀN',
    ]);
  });

  it('reads a Markdown table as rows of cells, the first row marked', () => {
    const doc = fromPlainText(
      '| Chỉ tiêu | Số hồ sơ |\n| :--- | ---: |\n| **Tiếp nhận** | **2.175** |',
      'md',
    );
    expect(doc.items.map((i) => (i.kind === 'row' ? [i.first, i.cells.map((c) => c.text)] : []))).toEqual([
      [true, ['Chỉ tiêu', 'Số hồ sơ']],
      [false, ['Tiếp nhận', '2.175']],
    ]);
  });

  it('normalises to NFC and single spaces', () => {
    const decomposed = 'Đi\u00ea\u0300m  Mă\u0323c';
    const doc = fromPlainText(decomposed, 'txt');
    expect(doc.items[0]?.kind === 'paragraph' && doc.items[0].text).toBe('Điềm Mặc');
  });
});
