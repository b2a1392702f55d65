import * as z from 'zod';
import { CitationInput } from '../citations/schema.js';
import { FigureBlock } from '../figures/schema.js';
import { DateValue, DraftDateValue } from '../figures/values.js';
import { described } from '../shared/described.js';
import { optionalText, nonEmptyText as text } from '../shared/text-schemas.js';

// The optional dates and citations, one schema each for every field that may leave one out: a
// schema is built at every start, and these were many identical ones.
const optionalDate = DateValue.optional();
const optionalCitation = CitationInput.optional();

const paragraphs = z.array(text).default([]);

export const BODY_LEVELS = ['xa', 'huyen', 'tinh'] as const;
export const BODY_KINDS = ['hdnd', 'thuong-truc', 'ban', 'doan'] as const;

/** The council body that supervises, named as it was on the notice's date. */
export const SupervisingBody = z.strictObject({
  level: described(z.enum(BODY_LEVELS), 'Cấp: xa (xã/phường), huyen, tinh'),
  kind: described(z.enum(BODY_KINDS), 'HĐND, Thường trực, Ban, Đoàn giám sát'),
  name: text.meta({ description: 'Tên đầy đủ: "Hội đồng nhân dân xã Điềm Mặc"' }),
  shortName: described(z.string().optional(), 'Tên viết tắt: "HĐND xã Điềm Mặc"'),
  parent: described(
    z.string().optional(),
    'Dòng trên của tiêu đề (Nghị định 30/2020): "HĐND XÃ ĐIỀM MẶC" trên "THƯỜNG TRỰC" hoặc "ĐOÀN GIÁM SÁT"',
  ),
});

/** The administrative unit and where it sits, as of the notice's date. */
export const Locality = z.strictObject({
  unit: z.enum(['xa', 'phuong', 'thi-tran', 'dac-khu']).default('xa'),
  name: text.meta({ description: 'Tên chuẩn của xã: "Điềm Mặc"' }),
  district: described(z.string().optional(), 'Huyện (trước 01/7/2025; từ đó xã trực thuộc tỉnh)'),
  province: described(z.string().optional(), 'Tỉnh, nếu văn bản nêu'),
});

const issuedDocument = z.strictObject({
  number: optionalText,
  symbol: described(z.string().optional(), 'Ký hiệu: "KH-HĐND"'),
  date: optionalDate,
  issuer: optionalText,
  subject: optionalText,
  citation: optionalCitation,
});

/** A report the supervised body owes the delegation. */
export const ReportDue = z.strictObject({
  from: text.meta({ description: 'Đơn vị báo cáo / reporting body' }),
  due: optionalDate,
  received: optionalDate,
  citation: optionalCitation,
});

/** The conclusion notice itself; number and day stay blank while it is a draft. */
export const ConclusionNotice = z.strictObject({
  number: described(
    z.string().regex(/^\d+$/).nullable().default(null),
    'Số văn bản; để trống (null) khi là dự thảo',
  ),
  symbol: z.string().default('TB-HĐND'),
  date: DraftDateValue,
  place: described(z.string().trim().min(1), 'Địa danh ghi trước ngày tháng: "Điềm Mặc"'),
});

/** Every step of the supervision that leaves a document, in the order the law sets. */
export const Lifecycle = z.strictObject({
  programme: described(issuedDocument.optional(), 'Nghị quyết chương trình giám sát'),
  plan: described(issuedDocument.optional(), 'Kế hoạch giám sát'),
  delegationDecision: described(issuedDocument.optional(), 'Quyết định thành lập Đoàn giám sát'),
  contentNotice: described(issuedDocument.optional(), 'Thông báo nội dung, đề cương giám sát'),
  reports: z.array(ReportDue).default([]),
  survey: z.strictObject({ date: optionalDate, note: optionalText }).optional(),
  conference: z.strictObject({ date: optionalDate, note: optionalText }).optional(),
  conclusion: ConclusionNotice,
});

export const MEMBER_ROLES = ['truong-doan', 'pho-doan', 'thanh-vien', 'thu-ky'] as const;

export const DelegationMember = z.strictObject({
  name: text,
  role: z.enum(MEMBER_ROLES),
  title: described(z.string().optional(), 'Chức vụ: "Phó Chủ tịch HĐND xã"'),
});

export const AUTHORITY_PREFIXES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', ''] as const;

/** The signature block (Decree 30/2020, Appendix I). */
export const Signature = z.strictObject({
  authority: described(z.enum(AUTHORITY_PREFIXES), 'Quyền hạn ký: TM., KT., Q., TL., TUQ.'),
  body: described(z.string().default(''), 'Sau "TM.": "ĐOÀN GIÁM SÁT"'),
  position: text.meta({ description: 'Chức vụ người ký: "TRƯỞNG ĐOÀN"' }),
  title: described(z.string().optional(), 'Chức danh thêm: "PHÓ CHỦ TỊCH HĐND"'),
  signer: text,
});

/** A section of the supervision's results, keyed to the outline framework. */
export interface SectionInput {
  key: string;
  number?: string | undefined;
  title?: string | undefined;
  paragraphs?: string[] | undefined;
  figures?: z.input<typeof FigureBlock>[] | undefined;
  citations?: z.input<typeof CitationInput>[] | undefined;
  sections?: SectionInput[] | undefined;
}
export interface Section {
  key: string;
  number?: string | undefined;
  title?: string | undefined;
  paragraphs: string[];
  figures: FigureBlock[];
  citations: CitationInput[];
  sections: Section[];
}

export const Section: z.ZodType<Section, SectionInput> = z.strictObject({
  key: text.meta({ description: 'Mã mục trong khung đề cương, vd "reform.procedures"' }),
  number: described(z.string().optional(), 'Số mục như văn bản ghi: "2.2", "a)"'),
  title: described(z.string().optional(), 'Tên mục, nếu văn bản ghi'),
  paragraphs,
  figures: z.array(FigureBlock).default([]),
  citations: z.array(CitationInput).default([]),
  get sections() {
    return z.array(Section).default([]);
  },
});

export const RECOMMENDATION_STATUSES = [
  'pending',
  'in-progress',
  'done',
  'partly-done',
  'not-done',
  'unsatisfactory',
] as const;

/** A part of a recommendation with its own deadline: "b) Hoàn thành số hóa trước 31/12/2024". */
export const RecommendationPart = z.strictObject({
  number: described(z.string().optional(), 'Số như văn bản ghi: "a)", "-"'),
  content: text,
  deadline: optionalDate,
  status: z.enum(RECOMMENDATION_STATUSES).optional(),
});

/** A recommendation of the delegation, followed up until it is done. */
export const Recommendation = z.strictObject({
  number: described(z.string().optional(), 'Số như văn bản ghi: "1.", "4.2"'),
  title: described(z.string().optional(), 'Tiêu đề như văn bản ghi: "Đối với UBND xã"'),
  addressee: text.meta({ description: 'Nơi thực hiện: "Lãnh đạo UBND xã"' }),
  content: text,
  deadline: optionalDate,
  status: z.enum(RECOMMENDATION_STATUSES).default('pending'),
  parts: described(
    z.array(RecommendationPart).default([]),
    'Các phần có thời hạn riêng / parts with their own deadline',
  ),
});

const assessment = z.strictObject({ strengths: paragraphs, limitations: paragraphs });

/**
 * A supervision of a People's Council: who supervised whom, on what, the documents of
 * each step, the results by section with their figures, and the conclusions.
 */
export const Supervision = z.strictObject({
  schemaVersion: z.literal(1),
  id: described(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    'Mã cuộc giám sát, chữ thường và gạch nối / kebab-case id',
  ),
  year: z.number().int().min(1990).max(2200),
  subject: text.meta({ description: 'Nội dung giám sát, như dòng trích yếu' }),
  framework: described(z.string().default('cchc-xa'), 'Khung đề cương (mã) / outline framework id'),
  body: SupervisingBody,
  locality: Locality,
  supervised: described(z.array(text).default([]), 'Các cơ quan, đơn vị chịu sự giám sát, nếu văn bản nêu'),
  legalBases: z.array(CitationInput).default([]),
  preamble: paragraphs.meta({ description: 'Các đoạn "Thực hiện…", "Căn cứ…" đầu thông báo' }),
  documents: Lifecycle,
  delegation: z.array(DelegationMember).default([]),
  processAssessment: described(assessment.optional(), 'I. Đánh giá việc thực hiện kế hoạch giám sát'),
  sections: z.array(Section).default([]),
  assessment: described(assessment.optional(), 'III. Đánh giá chung'),
  recommendations: z.array(Recommendation).default([]),
  closing: described(z.string().optional(), 'Câu kết "Trên đây là…"'),
  recipients: z.array(text).default([]),
  signature: Signature,
});

/** What a file or a form holds. */
export type SupervisionInput = z.input<typeof Supervision>;
/** The validated model, with every figure read exactly. */
export type Supervision = z.output<typeof Supervision>;
export type Recommendation = z.output<typeof Recommendation>;
export type Lifecycle = z.output<typeof Lifecycle>;
export type Signature = z.output<typeof Signature>;
