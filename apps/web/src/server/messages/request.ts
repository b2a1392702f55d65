import type { InputIssue } from '@diemmac/core';
import type { ApiIssue } from '../errors.js';
import { SUGGESTION, WARNING } from './password.js';

// The API's own request fields (sign-in, accounts, comments), worded here rather than by the
// core: field names in the reader's language, and the value of a secret never repeated.

type Lang = 'vi' | 'en';

const FIELD: Record<Lang, Record<string, string>> = {
  vi: {
    email: 'email',
    name: 'họ tên',
    role: 'vai trò',
    password: 'mật khẩu',
    token: 'mã thiết lập',
    disabled: 'khóa tài khoản',
    version: 'phiên bản',
    document: 'tài liệu',
    findingCode: 'mã phát hiện',
    path: 'vị trí',
    body: 'nội dung',
    limit: 'số dòng mỗi trang (limit)',
    offset: 'vị trí bắt đầu (offset)',
    status: 'trạng thái',
    year: 'năm',
    recommendation: 'kiến nghị',
    date: 'ngày',
    note: 'ghi chú',
    responses: 'văn bản trả lời',
    part: 'phần',
    asOf: 'tính đến ngày (asOf)',
    addressee: 'nơi thực hiện',
    takenUpBy: 'cuộc giám sát sau',
  },
  en: {
    email: 'email',
    name: 'name',
    role: 'role',
    password: 'password',
    token: 'setup code',
    disabled: 'disabled',
    version: 'version',
    document: 'document',
    findingCode: 'finding code',
    path: 'path',
    body: 'text',
    limit: 'limit',
    offset: 'offset',
    status: 'status',
    year: 'year',
    recommendation: 'recommendation',
    date: 'date',
    note: 'note',
    responses: 'response documents',
    part: 'part',
    asOf: 'as of (asOf)',
    addressee: 'addressee',
    takenUpBy: 'later supervision',
  },
};

/** Fields whose value is a secret: never echoed in a message. */
const SECRET = new Set(['password', 'token']);

const ROLE_VI: Record<string, string> = {
  admin: 'quản trị',
  secretary: 'thư ký',
  member: 'đại biểu',
  viewer: 'chỉ xem',
};

function label(path: readonly (string | number)[], lang: Lang): string {
  if (path.length === 0) return lang === 'vi' ? 'nội dung gửi lên' : 'request body';
  const [head, ...rest] = path;
  const name = FIELD[lang][String(head)] ?? String(head);
  return rest.length === 0 ? name : `${name} (${rest.join('.')})`;
}

const units = (origin: unknown, lang: Lang) =>
  origin === 'string'
    ? lang === 'vi'
      ? ' ký tự'
      : ' characters'
    : origin === 'array'
      ? lang === 'vi'
        ? ' mục'
        : ' items'
      : '';

function sentence(issue: InputIssue, lang: Lang): string {
  const vi = lang === 'vi';
  const field = label(issue.path, lang);
  const secret = SECRET.has(String(issue.path[0]));
  const got =
    !secret && issue.received ? (vi ? `, nhận được ${issue.received}` : `, got ${issue.received}`) : '';
  const p = issue.params;
  switch (issue.code as string) {
    case 'required':
      return vi ? `${field}: chưa nhập (bắt buộc).` : `${field}: required.`;
    case 'type':
      return vi
        ? `${field}: sai kiểu dữ liệu, cần ${issue.expected ?? '?'}${got}.`
        : `${field}: wrong type, expected ${issue.expected ?? '?'}${got}.`;
    case 'value': {
      const options =
        vi && issue.path[0] === 'role'
          ? (issue.expected ?? '')
              .split(' | ')
              .map((r) => `${r} (${ROLE_VI[r] ?? r})`)
              .join(', ')
          : (issue.expected ?? '').split(' | ').join(', ');
      return vi ? `${field}: cần một trong ${options}${got}.` : `${field}: expected one of ${options}${got}.`;
    }
    case 'format':
      return issue.path[0] === 'email'
        ? vi
          ? `email: chưa phải địa chỉ email (cần dạng ten@donvi.gov.vn)${got}.`
          : `email: not an email address (like name@agency.gov.vn)${got}.`
        : vi
          ? `${field}: sai định dạng${got}.`
          : `${field}: wrong format${got}.`;
    case 'too-small':
      if (p.origin === 'string' && p.minimum === 1) return vi ? `${field}: chưa nhập.` : `${field}: empty.`;
      return vi
        ? `${field}: cần ít nhất ${p.minimum}${units(p.origin, lang)}.`
        : `${field}: at least ${p.minimum}${units(p.origin, lang)}.`;
    case 'too-big':
      return vi
        ? `${field}: tối đa ${p.maximum}${units(p.origin, lang)}.`
        : `${field}: at most ${p.maximum}${units(p.origin, lang)}.`;
    case 'date.unreadable':
    case 'date.out-of-range':
      return vi
        ? `${field}: chưa phải ngày hợp lệ, cần dạng dd/mm/yyyy (ví dụ 20/01/2025)${got}.`
        : `${field}: not a valid date, expected dd/mm/yyyy (e.g. 20/01/2025)${got}.`;
    case 'unknown-keys':
      return vi
        ? `${field}: có trường không được nhận: ${issue.received}.`
        : `${field}: unexpected field(s): ${issue.received}.`;
    case 'password.weak': {
      const warning = WARNING[lang][String(p.warning)];
      const tips = String(p.suggestions ?? '')
        .split(',')
        .map((k) => SUGGESTION[lang][k])
        .filter((t): t is string => t !== undefined);
      const why = [warning, ...tips].filter(Boolean).join('; ');
      return vi
        ? `${field}: quá dễ đoán (độ mạnh ${p.score}/4, cần từ 3/4)${why ? `: ${why}` : ''}. Gợi ý: ghép vài từ ít gặp, ví dụ "mây-trắng-bay-qua-đồi".`
        : `${field}: too easy to guess (strength ${p.score}/4, at least 3/4 needed)${why ? `: ${why}` : ''}. Tip: join a few uncommon words.`;
    }
    default:
      return vi ? `${field}: giá trị không hợp lệ${got}.` : `${field}: invalid value${got}.`;
  }
}

/**
 * Problems with a request body, worded in both languages; a secret field's value is dropped.
 *
 * @example
 * requestIssues([{ code: 'too-small', path: ['password'], received: '"123"', params: { origin: 'string', minimum: 10 } }])[0].message_vi
 * // 'mật khẩu: cần ít nhất 10 ký tự.'
 */
export function requestIssues(issues: readonly InputIssue[]): ApiIssue[] {
  return issues.map((issue) => {
    const secret = SECRET.has(String(issue.path[0]));
    return {
      code: issue.code,
      path: issue.path,
      message_vi: sentence(issue, 'vi'),
      message_en: sentence(issue, 'en'),
      ...(issue.expected !== undefined ? { expected: issue.expected } : {}),
      ...(!secret && issue.received !== undefined ? { received: issue.received } : {}),
    };
  });
}
