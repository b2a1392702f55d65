import { followUpIssuesVi } from '../followup/issues.js';
import { formatInteger } from '../format/number.js';
import { labelWords, partWords, petitionWords } from './figure-words.js';
import { engineVi, packIssuesVi } from './packs.js';
import type { MessageCatalog } from './types.js';

const PART = partWords('vi');
const PETITION = petitionWords('vi');
const STEP: Record<string, string> = {
  programme: 'Nghị quyết chương trình giám sát',
  plan: 'Kế hoạch giám sát',
  delegationDecision: 'Quyết định thành lập Đoàn giám sát',
  contentNotice: 'Thông báo nội dung, đề cương',
  survey: 'khảo sát',
  conference: 'Hội nghị giám sát',
  conclusion: 'Thông báo kết luận',
};
const LABEL: Record<string, string> = labelWords('vi');
const MODE: Record<string, string> = {
  'half-up': 'làm tròn',
  'half-even': 'làm tròn chẵn',
  truncate: 'cắt bỏ',
};
const BODY: Record<string, string> = {
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
const RELATION: Record<string, string> = { amends: 'sửa đổi', implements: 'thực hiện', replaces: 'thay thế' };
const CITATION_FIELD: Record<string, string> = {
  type: 'loại văn bản',
  number: 'số',
  year: 'năm trong số',
  symbol: 'ký hiệu',
  party: 'kiểu số của Đảng',
  date: 'ngày',
};
const UNREADABLE: Record<string, string> = {
  empty: 'để trống',
  'no-type': 'không rõ loại văn bản',
  'no-number': 'không có số và ký hiệu',
  'bad-symbol': 'ký hiệu không đúng dạng',
  'bad-date': 'ngày không đúng dạng',
};
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
const label = (s: string | undefined) => (s ? (LABEL[s] ?? s) : '');
const parts = (params: Record<string, unknown>, show: (p: never) => string) =>
  Object.entries(params)
    .filter(([k]) => k in PART)
    .map(([k, v]) => `${PART[k]} ${show(v as never)}`)
    .join(' + ');

/** Tên các trường mà gợi ý có thể nói tới. */
const FIELD: Record<string, string> = { 'dossiers.resolved.total': 'số hồ sơ đã giải quyết' };

/** Thông điệp tiếng Việt. */
export const vi: MessageCatalog = {
  lang: 'vi',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  findings: {
    'dossier.received-breakdown': {
      title: 'Số hồ sơ tiếp nhận bằng tổng các kênh và số kỳ trước chuyển sang',
      text: (f, s) =>
        `Số hồ sơ tiếp nhận ghi ${s.q(f.reported)}, nhưng ${parts(f.params, s.param)} = ${s.q(f.computed)}.`,
    },
    'dossier.resolved-breakdown': {
      title: 'Số hồ sơ đã giải quyết bằng trước hạn + đúng hạn + quá hạn',
      text: (f, s) =>
        `Số hồ sơ đã giải quyết ghi ${s.q(f.reported)}, nhưng ${parts(f.params, s.param)} = ${s.q(f.computed)}.`,
    },
    'dossier.pending-breakdown': {
      title: 'Số hồ sơ đang giải quyết bằng chưa tới hạn + quá hạn',
      text: (f, s) =>
        `Số hồ sơ đang giải quyết ghi ${s.q(f.reported)}, nhưng ${parts(f.params, s.param)} = ${s.q(f.computed)}.`,
    },
    'dossier.balance': {
      title: 'Số hồ sơ tiếp nhận bằng đã giải quyết + đang giải quyết (+ rút, tạm dừng)',
      text: (f, s) =>
        `Tiếp nhận ${s.q(f.reported)} hồ sơ, nhưng đã giải quyết ${s.param(f.params.resolved)} + đang giải quyết ${s.param(f.params.pending)} = ${s.q(f.computed)}.`,
    },
    'dossier.apologies': {
      title: 'Mỗi hồ sơ trả quá hạn có văn bản xin lỗi',
      text: (f, s) =>
        `Có ${s.q(f.computed)} hồ sơ giải quyết quá hạn nhưng chỉ ${s.q(f.reported)} văn bản xin lỗi.`,
    },
    'index766.score-over-max': {
      title: 'Điểm thành phần không vượt điểm tối đa',
      text: (f, s) =>
        `Điểm "${s.param(f.params.component)}" là ${s.q(f.reported)}, vượt điểm tối đa ${s.q(f.computed)}.`,
    },
    'index766.total': {
      title: 'Tổng điểm Bộ chỉ số 766 khớp tổng các thành phần (trong sai số làm tròn)',
      text: (f, s) =>
        `Tổng điểm ghi ${s.q(f.reported)}, nhưng các thành phần cộng lại ${s.q(f.computed)} (sai số cho phép ±${s.param(f.params.tolerance)}).`,
    },
    'index766.framework': {
      title: 'Thành phần và điểm tối đa đúng với phiên bản khung Bộ chỉ số 766',
      text: (f, s) =>
        f.params.problem === 'unknown-framework'
          ? `Không có khung Bộ chỉ số 766 mã "${s.param(f.params.framework)}".`
          : f.params.problem === 'unknown-component'
            ? `Khung "${s.param(f.params.framework)}" không có thành phần "${s.param(f.params.component)}".`
            : `Điểm tối đa của "${s.param(f.params.component)}" ghi ${s.q(f.reported)}, khung "${s.param(f.params.framework)}" quy định ${s.q(f.computed)}.`,
    },
    'digitisation.exceeds-received': {
      title: 'Số hồ sơ số hóa không vượt số hồ sơ tiếp nhận cùng kỳ',
      text: (f, s) =>
        `Số hóa ${s.q(f.reported)} hồ sơ (${s.param(f.params.periods).split('; ')[0]}) trong khi chỉ tiếp nhận ${s.q(f.computed)} hồ sơ, kể cả kỳ trước chuyển sang (${s.param(f.params.periods).split('; ')[1]}); nếu đếm cả thành phần hồ sơ hoặc kết quả giải quyết thì văn bản nên nói rõ.`,
    },
    'rate.mismatch': {
      title: 'Tỷ lệ ghi khớp với số liệu theo một cách làm tròn được chấp nhận',
      text: (f, s) =>
        `${label(s.param(f.params.label))}: ${s.param(f.params.part)}/${s.param(f.params.whole)} = ${s.q(f.computed)}, nhưng văn bản ghi ${s.q(f.reported)}${f.params.extreme ? ' (100% hay 0% chỉ ghi khi đúng tuyệt đối, dù làm tròn thế nào)' : ''}.`,
    },
    'rounding.mixed': {
      title: 'Các tỷ lệ trong một văn bản dùng cùng một cách làm tròn',
      text: (f) => {
        const groups = Object.entries(f.params)
          .filter(([k]) => k.startsWith('by:'))
          .map(([k, v]) => {
            const modes = k
              .slice(3)
              .split('/')
              .map((m) => MODE[m] ?? m)
              .join(' hoặc ');
            return `${modes}: ${(v as string[]).map(label).join(', ')}`;
          });
        return `Văn bản làm tròn tỷ lệ theo nhiều cách khác nhau (${groups.join('; ')}).`;
      },
    },
    'budget.item-direction': {
      title: 'Khoản mục chi tiết nằm đúng chiều thu hoặc chi',
      text: (f, s) =>
        `${s.param(f.params.count)} khoản thu được liệt kê dưới mục ${f.params.side === 'expenditure' ? 'tổng chi' : 'tổng thu'}: ${s.param(f.params.items)}.`,
    },
    'budget.items-exceed-total': {
      title: 'Tổng các khoản chi tiết không vượt tổng thu (chi)',
      text: (f, s) =>
        `Các khoản ${f.params.side === 'revenue' ? 'thu' : 'chi'} chi tiết cộng lại ${s.q(f.computed)}, vượt tổng ${s.q(f.reported)}.`,
    },
    'budget.unknown-category': {
      title: 'Loại thu, chi có trong danh mục',
      text: (f, s) => `Loại "${s.param(f.params.category)}" không có trong danh mục thu, chi.`,
    },
    'figure.breakdown-sum': {
      title: 'Các phần cộng lại bằng tổng',
      text: (f, s) =>
        f.params.complete === 'yes'
          ? `${label(s.param(f.params.label))}: tổng ghi ${s.q(f.reported)}, nhưng các phần cộng lại ${s.q(f.computed)}.`
          : `${label(s.param(f.params.label))}: các phần cộng lại ${s.q(f.computed)}, vượt tổng ${s.q(f.reported)}.`,
    },
    'figure.part-exceeds-whole': {
      title: 'Phần không lớn hơn tổng',
      text: (f, s) =>
        `${label(s.param(f.params.label))}: phần ${s.q(f.reported)} lớn hơn tổng ${s.q(f.computed)}.`,
    },
    'staffing.over-quota': {
      title: 'Biên chế hiện có không vượt biên chế được giao',
      text: (f, s) => `Biên chế hiện có ${s.q(f.reported)} người, vượt số được giao ${s.q(f.computed)}.`,
    },
    'staffing.group-size': {
      title: 'Mẫu số của tỷ lệ trình độ bằng số người của nhóm',
      text: (f, s) =>
        `"${s.param(f.params.label)}" tính trên ${s.q(f.reported)} người, nhưng nhóm ${label(s.param(f.params.group))} có ${s.q(f.computed)} người.`,
    },
    'period.conflict': {
      title: 'Một nhóm số liệu chỉ nêu một kỳ',
      text: (f, s) =>
        f.params.other
          ? `Số liệu ${label(s.param(f.params.kind))} và ${label(s.param(f.params.other))} cùng một nhóm nhưng tính đến hai kỳ khác nhau: ${s.param(f.params.periods)}.`
          : `Số liệu ${label(s.param(f.params.kind))} được nêu với nhiều kỳ khác nhau: ${s.param(f.params.periods)}.`,
    },
    'period.inverted': {
      title: 'Ngày bắt đầu kỳ không sau ngày kết thúc',
      text: (f, s) => `Kỳ ${s.param(f.params.periods)} có ngày bắt đầu sau ngày kết thúc.`,
    },
    'date.impossible': {
      title: 'Ngày có thật trên lịch',
      text: (f, s) => `Ngày "${s.param(f.params.written)}" không có trên lịch.`,
    },
    'number.stray-separator': {
      title: 'Số liệu không có dấu phân cách thừa',
      text: (f, s) =>
        `Số "${s.param(f.params.written)}" có dấu thừa ở cuối; đã đọc là ${s.param(f.params.read)}.`,
    },
    'lifecycle.order': {
      title: 'Các văn bản của cuộc giám sát theo đúng trình tự',
      text: (f, s) =>
        `${STEP[String(f.params.step)] ?? s.param(f.params.step)} (${s.param(f.params.date)}) đề ngày trước ${STEP[String(f.params.before)] ?? s.param(f.params.before)} (${s.param(f.params.beforeDate)}).`,
    },
    'lifecycle.report-late': {
      title: 'Báo cáo gửi Đoàn giám sát đúng hạn',
      text: (f, s) =>
        `Báo cáo của ${s.param(f.params.from)} nhận ngày ${s.param(f.params.received)}, sau hạn ${s.param(f.params.due)}.`,
    },
    'recommendation.overdue': {
      title: 'Kiến nghị được thực hiện trước thời hạn',
      text: (f, s) =>
        `Kiến nghị gửi ${s.param(f.params.addressee)} đã quá hạn ${s.param(f.params.deadline)} mà chưa hoàn thành.`,
    },
    'outline.section': {
      title: 'Đủ các mục bắt buộc, đánh số liên tục',
      text: (f, s) =>
        f.params.problem === 'unknown-framework'
          ? `Không có khung đề cương mã "${s.param(f.params.framework)}".`
          : f.params.problem === 'missing'
            ? `Thiếu mục bắt buộc "${s.param(f.params.title)}" (${s.param(f.params.key)}) của khung đề cương.`
            : `Mục số "${s.param(f.params.number)}" đứng sau mục số "${s.param(f.params.after)}": số thứ tự bị nhảy hoặc lặp.`,
    },
    'amount.words': {
      title: 'Số tiền bằng chữ khớp với số',
      text: (f, s) =>
        `Số tiền ghi ${s.q(f.reported)} nhưng bằng chữ "${s.param(f.params.words)}" là ${s.q(f.computed)}.`,
    },
    'legal.replaced-term': {
      title: 'Không dùng thuật ngữ đã được pháp luật thay thế',
      text: (f, s) =>
        `"${s.param(f.params.term)}" là thuật ngữ đã được thay bằng "${s.param(f.params.replacement).replace('; ', '", "')}" từ ngày ${s.param(f.params.since)} (Nghị định 42/2022/NĐ-CP).`,
    },
    'legal.district-abolished': {
      title: 'Sau 01/7/2025 không còn cấp huyện',
      text: (f, s) =>
        `"${s.param(f.params.body)}": từ ngày ${s.param(f.params.since)} chính quyền địa phương chỉ còn hai cấp (tỉnh, xã), cấp huyện không còn.`,
    },
    'reception.resolved-exceeds-received': {
      title: 'Số đơn đã giải quyết không vượt số đơn thuộc thẩm quyền (hoặc số đơn tiếp nhận)',
      text: (f, s) =>
        `Đã giải quyết ${s.q(f.reported)} đơn, nhiều hơn ${f.params.bound === 'received' ? `số ${PETITION.received}` : `số đơn ${PETITION.withinJurisdiction}`} (${s.q(f.computed)}).`,
    },
    'citation.number-reused': {
      title: 'Một số văn bản của một cơ quan trong một năm chỉ dùng cho một văn bản',
      text: (f, s) => {
        const subjects = list(f.params.subjects);
        const docs = list(f.params.dates).map(
          (d, i) => `ngày ${d}${subjects[i] && subjects[i] !== '—' ? ` về ${subjects[i]}` : ''}`,
        );
        return `Số ${s.param(f.params.label)} được dùng cho ${s.param(f.params.count)} văn bản khác nhau: ${docs.join('; ')}.`;
      },
    },
    'citation.symbol-issuer': {
      title: 'Ký hiệu văn bản khớp với cơ quan được nêu là ban hành',
      text: (f, s) =>
        `${s.param(f.params.label)} mang ký hiệu của ${BODY[String(f.params.symbolBody)] ?? s.param(f.params.symbolBody)}, nhưng được nêu là văn bản của ${s.param(f.params.issuer)}.`,
    },
    'citation.relation-order': {
      title: 'Văn bản không sửa đổi, thay thế hay thực hiện một văn bản ban hành sau nó',
      text: (f, s) => {
        const kind = RELATION[String(f.params.kind)] ?? s.param(f.params.kind);
        const known = list(f.params.catalogued);
        return (
          `${s.param(f.params.label)} (${s.param(f.params.date)}) được nêu là ${kind} ${s.param(f.params.target)} (${s.param(f.params.targetDate)}), văn bản ban hành sau nó.` +
          (known.length > 0
            ? ` Theo danh mục văn bản, ${s.param(f.params.label)} ${kind} ${known.join(', ')}.`
            : '')
        );
      },
    },
    'citation.impossible-date': {
      title: 'Ngày của văn bản được trích có trên lịch và đúng năm trong số',
      text: (f, s) =>
        f.params.reason === 'year'
          ? `${s.param(f.params.label)} mang năm ${s.param(f.params.year)} trong số, nhưng đề ngày ${s.param(f.params.written)}.`
          : `${s.param(f.params.label)}: ngày "${s.param(f.params.written)}" không có trên lịch.`,
    },
    'citation.after-notice': {
      title: 'Văn bản được trích ban hành trước thông báo trích nó',
      text: (f, s) =>
        `${s.param(f.params.label)} đề ngày ${s.param(f.params.date)}, sau ngày của thông báo (${s.param(f.params.noticeDate)}).`,
    },
    'citation.number-order': {
      title: 'Số văn bản của một cơ quan tăng theo ngày ban hành',
      text: (f, s) =>
        `Số ${s.param(f.params.label)} đề ngày ${s.param(f.params.date)}, ${f.params.way === 'before-lower' ? 'trước' : 'sau'} số ${f.params.way === 'before-lower' ? 'nhỏ hơn' : 'lớn hơn'} ${s.param(f.params.other)} (ngày ${s.param(f.params.otherDate)}): số văn bản không theo thứ tự ngày ban hành.`,
    },
    'citation.catalogue-number': {
      title: 'Số hiệu văn bản trong danh mục (trung ương hoặc của tỉnh) đúng với nội dung được trích',
      text: (f, s) =>
        `${s.param(f.params.label)} không có trong danh mục văn bản; nội dung được trích (${s.param(f.params.subject)}) là của ${s.param(f.params.expected)}.`,
    },
    'citation.catalogue-date': {
      title: 'Ngày ban hành văn bản (trung ương hoặc của tỉnh) đúng với danh mục văn bản',
      text: (f, s) =>
        `${s.param(f.params.label)} ban hành ngày ${s.param(f.params.expected)}, nhưng được trích là ngày ${s.param(f.params.date)}.`,
    },
    'citation.catalogue-subject': {
      title: 'Văn bản trong danh mục (trung ương hoặc của tỉnh) được trích đúng nội dung',
      text: (f, s) =>
        `${s.param(f.params.label)} được trích về "${s.param(f.params.subject)}", nhưng nội dung đó là của ${s.param(f.params.expected)} (${s.param(f.params.expectedSubject)}).`,
    },
    'citation.expired': {
      title: 'Văn bản được trích còn hiệu lực vào ngày của thông báo',
      text: (f, s) =>
        `${s.param(f.params.label)} hết hiệu lực sau ngày ${s.param(f.params.until)}, nhưng thông báo đề ngày ${s.param(f.params.noticeDate)}${f.params.successor ? `; văn bản thay thế: ${s.param(f.params.successor)}` : ''}.`,
    },
    'citation.text-differs': {
      title: 'Các trường của trích dẫn khớp với câu trích dẫn',
      text: (f, s) =>
        `Câu trích dẫn "${s.param(f.params.text)}" khác các trường đã khai ở: ${list(f.params.fields)
          .map((x) => CITATION_FIELD[x] ?? x)
          .join(', ')}.`,
    },
    'citation.same-subject': {
      title: 'Không ban hành hai văn bản cùng một nội dung',
      text: (f, s) =>
        `${s.param(f.params.label)} (ngày ${s.param(f.params.date)}) và ${s.param(f.params.other)} (ngày ${s.param(f.params.otherDate)}) cùng nội dung: "${s.param(f.params.subject)}" và "${s.param(f.params.otherSubject)}".`,
    },
    'citation.unreadable': {
      title: 'Đọc được trích dẫn văn bản',
      text: (f, s) =>
        `Không đọc được trích dẫn "${s.param(f.params.text)}" (${UNREADABLE[String(f.params.reason)] ?? s.param(f.params.reason)}); trích dẫn được giữ nguyên như đã viết.`,
    },
    'name.variant': {
      title: 'Tên xã, huyện, tỉnh viết thống nhất một cách',
      text: (f, s) =>
        `Tên "${s.param(f.params.name)}" được viết thành "${s.param(f.params.variant)}" (${f.params.marks === 'missing' ? 'thiếu dấu' : 'sai dấu'}) ${f.params.count === f.params.places ? '' : `${s.param(f.params.count)} lần, `}ở ${s.param(f.params.places)} chỗ.`,
    },
  },
  issues: {
    required: (i, s) => `${s.path(i.path)}: thiếu trường bắt buộc (cần ${i.expected ?? 'một giá trị'}).`,
    type: (i, s) => `${s.path(i.path)}: sai kiểu dữ liệu, cần ${i.expected ?? '?'}, nhận được ${i.received}.`,
    value: (i, s) =>
      `${s.path(i.path)}: giá trị không hợp lệ, cần một trong ${i.expected}, nhận được ${i.received}.`,
    format: (i, s) => `${s.path(i.path)}: sai định dạng (${i.expected}), nhận được ${i.received}.`,
    'too-small': (i, s) =>
      `${s.path(i.path)}: quá nhỏ hoặc quá ít, cần ${i.expected}, nhận được ${i.received}.`,
    'too-big': (i, s) =>
      `${s.path(i.path)}: quá lớn hoặc quá nhiều, cần ${i.expected}, nhận được ${i.received}.`,
    'unknown-keys': (i, s) => `${s.path(i.path) || '(gốc)'}: trường không có trong mô hình: ${i.received}.`,
    'number.unreadable': (i, s) =>
      `${s.path(i.path)}: không đọc được số ${i.received} (${
        {
          empty: 'để trống',
          'not-a-number': 'không phải là số',
          'several-decimal-commas': 'có nhiều dấu phẩy thập phân',
          'bad-grouping': 'dấu chấm phân nhóm không đúng',
          'unsafe-number': 'số quá lớn, hãy ghi trong dấu nháy',
        }[String(i.params.reason)] ?? String(i.params.reason)
      }); cần một số viết kiểu Việt Nam như "5.824.272.835" hoặc "92,87".`,
    'number.not-integer': (i, s) =>
      `${s.path(i.path)}: cần một số nguyên (số đếm hoặc đồng), nhận được ${i.received}.`,
    'number.negative': (i, s) => `${s.path(i.path)}: cần một số không âm, nhận được ${i.received}.`,
    'number.too-large': (i, s) =>
      `${s.path(i.path)}: số quá lớn, cần không vượt quá ${formatInteger(String(i.params.max))}, nhận được ${i.received}.`,
    'number.too-precise': (i, s) =>
      `${s.path(i.path)}: quá nhiều chữ số thập phân, cần không quá ${i.params.maxScale} chữ số sau dấu phẩy, nhận được ${i.received}.`,
    'date.unreadable': (i, s) =>
      `${s.path(i.path)}: không đọc được ngày ${i.received}; cần dạng "dd/mm/yyyy" hoặc "yyyy-mm-dd"${i.params.draft ? ' (dự thảo có thể ghi "mm/yyyy")' : ''}.`,
    'date.out-of-range': (i, s) =>
      `${s.path(i.path)}: ngày, tháng hoặc năm ngoài phạm vi, nhận được ${i.received}.`,
    invalid: (i, s) => `${s.path(i.path)}: giá trị không hợp lệ, nhận được ${i.received}.`,
    'too-deep': (i, s) =>
      `${s.path(i.path) || '(gốc)'}: dữ liệu lồng nhau quá ${String(i.params.limit)} cấp; tệp giám sát không cần sâu như vậy.`,
    ...packIssuesVi,
    ...followUpIssuesVi,
  },
  suggestion: (f, s) =>
    f.suggestion
      ? `Gợi ý: nếu ${FIELD[f.suggestion.field ?? ''] ?? s.path(f.suggestion.path)} là ${s.q(f.suggestion.value)} thì các số liệu đều khớp.`
      : '',
  expectedReceived: (e, r) => `cần ${e ?? '?'}, nhận được ${r ?? '?'}`,
  unknownRule: (code) => `Quy tắc "${code}" không có trong danh mục.`,
  engine: engineVi,
};
