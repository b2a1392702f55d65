import { FollowUp, followedRecommendations } from '@diemmac/core/followup';
import type { FollowUpReportOptions } from '../src/followup.js';
import { supervision } from './fixtures.js';

/** The day the follow-up report counts as of. */
export const AS_OF = { year: 2025, month: 2, day: 10 } as const;

/**
 * A commune's supervision with four recommendations as of 10/02/2025: one done, one overdue with
 * a response and a giám sát lại link, one with parts (its first part done, its second due
 * 31/03/2025), one without a deadline. Builders, not blobs.
 */
export function followUpRows() {
  const model = supervision([], {
    id: 'diem-mac-2024',
    year: 2024,
    subject: 'Kết quả cải cách hành chính năm 2024',
    locality: { name: 'Điềm Mặc', province: 'Thái Nguyên' },
    recommendations: [
      { addressee: 'UBND xã', content: 'Xin lỗi người dân có hồ sơ trễ hạn.', deadline: '31/12/2024' },
      { addressee: 'UBND xã', content: 'Giải quyết dứt điểm hồ sơ quá hạn.', deadline: '15/01/2025' },
      {
        addressee: 'Công chức Văn phòng - Thống kê',
        content: 'Số hóa hồ sơ:',
        parts: [
          { number: 'a)', content: 'Rà soát hồ sơ tồn', deadline: '20/01/2025' },
          { number: 'b)', content: 'Số hóa kết quả giải quyết', deadline: '31/03/2025' },
        ],
      },
      { addressee: 'UBND xã', content: 'Công khai thủ tục tại bộ phận một cửa.' },
    ],
  });
  const followUps = [
    FollowUp.parse({
      recommendation: 0,
      entries: [{ date: '28/12/2024', status: 'done', responses: ['Báo cáo số 45/BC-UBND ngày 27/12/2024'] }],
    }),
    FollowUp.parse({
      recommendation: 1,
      entries: [
        {
          date: '20/01/2025',
          status: 'in-progress',
          note: 'Đã giải quyết 1/2 hồ sơ',
          responses: ['Báo cáo số 03/BC-UBND ngày 18/01/2025'],
          recordedBy: 'Văn phòng HĐND',
        },
      ],
      takenUpBy: { supervision: 'diem-mac-2025', recommendation: 0 },
    }),
    FollowUp.parse({ recommendation: 2, entries: [{ date: '18/01/2025', status: 'done', part: 'a)' }] }),
  ];
  return followedRecommendations([{ supervision: model, followUps }], { asOf: AS_OF });
}

export const REPORT_OPTIONS: FollowUpReportOptions = {
  asOf: AS_OF,
  issuer: { parent: 'HĐND huyện Phú Bình', name: 'Hội đồng nhân dân xã Điềm Mặc' },
  number: '3',
  place: 'Điềm Mặc',
  date: { year: 2025, month: 2, day: 12 },
  signature: { authority: 'TM. Thường trực HĐND', position: 'Phó Chủ tịch', signer: 'Phùng Văn Đại' },
  recipients: ['Thường trực HĐND huyện;', 'UBND xã;', 'Lưu: VT.'],
};
