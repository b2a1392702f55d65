import * as z from 'zod';
import { described } from '../shared/described.js';
import { nonEmptyText as label, optionalText } from '../shared/text-schemas.js';
import { CountValue, DateValue, MoneyValue, Period, RateValue, ScoreValue } from './values.js';

// The optional figures, one schema each for every field that may leave one out: a
// schema is built at every start, and these were dozens of identical ones.
const optionalCount = CountValue.optional();
const optionalMoney = MoneyValue.optional();
const optionalRate = RateValue.optional();

const inWords = described(
  z.string().optional(),
  'Số tiền bằng chữ như văn bản ghi: "Một trăm hai mươi triệu đồng" / the amount in words',
);
const note = described(z.string().optional(), 'Ghi chú / note');
const id = described(
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .optional(),
  'Mã khối số liệu, chữ thường và gạch nối / block id, kebab-case',
);

const common = {
  id,
  period: Period.optional(),
  statedPeriods: described(
    z.array(Period).optional(),
    'Các kỳ khác văn bản nêu cho cùng nhóm số liệu / other periods the text states',
  ),
  note,
};

/** One component of the 766 index: score out of max points. */
export const Index766Component = z.strictObject({
  key: described(z.string().min(1), 'Mã thành phần trong khung chỉ số, vd "ckmb" / component key'),
  label: optionalText,
  score: ScoreValue,
  max: ScoreValue,
});

/** Decision 766/QĐ-TTg service index: components against their maxima and a total. */
export const Index766Block = z.strictObject({
  kind: z.literal('index766'),
  ...common,
  framework: described(
    z.string().default('portal-6'),
    'Phiên bản khung chỉ số: "portal-6" (Cổng DVC) hoặc "decision-5" (QĐ 766)',
  ),
  total: ScoreValue,
  components: z.array(Index766Component).min(1),
});

/** One-stop-shop dossiers (Biểu II.06a, Thông tư 01/2020/TT-VPCP). */
export const DossierBlock = z.strictObject({
  kind: z.literal('dossiers'),
  ...common,
  received: z.strictObject({
    total: CountValue,
    online: optionalCount,
    direct: optionalCount,
    postal: optionalCount,
    directOrPostal: described(
      CountValue.optional(),
      'Trực tiếp và bưu chính công ích gộp một số / direct and postal counted together',
    ),
    carriedOver: optionalCount,
  }),
  resolved: z.strictObject({
    total: CountValue,
    early: optionalCount,
    onTime: optionalCount,
    late: optionalCount,
  }),
  pending: z.object({ total: CountValue, withinDeadline: optionalCount, overdue: optionalCount }).optional(),
  withdrawn: optionalCount,
  suspended: optionalCount,
  apologies: described(CountValue.optional(), 'Số văn bản xin lỗi / written apologies'),
});

/** Digitisation of dossiers and results: done out of total, and the rate as written. */
export const DigitisationBlock = z.strictObject({
  kind: z.literal('digitisation'),
  ...common,
  done: CountValue,
  total: CountValue,
  rate: optionalRate,
});

/** Online public services: full-process dossiers and how many were processed online. */
export const OnlineServicesBlock = z.strictObject({
  kind: z.literal('onlineServices'),
  ...common,
  fullProcessDossiers: CountValue,
  processedOnline: CountValue,
  rate: optionalRate,
});

export const BUDGET_DIRECTIONS = ['revenue', 'expenditure'] as const;
export type BudgetDirection = (typeof BUDGET_DIRECTIONS)[number];

/** A budget line: actual against plan, with its category and direction. */
export const BudgetLine = z.strictObject({
  label,
  category: described(z.string().optional(), 'Mã loại thu/chi trong danh mục, vd "vat" / category'),
  direction: described(
    z.enum(BUDGET_DIRECTIONS).optional(),
    'Thu hay chi; bỏ trống thì suy ra từ loại / revenue or expenditure; inferred from category',
  ),
  actual: MoneyValue,
  inWords,
  plan: optionalMoney,
  rate: optionalRate,
});

const budgetSide = z.strictObject({
  actual: MoneyValue,
  inWords,
  plan: optionalMoney,
  rate: optionalRate,
  items: z.array(BudgetLine).default([]),
});

/** Budget execution against plan (dự toán giao), in whole đồng. */
export const BudgetBlock = z.strictObject({
  kind: z.literal('budget'),
  ...common,
  revenue: budgetSide.optional(),
  expenditure: budgetSide.optional(),
});

const namedCount = z.strictObject({ label, count: CountValue });
export const QUALIFICATION_GROUPS = ['cadres', 'civilServants', 'all'] as const;
/** "trình độ đại học 07/09": how many of a group hold a qualification. */
const qualification = z.strictObject({
  group: z.enum(QUALIFICATION_GROUPS),
  label,
  count: CountValue,
  of: CountValue,
});

/** Staffing: quota and present, cadres by body, civil servants, qualifications. */
export const StaffingBlock = z.strictObject({
  kind: z.literal('staffing'),
  ...common,
  asOf: DateValue.optional(),
  quota: optionalCount,
  present: CountValue,
  cadres: z.strictObject({ total: CountValue, byBody: z.array(namedCount).default([]) }).optional(),
  civilServants: z.strictObject({ total: CountValue }).optional(),
  qualifications: z.array(qualification).default([]),
});

/** A count, optionally broken down into parts ("09 tuyên truyền viên: đại học 06, trung cấp 03"). */
export const CountBlock = z.strictObject({
  kind: z.literal('count'),
  ...common,
  label,
  unit: optionalText,
  value: CountValue,
  parts: z.array(z.strictObject({ label, value: CountValue })).default([]),
  partsComplete: described(
    z.boolean().default(true),
    'Các phần cộng lại bằng tổng (true) hay chỉ một phần (false)',
  ),
});

/** Dialogues of leaders with the people, and how many took part. */
export const DialogueBlock = z.strictObject({
  kind: z.literal('dialogues'),
  ...common,
  count: CountValue,
  participants: optionalCount,
  places: z.array(z.string()).default([]),
});

/** A sum of money for anything the typed blocks do not cover. */
export const AmountBlock = z.strictObject({
  kind: z.literal('amount'),
  ...common,
  label,
  value: MoneyValue,
  inWords,
});

/** A part of a whole with its rate as written. */
export const RatioBlock = z.strictObject({
  kind: z.literal('ratio'),
  ...common,
  label,
  part: CountValue,
  whole: CountValue,
  rate: optionalRate,
});

/**
 * Citizen reception and petitions (tiếp công dân, xử lý đơn thư, Luật Tiếp công dân 2013):
 * reception sessions held, people received, petitions received and what became of them.
 */
export const CitizenReceptionBlock = z.strictObject({
  kind: z.literal('citizenReception'),
  ...common,
  sessions: optionalCount,
  people: optionalCount,
  petitions: z
    .strictObject({
      received: CountValue,
      withinJurisdiction: optionalCount,
      outsideJurisdiction: optionalCount,
      resolved: optionalCount,
      pending: optionalCount,
      forwarded: optionalCount,
    })
    .optional(),
});

/** Every figure block the model knows, told apart by `kind`. */
export const FigureBlock = z.discriminatedUnion('kind', [
  Index766Block,
  DossierBlock,
  DigitisationBlock,
  OnlineServicesBlock,
  BudgetBlock,
  StaffingBlock,
  CountBlock,
  DialogueBlock,
  AmountBlock,
  RatioBlock,
  CitizenReceptionBlock,
]);

export type FigureBlock = z.output<typeof FigureBlock>;
export type FigureKind = FigureBlock['kind'];
export type Index766Block = z.output<typeof Index766Block>;
export type DossierBlock = z.output<typeof DossierBlock>;
export type DigitisationBlock = z.output<typeof DigitisationBlock>;
export type OnlineServicesBlock = z.output<typeof OnlineServicesBlock>;
export type BudgetBlock = z.output<typeof BudgetBlock>;
export type BudgetLine = z.output<typeof BudgetLine>;
export type StaffingBlock = z.output<typeof StaffingBlock>;
export type CountBlock = z.output<typeof CountBlock>;
export type DialogueBlock = z.output<typeof DialogueBlock>;
export type AmountBlock = z.output<typeof AmountBlock>;
export type RatioBlock = z.output<typeof RatioBlock>;
export type CitizenReceptionBlock = z.output<typeof CitizenReceptionBlock>;
