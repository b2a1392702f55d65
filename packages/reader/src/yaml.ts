import type { Lang } from '@diemmac/core';
import { Document, isScalar } from 'yaml';
import { formatPlace } from './messages/index.js';
import type { NoticeReading } from './read.js';

const HEAD: Record<Lang, (name: string, share: string) => string> = {
  vi: (name, share) =>
    ` Bản nháp do diemmac đọc từ "${name}" (đã đặt ${share}% số liệu vào câu số liệu).\n Mỗi giá trị có chú thích nơi văn bản gốc viết nó; hãy soát lại trước khi dùng.`,
  en: (name, share) =>
    ` Draft read by diemmac from "${name}" (${share}% of the figures placed in a statement).\n Each value is annotated with where the original wrote it; review it before use.`,
};

/**
 * The draft supervision as YAML, each value with a comment naming where the notice wrote it
 * ("# đoạn 70, dòng 142"). Checking this file gives the notice's findings on its figures and
 * citations.
 *
 * @example
 * const yaml = draftYaml(reading, 'thong-bao.docx');
 * // schemaVersion: 1 … received:\n  total: "2175" # đoạn 70, dòng 142
 */
export function draftYaml(reading: NoticeReading, name: string, lang: Lang = 'vi'): string {
  const doc = new Document(reading.draft);
  doc.commentBefore = HEAD[lang](name, reading.understood.share);
  for (const source of reading.sources) {
    const node = doc.getIn(source.path, true);
    if (isScalar(node) && node.comment === undefined) node.comment = ` ${formatPlace(source.place, lang)}`;
  }
  return doc.toString({ lineWidth: 0 });
}
