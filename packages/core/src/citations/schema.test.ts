import { describe, expect, it } from 'vitest';
import { supervision } from '../../test/builders.js';
import { formatIssue } from '../messages/index.js';
import { parseSupervision } from '../parse/parse.js';
import type { SectionInput } from '../supervision/schema.js';
import { CitationInput } from './schema.js';

type Cite = NonNullable<SectionInput['citations']>[number];
const withCitation = (citation: Cite) =>
  parseSupervision(
    supervision([], { sections: [{ key: 'reform.procedures', title: 'Thủ tục', citations: [citation] }] }),
  );

describe('CitationInput', () => {
  it('takes a citation as written, so older files stay valid', () => {
    expect(CitationInput.parse('Nghị định 130/2005/NĐ-CP')).toBe('Nghị định 130/2005/NĐ-CP');
    expect(CitationInput.parse({ text: 'Kế hoạch số 38/KH-UBND', issuer: 'Chủ tịch UBND tỉnh' })).toEqual({
      text: 'Kế hoạch số 38/KH-UBND',
      issuer: 'Chủ tịch UBND tỉnh',
    });
  });

  it('takes a structured citation, its date read as a date and its number kept as written', () => {
    expect(
      CitationInput.parse({
        type: 'KH',
        number: '05',
        symbol: 'UBND',
        date: '10/10/2024',
        subject: 'giám sát',
      }),
    ).toEqual({
      type: 'KH',
      number: '05',
      symbol: 'UBND',
      date: { year: 2024, month: 10, day: 10, written: '10/10/2024' },
      subject: 'giám sát',
    });
  });

  it('reads "symbol: KH-UBND" with "type: KH" as the issuer part UBND', () => {
    expect(CitationInput.parse({ type: 'KH', number: '05', symbol: 'KH-UBND' })).toMatchObject({
      symbol: 'UBND',
    });
  });

  it('says where a structured citation is wrong and what it takes', () => {
    const noText = withCitation({ number: '05' });
    expect(noText.ok ? [] : noText.issues.map((i) => formatIssue(i, 'vi'))).toEqual([
      'sections[0].citations[0].text: thiếu trường bắt buộc (cần một giá trị).',
    ]);
    const badType = withCitation({ type: 'Kế hoạch' as 'KH', number: '05' });
    expect(badType.ok ? [] : badType.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['value', 'sections.0.citations.0.type'],
    ]);
    const badDate = withCitation({ type: 'KH', number: '05', date: 'mười tháng Mười' });
    expect(badDate.ok ? [] : badDate.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['date.unreadable', 'sections.0.citations.0.date'],
    ]);
  });
});
