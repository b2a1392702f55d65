import type { InputIssue } from '../parse/issues.js';
import type { RuleWording, Show } from './types.js';

type PackIssueCode = Extract<InputIssue['code'], `pack.${string}`>;
type IssueWording = Record<PackIssueCode, (issue: InputIssue, show: Show) => string>;

const EXPECTED_VI: Record<string, string> = {
  operand: 'một số, một số liệu hoặc "("',
  operator: 'một phép tính (+ - * /)',
  close: 'dấu ")"',
  'selector-close': 'dấu "]"',
  field: 'tên một trường sau dấu "."',
  'plain-number': 'một số không phân nhóm nghìn, dấu chấm là dấu thập phân ("1000", "0.5")',
};
const EXPECTED_EN: Record<string, string> = {
  operand: 'a number, a figure or "("',
  operator: 'an operator (+ - * /)',
  close: '")"',
  'selector-close': '"]"',
  field: 'a field name after "."',
  'plain-number': 'a number without thousands grouping, with a decimal point ("1000", "0.5")',
};

function referenceVi(i: InputIssue): string {
  const p = i.params;
  switch (p.reason) {
    case 'kind':
      return `không có loại khối số liệu này; các loại có: ${p.kinds}`;
    case 'field':
      return `không có trường "${p.field}"${p.fields ? `; các trường có: ${p.fields}` : ''}`;
    case 'selector-needed':
      return `"${p.field}" là một danh sách: cần chọn một phần tử, vd "${p.field}[mã]"`;
    case 'no-selector':
      return `"${p.field}" không phải danh sách, không chọn phần tử bằng [ ]`;
    default:
      return `"${p.field}" không phải một số liệu${p.fields ? `; chọn tiếp một trong: ${p.fields}` : ''}`;
  }
}

function referenceEn(i: InputIssue): string {
  const p = i.params;
  switch (p.reason) {
    case 'kind':
      return `no figure block of this kind; the kinds are: ${p.kinds}`;
    case 'field':
      return `no field "${p.field}"${p.fields ? `; the fields are: ${p.fields}` : ''}`;
    case 'selector-needed':
      return `"${p.field}" is a list: choose one element, e.g. "${p.field}[key]"`;
    case 'no-selector':
      return `"${p.field}" is not a list and takes no [ ] selector`;
    default:
      return `"${p.field}" is not a figure${p.fields ? `; go on with one of: ${p.fields}` : ''}`;
  }
}

/** Problems of a pack, in Vietnamese. */
export const packIssuesVi: IssueWording = {
  'pack.expression': (i, s) =>
    `${s.path(i.path)}: không đọc được biểu thức "${i.params.expression}": ở vị trí ${Number(i.params.position) + 1} cần ${EXPECTED_VI[String(i.params.expected)] ?? i.params.expected}, nhận được ${i.params.found === 'end' ? 'hết biểu thức' : `"${i.params.found}"`}.`,
  'pack.reference': (i, s) =>
    `${s.path(i.path)}: số liệu "${i.params.reference}" không có trong mô hình: ${referenceVi(i)}.`,
  'pack.builtin-code': (i, s) =>
    `${s.path(i.path)}: mã quy tắc "${i.params.code}" đã là quy tắc có sẵn của diemmac; hãy đặt mã riêng của gói (có thể tắt hoặc đổi mức quy tắc có sẵn ở "checks.rules").`,
  'pack.namespace': (i, s) =>
    `${s.path(i.path)}: mã quy tắc "${i.params.code}" phải bắt đầu bằng mã gói "${i.params.namespace}.".`,
  'pack.duplicate-code': (i, s) => `${s.path(i.path)}: mã quy tắc "${i.params.code}" bị dùng hai lần.`,
  'pack.unknown-rule': (i, s) =>
    `${s.path(i.path)}: không có quy tắc mã "${i.params.code}" (trong diemmac hay trong gói).`,
};

/** Problems of a pack, in English. */
export const packIssuesEn: IssueWording = {
  'pack.expression': (i, s) =>
    `${s.path(i.path)}: cannot read the expression "${i.params.expression}": at position ${Number(i.params.position) + 1} expected ${EXPECTED_EN[String(i.params.expected)] ?? i.params.expected}, found ${i.params.found === 'end' ? 'the end' : `"${i.params.found}"`}.`,
  'pack.reference': (i, s) =>
    `${s.path(i.path)}: the figure "${i.params.reference}" is not in the model: ${referenceEn(i)}.`,
  'pack.builtin-code': (i, s) =>
    `${s.path(i.path)}: rule code "${i.params.code}" is already a diemmac rule; give the pack's rule its own code (a built-in rule can be switched off or re-graded under "checks.rules").`,
  'pack.namespace': (i, s) =>
    `${s.path(i.path)}: rule code "${i.params.code}" must start with the pack's id "${i.params.namespace}.".`,
  'pack.duplicate-code': (i, s) => `${s.path(i.path)}: rule code "${i.params.code}" is used twice.`,
  'pack.unknown-rule': (i, s) =>
    `${s.path(i.path)}: there is no rule "${i.params.code}" (in diemmac or in the pack).`,
};

/** Findings the engine raises itself, in Vietnamese. */
export const engineVi: Record<string, RuleWording> = {
  'pack.rule-failed': {
    title: 'Mọi quy tắc chạy được đến hết',
    text: (f, s) =>
      `Quy tắc "${s.param(f.params.rule)}" gặp lỗi khi chạy (${s.param(f.params.reason)}) nên không kiểm tra được; các quy tắc khác vẫn được kiểm tra.`,
  },
};

/** Findings the engine raises itself, in English. */
export const engineEn: Record<string, RuleWording> = {
  'pack.rule-failed': {
    title: 'Every rule runs to the end',
    text: (f, s) =>
      `Rule "${s.param(f.params.rule)}" failed while running (${s.param(f.params.reason)}) and checked nothing; the other rules were checked.`,
  },
};
