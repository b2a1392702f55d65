import * as z from 'zod';
import { CataloguedDocument, DOCUMENT_NUMBERING } from '../catalogue/schema.js';
import { DateValue } from '../figures/values.js';
import { BudgetCategory } from '../frameworks/budget.js';
import { Index766Framework } from '../frameworks/index766.js';
import { ROUNDING_MODES } from '../numbers/rounding.js';
import { described } from '../shared/described.js';
import { nonEmptyText as text } from '../shared/text-schemas.js';
import { SEVERITIES } from '../shared/types.js';
import { parseExpression, refsOf } from './expression.js';
import { checkRef } from './references.js';

const slug = /^[a-z0-9][a-z0-9-]*$/;

/** A sentence in both languages the core speaks. */
export const Bilingual = z.strictObject({
  vi: text.meta({ description: 'Tiếng Việt' }),
  en: text.meta({ description: 'English' }),
});
export type Bilingual = z.output<typeof Bilingual>;

/** How the headings of one level of an outline are numbered. */
export const NUMBERING_STYLES = ['roman', 'arabic', 'decimal', 'letter', 'dash', 'none'] as const;

/** One heading of a pack's outline: the framework's node, with what the notice may write. */
export interface PackOutlineNode {
  key: string;
  title: string;
  titleEn: string;
  /** Other titles a notice may give this section ("Công tác lãnh đạo, chỉ đạo"). */
  titles?: string[] | undefined;
  /** The number a notice usually writes ("II.", "2.1."). */
  number?: string | undefined;
  /** Absent from a notice, the section is worth a finding. */
  mandatory?: boolean | undefined;
  children?: PackOutlineNode[] | undefined;
}

export const PackOutlineNode: z.ZodType<PackOutlineNode> = z.strictObject({
  key: text.meta({ description: 'Mã mục, dùng ở "key" của các mục trong hồ sơ giám sát / section key' }),
  title: text,
  titleEn: text,
  titles: described(z.array(text).optional(), 'Các tiêu đề khác được chấp nhận / accepted titles'),
  number: described(z.string().optional(), 'Số mục thường ghi: "II.", "2.1." / usual number'),
  mandatory: described(z.boolean().optional(), 'Bắt buộc có trong thông báo / must appear'),
  get children() {
    return z.array(PackOutlineNode).optional();
  },
});

/** An outline of the results sections (đề cương), as a pack writes it. */
export const PackOutline = z.strictObject({
  id: z.string().regex(slug),
  name: text,
  version: text,
  numbering: described(
    z.array(z.enum(NUMBERING_STYLES)).optional(),
    'Kiểu đánh số từng cấp: ["roman", "arabic", "letter"] / numbering per level',
  ),
  sections: z.array(PackOutlineNode).min(1),
});
export type PackOutline = z.output<typeof PackOutline>;

export const DOCUMENT_LEVELS = ['national', 'provincial', 'district', 'commune'] as const;

/** A document of the pack's catalogue; a pack's documents are provincial unless it says. */
export const PackDocument = CataloguedDocument.extend({
  level: described(
    z.enum(DOCUMENT_LEVELS).default('provincial'),
    'Cấp ban hành: national, provincial, district, commune',
  ),
});
export type PackDocument = z.output<typeof PackDocument>;

/** What a rule does when a side reads a figure the notice does not state. */
export const MISSING_STRATEGIES = ['skip', 'zero', 'finding'] as const;
export type MissingStrategy = (typeof MISSING_STRATEGIES)[number];

export const OPERATORS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type Operator = (typeof OPERATORS)[number];

const sideObject = z.strictObject({
  expression: text.meta({ description: 'Biểu thức: + - * / trên số liệu, vd "dossiers.received.total"' }),
  missing: described(
    z.enum(MISSING_STRATEGIES).default('skip'),
    'Khi thiếu số liệu: skip (bỏ qua), zero (tính là 0), finding (báo thiếu) / when a figure is missing',
  ),
  description: described(Bilingual.optional(), 'Tên vế này trong lời báo / what this side is'),
});

/** One side of a rule: an expression, what to do when a figure it reads is missing, and its name. */
export const RuleSide = z
  .union([text, sideObject])
  .transform((side) => (typeof side === 'string' ? { expression: side, missing: 'skip' as const } : side))
  .superRefine((side, ctx) => {
    const parsed = parseExpression(side.expression);
    if (!parsed.ok) {
      const { position, expected, found } = parsed.error;
      ctx.addIssue({
        code: 'custom',
        params: { diemmac: 'pack.expression', expression: side.expression, position, expected, found },
      });
      return;
    }
    for (const ref of refsOf(parsed.expr)) {
      const checked = checkRef(ref);
      if (!checked.ok)
        ctx.addIssue({
          code: 'custom',
          params: { diemmac: 'pack.reference', reference: ref.text, ...checked.problem },
        });
    }
  });
export type RuleSide = z.output<typeof RuleSide>;

/**
 * A validation rule written as data, in the manner of DHIS2's: left ⟨operator⟩ right over figures,
 * with its severity, its instruction in both languages and the dates it applies.
 */
export const DataRule = z.strictObject({
  code: described(
    z.string().regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/),
    'Mã quy tắc, bắt đầu bằng mã gói: "tn.staffing.under-quota" / rule code',
  ),
  severity: z.enum(SEVERITIES),
  title: described(Bilingual.optional(), 'Quy tắc kiểm tra gì (mặc định: lời hướng dẫn)'),
  instruction: Bilingual.meta({ description: 'Điều phải đúng, như lời báo / what must hold' }),
  left: RuleSide,
  operator: z.enum(OPERATORS),
  right: RuleSide,
  applies: described(
    z.strictObject({ from: DateValue.optional(), to: DateValue.optional() }).default({}),
    'Áp dụng cho thông báo đề ngày trong khoảng này / dates the rule applies',
  ),
  legalBasis: z.string().optional(),
});
export type DataRule = z.output<typeof DataRule>;
export type DataRuleInput = z.input<typeof DataRule>;

const wordingText = z.strictObject({ title: text.optional(), text: text.optional() });

/** Wording a pack replaces: a finding's title or sentence, a figure's name. */
export const PackWording = z.strictObject({
  findings: described(
    z
      .record(z.string(), z.strictObject({ vi: wordingText.optional(), en: wordingText.optional() }))
      .default({}),
    'Theo mã quy tắc; {tên} lấy tham số của lời báo, vd {computed} / by rule code',
  ),
  fields: described(
    z.record(z.string(), Bilingual).default({}),
    'Tên số liệu trong lời báo, vd "dossiers.received.total" / figure names',
  ),
});
export type PackWording = z.output<typeof PackWording>;

/**
 * A pack: everything a province, a district or one council brings to reuse the model without
 * forking it. Data only, validated here, published as JSON Schema (`schema/pack.schema.json`).
 */
export const Pack = z.strictObject({
  schemaVersion: z.literal(1),
  id: described(z.string().regex(slug), 'Mã gói, cũng là tiền tố mã quy tắc: "tn" / pack id'),
  name: text,
  version: text.meta({ description: 'Phiên bản gói: "2025.1" / pack version' }),
  description: z.string().optional(),
  outlines: z.array(PackOutline).default([]),
  index766: z.array(Index766Framework).default([]),
  budgetCategories: z.array(BudgetCategory).default([]),
  documents: z.array(PackDocument).default([]),
  numbering: described(
    z.strictObject({ documents: z.enum(DOCUMENT_NUMBERING).optional() }).optional(),
    'Đánh số văn bản: per-type (theo loại) hoặc per-body (chung một sổ)',
  ),
  wording: PackWording.default({ findings: {}, fields: {} }),
  rules: z.array(DataRule).default([]),
  checks: described(
    z
      .strictObject({
        rules: z.record(z.string(), z.union([z.literal('off'), z.enum(SEVERITIES)])).optional(),
        conventions: z.array(z.enum(ROUNDING_MODES)).min(1).optional(),
      })
      .optional(),
    'Tắt, đổi mức quy tắc; cách làm tròn được chấp nhận / rule settings',
  ),
});
export type Pack = z.output<typeof Pack>;
export type PackInput = z.input<typeof Pack>;
