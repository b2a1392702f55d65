import { describe, expect, it } from 'vitest';
import { fromHtml } from '../source/html.js';
import { fromPlainText } from '../source/plain.js';
import type { TextItem } from '../source/types.js';
import {
  amountsInWords,
  decimalMarks,
  numbering,
  repeatedWords,
  straySeparators,
  syllablePairs,
  symbolForm,
  textFindings,
} from './text.js';

const item = (text: string): TextItem => ({
  kind: 'paragraph',
  text,
  place: { paragraph: 1, start: 0, end: text.length },
});
const codes = (text: string, format: 'txt' | 'md' = 'txt') =>
  textFindings(fromPlainText(text, format).items).map((f) => [f.code, f.params.problem ?? f.params.written]);

describe('repeatedWords', () => {
  it('finds a phrase written twice in a row, whatever the case of its first letter', () => {
    expect(repeatedWords(item('Thực hiện Thực hiện Nghị quyết số 03')).map((f) => f.params.written)).toEqual([
      'Thực hiện Thực hiện',
    ]);
  });

  it('finds one syllable twice when it ends a pair the document uses ("thực hiện hiện")', () => {
    const texts = ['thực hiện tốt', 'đã thực hiện', 'chỉ đạo thực hiện hiện nghiêm túc'];
    const pairs = syllablePairs(texts);
    expect(repeatedWords(item(texts[2] as string), pairs).map((f) => f.params.written)).toEqual([
      'hiện hiện',
    ]);
  });

  it('leaves two words that share a syllable ("thu và chi chi tiết") and reduplicatives ("dần dần")', () => {
    const texts = ['các khoản thu và chi chi tiết', 'chi tiết từng khoản', 'dần dần nâng cao'];
    const pairs = syllablePairs(texts);
    expect(texts.flatMap((t) => repeatedWords(item(t), pairs))).toEqual([]);
  });
});

describe('symbolForm', () => {
  it('finds spaces and long dashes inside a number and symbol, and a space before the colon', () => {
    expect(
      symbolForm(item('Nghị quyết số : 03/NQ – HĐND ngày 20/7/2023')).map((f) => f.params.expected),
    ).toEqual(['số 03/NQ-HĐND']);
    expect(symbolForm(item('Kế hoạch số 43 /KH-UBND ngày 18/03/2024')).map((f) => f.params.expected)).toEqual(
      ['43/KH-UBND'],
    );
  });

  it('accepts the forms of Decree 30, state and Party', () => {
    expect(symbolForm(item('Nghị định số 33/2023/NĐ-CP; Quyết định số 65-QĐ/ĐU; 1.180/1.230 hồ sơ'))).toEqual(
      [],
    );
  });
});

describe('decimalMarks', () => {
  it('finds a point used as the decimal mark in a document that writes the Vietnamese way', () => {
    const found = decimalMarks([item('đạt 87.81 điểm'), item('5.824.272.835 đồng đạt 92,87%')]);
    expect(found.map((f) => f.params.written)).toEqual([['87.81']]);
  });

  it('says nothing of a document that keeps to one mark, nor of thousands groups', () => {
    expect(decimalMarks([item('5.824.272.835 đồng đạt 92,87%'), item('đạt 95,42 điểm')])).toEqual([]);
  });
});

describe('numbering', () => {
  it('finds the seed\'s restart: "I." again after "II." with no heading above Roman numerals', () => {
    expect(
      codes('I. ĐÁNH GIÁ\n\n1. Ưu điểm\n\nII. KẾT QUẢ\n\nI. CÔNG TÁC\n\nII. THỰC HIỆN\n\nIII. CHUNG'),
    ).toEqual([['text.numbering', 'restart']]);
  });

  it('finds a skipped number', () => {
    expect(codes('I. A\n\n1. B\n\n3. C')).toEqual([['text.numbering', 'skip']]);
  });

  it('trusts heading levels that agree with the numbering, as our .docx writes them', () => {
    const html = '<h2>I. A</h2><h2>II. B</h2><h3>I. C</h3><h3>II. D</h3><h4>1. E</h4><h2>III. F</h2>';
    expect(numbering(fromHtml(html).items)).toEqual([]);
  });
});

describe('straySeparators', () => {
  it('finds a space before a comma or semicolon, and doubled separators', () => {
    expect(
      straySeparators(item('cán bộ công chức ; các tổ chức,, đoàn thể')).map((f) => f.params.written),
    ).toEqual([';', ',,']);
  });

  it('leaves the closing mark of a document and an ellipsis', () => {
    expect(straySeparators(item('của đơn vị xã Diêm Mặc./. Hội, đoàn thể...'))).toEqual([]);
  });
});

describe('amountsInWords', () => {
  it('accepts the words of the amount, in any of their usual spellings', () => {
    expect(
      amountsInWords(item('Tổng thu: 1.500.000 đồng (Bằng chữ: Một triệu năm trăm ngàn đồng chẵn).')),
    ).toEqual([]);
    expect(amountsInWords(item('Tổng chi: 24.000 đồng (Bằng chữ: Hai mươi tư nghìn đồng).'))).toEqual([]);
  });

  it('finds words that say another amount', () => {
    const found = amountsInWords(item('Tổng thu: 1.500.000 đồng (Bằng chữ: Một triệu bốn trăm nghìn đồng).'));
    expect(found.map((f) => [f.code, f.params.expected])).toEqual([
      ['text.amount-in-words', 'Một triệu năm trăm nghìn đồng'],
    ]);
  });
});
