import { describe, expect, it } from 'vitest';
import { example, supervision } from '../test/fixtures.js';
import { buildNotice } from './build.js';
import { toMarkdown } from './markdown.js';

describe('toMarkdown', () => {
  const { model, findings } = example('diem-mac-2024.yaml');
  const md = toMarkdown(buildNotice(model, { findings, annex: true }));

  it('opens with the header, the draft blanks kept', () => {
    expect(md.split('\n').slice(0, 7)).toEqual([
      '**HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC**  ',
      'Số:      /TB-HĐND',
      '',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ',
      '**Độc lập - Tự do - Hạnh phúc**',
      '',
      '*Điềm Mặc, ngày      tháng 11 năm 2024*',
    ]);
  });

  it("keeps the source's own markers as text, not as Markdown lists", () => {
    expect(md).toContain('\n\\+ Triển khai thực hiện nghiêm túc các văn bản chỉ đạo');
    expect(md).toContain('\n1\\. Việc phân tích kết quả Chỉ số CCHC');
    expect(md).toContain('\n\\- UBND xã đã triển khai thực hiện nghiêm túc quyết định số 766/QĐ-TTg.');
  });

  it('sets figures as tables in Vietnamese form', () => {
    expect(md).toContain('| **Tổng thu ngân sách** | **5.824.272.835** | **6.271.000.000** | **92,87** |');
    expect(md).toMatch(/\|\s+Thuế giá trị gia tăng \| 41\.890\.010 \| 86\.000\.000 \| 48,70 \|/);
  });

  it('ends the notice with the signature, then the annex after a rule', () => {
    expect(md).toContain(
      '**TM. ĐOÀN GIÁM SÁT**  \n**TRƯỞNG ĐOÀN**\n\n**PHÓ CHỦ TỊCH HĐND**  \n**Phùng Văn Đại**\n\n---\n\n# PHỤ LỤC',
    );
  });

  it('escapes what Markdown would read as markup', () => {
    const text = 'Chỉ số *tạm tính* [xem] <b>in đậm</b> | cột';
    const out = toMarkdown(buildNotice(supervision([], { preamble: [text] })));
    expect(out).toContain('Chỉ số \\*tạm tính\\* \\[xem\\] \\<b\\>in đậm\\</b\\> \\| cột');
  });
});
