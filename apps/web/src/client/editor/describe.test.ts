import { describe, expect, it } from 'vitest';
import { vi } from '../i18n/vi.js';
import { describePath, describeValue } from './describe.js';

const doc = {
  id: 'thanh-binh-2025',
  sections: [
    { key: 'direction', number: 'I.', title: 'Công tác chỉ đạo' },
    {
      key: 'results',
      number: 'II.',
      title: 'Kết quả',
      sections: [
        { key: 'public-service', number: '1.', title: 'Công vụ' },
        {
          key: 'reform',
          number: '2.',
          title: 'Cải cách',
          sections: [
            { key: 'reform.institutions', number: '2.1', title: 'Thể chế' },
            {
              key: 'reform.procedures',
              number: '2.2',
              title: 'Thủ tục',
              figures: [{ kind: 'dossiers', received: { total: 2175, online: 2173 } }],
            },
          ],
        },
      ],
    },
  ],
};

describe('describePath', () => {
  it('names a dossier figure by its section number, group and field, as the history shows it', () => {
    const path = ['sections', 1, 'sections', 1, 'sections', 1, 'figures', 0, 'received', 'online'];
    expect(describePath(doc, path, vi)).toBe('Mục 2.2 · Tiếp nhận · Qua mạng');
    expect(`${describeValue(2173, path)} → ${describeValue('2172', path)}`).toBe('2.173 → 2.172');
  });

  it('names the general fields and the recommendations in words', () => {
    expect(describePath(doc, ['documents', 'conclusion', 'number'], vi)).toBe('Thông báo kết luận · Số');
    expect(describePath(doc, ['recommendations', 0, 'deadline'], vi)).toBe('Kiến nghị 1 · Thời hạn');
    expect(describePath(doc, ['documents', 'plan', 'date'], vi)).toBe('Kế hoạch giám sát · Ngày');
  });

  it('names added figure blocks by their kind, not as JSON', () => {
    const path = ['sections', 1, 'sections', 1, 'sections', 1, 'figures'];
    expect(describePath(doc, path, vi)).toBe('Mục 2.2 · Số liệu');
    expect(
      describeValue([{ kind: 'dossiers', received: { total: '2.175' } }, { kind: 'budget' }], path, vi),
    ).toBe('Hồ sơ thủ tục hành chính; Thu, chi ngân sách');
  });

  it('leaves a year as it is written (only figures are grouped by thousands)', () => {
    expect(describeValue(2025, ['year'])).toBe('2025');
  });
});
