import { describe, expect, it } from 'vitest';
import { fromHtml, fromWordText } from './html.js';

describe('fromHtml (mammoth output)', () => {
  it('keeps heading levels and decodes entities', () => {
    const doc = fromHtml('<h2>I. ĐÁNH GIÁ</h2><p>A &amp; B</p>');
    expect(doc.items.map((i) => (i.kind === 'paragraph' ? [i.text, i.heading] : []))).toEqual([
      ['I. ĐÁNH GIÁ', 2],
      ['A & B', undefined],
    ]);
  });

  it('reads a table of figures as rows, and a layout table as its paragraphs, left column first', () => {
    const layout =
      '<table><tr><td><p>HĐND XÃ A</p></td><td><p>CỘNG HÒA</p></td></tr><tr><td><p>Số: 1/TB-HĐND</p></td><td><p>A, ngày 1 tháng 2 năm 2025</p></td></tr></table>';
    const figures =
      '<table><tr><td><p>Chỉ tiêu</p></td><td><p>Số hồ sơ</p></td></tr><tr><td><p>Tiếp nhận</p></td><td><p>1.248</p></td></tr></table>';
    const doc = fromHtml(layout + figures);
    expect(
      doc.items.map((i) => (i.kind === 'paragraph' ? i.text : i.cells.map((c) => c.text).join('|'))),
    ).toEqual([
      'HĐND XÃ A',
      'Số: 1/TB-HĐND',
      'CỘNG HÒA',
      'A, ngày 1 tháng 2 năm 2025',
      'Chỉ tiêu|Số hồ sơ',
      'Tiếp nhận|1.248',
    ]);
    expect(doc.items[5]?.kind === 'row' && doc.items[5].cells[1]?.place.table).toEqual({
      index: 2,
      row: 2,
      column: 2,
    });
  });
});

describe('fromWordText (word-extractor output)', () => {
  it('reads tab-separated rows with numbers as a table, other tab rows as paragraphs', () => {
    const doc = fromWordText(
      'Số: 1/TB-HĐND\tA, ngày 1 tháng 2 năm 2025\t\nTHÔNG BÁO\nChỉ tiêu\tSố hồ sơ\t\nTiếp nhận\t2.175\t\n',
    );
    expect(doc.items.map((i) => i.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'row', 'row']);
  });
});
