import type { RuleWording } from '../../messages/types.js';
import * as E from '../../messages/words-en.js';
import * as V from '../../messages/words-vi.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each citation rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'citation.number-reused': {
    title: 'Một số văn bản của một cơ quan trong một năm chỉ dùng cho một văn bản',
    text: (f, s) => {
      const subjects = V.list(f.params.subjects);
      const docs = V.list(f.params.dates).map(
        (d, i) => `ngày ${d}${subjects[i] && subjects[i] !== '—' ? ` về ${subjects[i]}` : ''}`,
      );
      return `Số ${s.param(f.params.label)} được dùng cho ${s.param(f.params.count)} văn bản khác nhau: ${docs.join('; ')}.`;
    },
  },
  'citation.symbol-issuer': {
    title: 'Ký hiệu văn bản khớp với cơ quan được nêu là ban hành',
    text: (f, s) =>
      `${s.param(f.params.label)} mang ký hiệu của ${V.BODY[String(f.params.symbolBody)] ?? s.param(f.params.symbolBody)}, nhưng được nêu là văn bản của ${s.param(f.params.issuer)}.`,
  },
  'citation.relation-order': {
    title: 'Văn bản không sửa đổi, thay thế hay thực hiện một văn bản ban hành sau nó',
    text: (f, s) => {
      const kind = V.RELATION[String(f.params.kind)] ?? s.param(f.params.kind);
      const known = V.list(f.params.catalogued);
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
      `Câu trích dẫn "${s.param(f.params.text)}" khác các trường đã khai ở: ${V.list(f.params.fields)
        .map((x) => V.CITATION_FIELD[x] ?? x)
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
      `Không đọc được trích dẫn "${s.param(f.params.text)}" (${V.UNREADABLE[String(f.params.reason)] ?? s.param(f.params.reason)}); trích dẫn được giữ nguyên như đã viết.`,
  },
};

/** English: what each citation rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'citation.number-reused': {
    title: 'One number of one body in one year names one document',
    text: (f, s) => {
      const subjects = E.list(f.params.subjects);
      const docs = E.list(f.params.dates).map(
        (d, i) => `dated ${d}${subjects[i] && subjects[i] !== '—' ? ` on ${subjects[i]}` : ''}`,
      );
      return `Number ${s.param(f.params.label)} is used for ${s.param(f.params.count)} different documents: ${docs.join('; ')}.`;
    },
  },
  'citation.symbol-issuer': {
    title: "A document's symbol matches the body said to have issued it",
    text: (f, s) =>
      `${s.param(f.params.label)} carries the symbol of ${E.BODY[String(f.params.symbolBody)] ?? s.param(f.params.symbolBody)}, but is said to be issued by ${s.param(f.params.issuer)}.`,
  },
  'citation.relation-order': {
    title: 'A document does not amend, replace or implement one issued after it',
    text: (f, s) => {
      const kind = String(f.params.kind);
      const known = E.list(f.params.catalogued);
      return (
        `${s.param(f.params.label)} (${s.param(f.params.date)}) is said to ${E.RELATION[kind] ?? kind} ${s.param(f.params.target)} (${s.param(f.params.targetDate)}), which was issued after it.` +
        (known.length > 0
          ? ` The document catalogue records ${s.param(f.params.label)} as ${E.RELATED[kind] ?? kind} ${known.join(', ')}.`
          : '')
      );
    },
  },
  'citation.impossible-date': {
    title: "A cited document's date exists and falls in the year of its number",
    text: (f, s) =>
      f.params.reason === 'year'
        ? `${s.param(f.params.label)} carries the year ${s.param(f.params.year)} in its number but is dated ${s.param(f.params.written)}.`
        : `${s.param(f.params.label)}: the date "${s.param(f.params.written)}" does not exist.`,
  },
  'citation.after-notice': {
    title: 'A cited document was issued before the notice citing it',
    text: (f, s) =>
      `${s.param(f.params.label)} is dated ${s.param(f.params.date)}, after the notice itself (${s.param(f.params.noticeDate)}).`,
  },
  'citation.number-order': {
    title: "A body's document numbers rise with their dates",
    text: (f, s) =>
      `Number ${s.param(f.params.label)} is dated ${s.param(f.params.date)}, ${f.params.way === 'before-lower' ? 'before the lower' : 'after the higher'} number ${s.param(f.params.other)} (dated ${s.param(f.params.otherDate)}): the numbers do not follow the dates of issue.`,
  },
  'citation.catalogue-number': {
    title: 'A catalogued document (national or provincial) is cited under its own number',
    text: (f, s) =>
      `${s.param(f.params.label)} is not in the document catalogue; what it is cited for (${s.param(f.params.subject)}) is the subject of ${s.param(f.params.expected)}.`,
  },
  'citation.catalogue-date': {
    title: 'A catalogued document (national or provincial) is cited with its date of issue',
    text: (f, s) =>
      `${s.param(f.params.label)} was issued on ${s.param(f.params.expected)}, but is cited as of ${s.param(f.params.date)}.`,
  },
  'citation.catalogue-subject': {
    title: 'A catalogued document (national or provincial) is cited for its own subject',
    text: (f, s) =>
      `${s.param(f.params.label)} is cited on "${s.param(f.params.subject)}", but that is the subject of ${s.param(f.params.expected)} (${s.param(f.params.expectedSubject)}).`,
  },
  'citation.expired': {
    title: "A cited document still applies on the notice's date",
    text: (f, s) =>
      `${s.param(f.params.label)} ceased to apply after ${s.param(f.params.until)}, but the notice is dated ${s.param(f.params.noticeDate)}${f.params.successor ? `; it was replaced by ${s.param(f.params.successor)}` : ''}.`,
  },
  'citation.text-differs': {
    title: "A citation's fields agree with its written text",
    text: (f, s) =>
      `The citation "${s.param(f.params.text)}" says otherwise than its fields on: ${E.list(f.params.fields)
        .map((x) => E.CITATION_FIELD[x] ?? x)
        .join(', ')}.`,
  },
  'citation.same-subject': {
    title: 'One subject is not issued twice under two numbers',
    text: (f, s) =>
      `${s.param(f.params.label)} (dated ${s.param(f.params.date)}) and ${s.param(f.params.other)} (dated ${s.param(f.params.otherDate)}) have the same subject: "${s.param(f.params.subject)}" and "${s.param(f.params.otherSubject)}".`,
  },
  'citation.unreadable': {
    title: 'Citations can be read',
    text: (f, s) =>
      `Could not read this citation: "${s.param(f.params.text)}" (${E.UNREADABLE[String(f.params.reason)] ?? s.param(f.params.reason)}); it is kept as written.`,
  },
};
