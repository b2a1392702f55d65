import { cited, DRAFT_NOTICE, type Example, example } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per citation rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'citation.number-reused': example(
    'citation.number-reused',
    cited([
      'Kế hoạch số 10/KH-UBND ngày 11/01/2024 về cải cách hành chính năm 2024',
      'Kế hoạch số 10/KH-UBND ngày 10/01/2024 về theo dõi thi hành pháp luật năm 2024',
    ]),
  ),
  'citation.symbol-issuer': example('citation.symbol-issuer', {
    documents: {
      plan: {
        number: '05',
        symbol: 'KH-UBND',
        date: '10/10/2024',
        issuer: 'Hội đồng nhân dân xã Thanh Bình',
      },
      conclusion: DRAFT_NOTICE,
    },
  }),
  'citation.relation-order': example(
    'citation.relation-order',
    cited(['Nghị định 117/2013/NĐ-CP của Chính phủ về sửa đổi Nghị định số 130/2015/NĐ-CP']),
  ),
  'citation.impossible-date': example(
    'citation.impossible-date',
    cited(['Kế hoạch số 12/KH-UBND ngày 30/02/2024 về chuyển đổi số năm 2024']),
  ),
  'citation.after-notice': example(
    'citation.after-notice',
    cited(['Kế hoạch số 12/KH-UBND ngày 15/12/2024 về chuyển đổi số năm 2025']),
  ),
  'citation.number-order': example(
    'citation.number-order',
    cited([
      'Kế hoạch số 05/KH-UBND ngày 10/10/2024 về chuyển đổi số năm 2024',
      'Kế hoạch số 07/KH-UBND ngày 08/01/2024 về phòng, chống tham nhũng năm 2024',
    ]),
  ),
  'citation.catalogue-number': example(
    'citation.catalogue-number',
    cited(
      ['Nghị định số 33/2024/NĐ-CP của Chính phủ'],
      [
        'Việc bố trí, sắp xếp cán bộ, công chức bảo đảm đúng quy định của Nghị định số 33/2024/NĐ-CP của Chính phủ.',
      ],
    ),
  ),
  'citation.catalogue-date': example(
    'citation.catalogue-date',
    cited(['Nghị định số 33/2023/NĐ-CP ngày 15/6/2023 của Chính phủ quy định về cán bộ, công chức cấp xã']),
  ),
  'citation.catalogue-subject': example(
    'citation.catalogue-subject',
    cited(['Nghị định số 33/2023/NĐ-CP của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông']),
  ),
  'citation.expired': example('citation.expired', {
    legalBases: ['Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13'],
    documents: { conclusion: { number: null, date: '04/2026', place: 'Thanh Bình' } },
  }),
  'citation.text-differs': example(
    'citation.text-differs',
    cited([
      {
        text: 'Kế hoạch số 05/KH-UBND ngày 10/01/2024 về chuyển đổi số năm 2024',
        type: 'KH',
        number: '06',
        symbol: 'UBND',
        date: '10/01/2024',
        subject: 'chuyển đổi số năm 2024',
      },
    ]),
  ),
  'citation.same-subject': example(
    'citation.same-subject',
    cited([
      'Kế hoạch số 07/KH-UBND ngày 08/01/2024 về theo dõi thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2024',
      'Kế hoạch số 10/KH-UBND ngày 10/01/2024 về theo dõi tình hình thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2024',
    ]),
  ),
  'citation.unreadable': example('citation.unreadable', cited(['Văn bản chỉ đạo của cấp trên'])),
};
