// Every fixed word the notice prints. An official notice is written in Vietnamese only.
// The names of figure fields come from the core's descriptors, so the notice, the editor and
// the findings say the same word for the same figure; the sentences around them are ours.
import { FIGURE_DESCRIPTORS, fieldTerm, headed, optionTerm } from '@diemmac/core/vocabulary';

/** The Vietnamese term of a described field of a figure kind ("dossiers", "received.online"). */
const word = (kind: keyof typeof FIGURE_DESCRIPTORS, path: string): string =>
  fieldTerm(kind, path.split('.'))?.vi ?? path;
/** A money or rate column as a table heads it: "Thực hiện (đồng)". */
const column = (kind: keyof typeof FIGURE_DESCRIPTORS, path: string, form: 'money' | 'rate'): string =>
  headed({ path, form, term: { vi: word(kind, path), en: '' } }, 'vi');

export const NATION = {
  title: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
} as const;

export const NOTICE = {
  typeName: 'THÔNG BÁO',
  documentTitle: 'Thông báo kết luận giám sát',
  numberLabel: 'Số:',
  legalBasis: (citation: string) => `Căn cứ ${citation};`,
  processAssessment: 'ĐÁNH GIÁ VIỆC THỰC HIỆN KẾ HOẠCH GIÁM SÁT',
  processStrengths: 'Ưu điểm:',
  processLimitations: 'Hạn chế:',
  results: 'ĐÁNH GIÁ KẾT QUẢ GIÁM SÁT',
  assessment: 'ĐÁNH GIÁ CHUNG',
  strengths: 'Những ưu điểm',
  limitations: 'Những tồn tại, hạn chế',
  recommendations: 'ĐỀ XUẤT, KIẾN NGHỊ',
  addressee: (who: string) => `Đối với ${who}`,
  deadline: (date: string) => `(thời hạn: ${date})`,
  citations: 'Văn bản liên quan:',
  closing: (body: string) => `Trên đây là Thông báo kết luận giám sát của ${body}./.`,
  recipients: 'Nơi nhận:',
} as const;

export const FIGURES = {
  periodFromTo: (from: string, to: string) => `từ ngày ${from} đến ngày ${to}`,
  periodFrom: (from: string) => `từ ngày ${from}`,
  periodTo: (to: string) => `đến ngày ${to}`,
  asOf: (date: string) => `tính đến ngày ${date}`,
  inWords: (words: string) => `(Bằng chữ: ${words})`,
  index766: {
    caption: 'Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg)',
    component: word('index766', 'components'),
    score: word('index766', 'components.score'),
    max: word('index766', 'components.max'),
    total: word('index766', 'total'),
  },
  dossiers: {
    caption: 'Kết quả tiếp nhận và giải quyết hồ sơ thủ tục hành chính',
    item: 'Chỉ tiêu',
    count: 'Số hồ sơ',
    received: word('dossiers', 'received'),
    direct: word('dossiers', 'received.direct'),
    postal: word('dossiers', 'received.postal'),
    directOrPostal: word('dossiers', 'received.directOrPostal'),
    online: word('dossiers', 'received.online'),
    carriedOver: word('dossiers', 'received.carriedOver'),
    resolved: word('dossiers', 'resolved'),
    early: word('dossiers', 'resolved.early'),
    onTime: word('dossiers', 'resolved.onTime'),
    late: word('dossiers', 'resolved.late'),
    pending: word('dossiers', 'pending'),
    withinDeadline: word('dossiers', 'pending.withinDeadline'),
    overdue: word('dossiers', 'pending.overdue'),
    withdrawn: word('dossiers', 'withdrawn'),
    suspended: word('dossiers', 'suspended'),
    apologies: word('dossiers', 'apologies'),
  },
  digitisation: (done: string, total: string) => `Số hóa hồ sơ: ${done}/${total} hồ sơ`,
  onlineServices: (dossiers: string, online: string) =>
    `Hồ sơ trực tuyến toàn trình: ${dossiers} hồ sơ, trong đó ${online} hồ sơ xử lý trực tuyến`,
  reaching: (rate: string) => `đạt ${rate}`,
  budget: {
    caption: 'Kết quả thu, chi ngân sách',
    item: 'Khoản',
    actual: column('budget', 'revenue.actual', 'money'),
    plan: column('budget', 'revenue.plan', 'money'),
    rate: column('budget', 'revenue.rate', 'rate'),
    revenue: word('budget', 'revenue'),
    expenditure: word('budget', 'expenditure'),
    words: (label: string, amount: string, words: string) => `${label}: ${amount} (Bằng chữ: ${words}).`,
  },
  staffing: {
    caption: 'Biên chế',
    item: 'Chỉ tiêu',
    people: 'Số người',
    quota: word('staffing', 'quota'),
    present: word('staffing', 'present'),
    cadres: word('staffing', 'cadres.total'),
    civilServants: word('staffing', 'civilServants.total'),
    all: optionTerm('staffing', 'qualifications[].group', 'all')?.vi ?? 'all',
  },
  countWithParts: 'trong đó',
  /** A kind laid out from its descriptor alone. */
  described: { value: 'Số liệu' },
  dialogues: (count: string, participants: string | undefined) =>
    `Đối thoại với nhân dân: ${count} cuộc${participants === undefined ? '' : `, ${participants} người tham gia`}`,
} as const;

export const ANNEX = {
  heading: 'PHỤ LỤC',
  subject: 'KIỂM TRA SỐ LIỆU',
  attachedTo: (notice: string, date: string, body: string) =>
    `(Kèm theo Thông báo số ${notice} ${date} của ${body})`,
  findingsHeading: 'Các sai lệch phát hiện',
  noFindings: 'Không phát hiện sai lệch nào.',
  ratesHeading: 'Các tỷ lệ được tính lại',
  passedHeading: 'Các nội dung kiểm tra không phát hiện sai lệch',
  columns: {
    index: 'STT',
    rule: 'Nội dung kiểm tra',
    where: 'Vị trí',
    finding: 'Kết quả',
    reported: 'Số báo cáo',
    computed: 'Số tính lại',
    difference: 'Chênh lệch',
    verdict: 'Kết luận',
    item: 'Khoản',
    part: 'Thực hiện',
    whole: 'Kế hoạch, tổng số',
    reportedRate: 'Tỷ lệ ghi',
    computedRate: 'Tỷ lệ tính lại',
  },
  modes: { 'half-up': 'làm tròn', 'half-even': 'làm tròn chẵn', truncate: 'cắt bỏ' },
  passed: 'Đạt',
  noMode: 'Không khớp cách làm tròn nào',
  suggestion: (where: string, value: string) => `Gợi ý: nếu ${where} là ${value} thì các số liệu đều khớp.`,
  section: (number: string) => `Mục ${number}`,
  notice: 'Thông báo',
  /** Places outside the results sections, named as the notice names them. */
  places: {
    programme: 'Nghị quyết chương trình giám sát',
    plan: 'Kế hoạch giám sát',
    delegationDecision: 'Quyết định thành lập Đoàn giám sát',
    contentNotice: 'Thông báo nội dung, đề cương giám sát',
    reports: 'Báo cáo của đơn vị',
    survey: 'Khảo sát',
    conference: 'Hội nghị giám sát',
    conclusion: 'Thông báo kết luận',
    legalBases: 'Căn cứ',
    preamble: 'Phần mở đầu',
    recommendations: 'Kiến nghị',
  } as Record<string, string>,
} as const;

/** How the notice names a figure block that has no label of its own: by its kind's term. */
export const BLOCK_LABEL: Record<string, string> = Object.fromEntries(
  Object.values(FIGURE_DESCRIPTORS).map((d) => [d.kind, d.term.vi]),
);

/** The fixed words of the report on the implementation of recommendations after a supervision. */
export const FOLLOW_UP = {
  typeName: 'BÁO CÁO',
  subject: 'Kết quả thực hiện kiến nghị sau giám sát',
  symbol: 'BC-HĐND',
  intro: (asOf: string) => `Tình hình thực hiện các kiến nghị sau giám sát, tính đến ngày ${asOf}, như sau:`,
  summaryHeading: 'KẾT QUẢ CHUNG',
  detailHeading: 'KẾT QUẢ THỰC HIỆN TỪNG KIẾN NGHỊ',
  summary: (done: number, total: number, overdue: number, asOf: string) => {
    const open = total - done;
    const rest =
      open === 0
        ? ''
        : `; còn ${open} kiến nghị chưa hoàn thành, ${overdue === 0 ? 'không có kiến nghị nào quá hạn' : `trong đó ${overdue} kiến nghị quá hạn`}`;
    return `Đã hoàn thành ${done}/${total} kiến nghị${rest} (tính đến ngày ${asOf}).`;
  },
  none: 'Không có kiến nghị nào cần theo dõi.',
  columns: {
    order: 'TT',
    supervision: 'Cuộc giám sát',
    addressee: 'Nơi thực hiện',
    content: 'Nội dung kiến nghị',
    deadline: 'Thời hạn',
    status: 'Tình trạng',
    days: 'So với thời hạn',
    responses: 'Kết quả, văn bản trả lời',
  },
  part: (name: string) => `phần ${name}`,
  // Only the archive by default: who else receives the report is the issuer's to say.
  recipients: ['Lưu: VT.'],
  closing: 'Trên đây là báo cáo kết quả thực hiện kiến nghị sau giám sát./.',
} as const;
