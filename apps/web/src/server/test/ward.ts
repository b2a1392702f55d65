import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readText } from '@diemmac/core';
import { exampleFile } from '../seed.js';

/** The example pack of a province's wards (examples/packs/phuong-thai-nguyen.yaml). */
export const PACK_FILE = fileURLToPath(
  new URL('../../../../../examples/packs/phuong-thai-nguyen.yaml', import.meta.url),
);

// Read as the app reads files: numbers as written.
const example = () => {
  const read = readText(readFileSync(exampleFile()!, 'utf8'));
  if (!read.ok) throw new Error('the example must read');
  return read.data as Record<string, unknown>;
};

/**
 * A ward's notice laid out by the pack's outline: staff at 80% of the quota (under the pack's
 * 90%), half the dossiers received online (under its 80%), and received ≠ resolved + pending.
 */
export const wardNotice = (id: string) => {
  const base = example();
  return {
    ...base,
    id,
    year: 2025,
    framework: 'phuong-tn',
    documents: {
      conclusion: {
        ...(base.documents as { conclusion: Record<string, unknown> }).conclusion,
        date: '30/10/2025',
        place: 'Phan Đình Phùng',
      },
    },
    sections: [
      {
        key: 'ket-qua',
        number: 'I.',
        title: 'Kết quả thực hiện',
        sections: [
          {
            key: 'thu-tuc',
            number: '1.',
            title: 'Thủ tục hành chính',
            figures: [
              {
                kind: 'dossiers',
                received: { total: 100, online: 50, direct: 50 },
                resolved: { total: 96 },
                pending: { total: 5 },
              },
              { kind: 'staffing', present: 8, quota: 10 },
            ],
          },
        ],
      },
      { key: 'chi-dao', number: 'II.', title: 'Công tác chỉ đạo điều hành' },
      { key: 'ton-tai', number: 'III.', title: 'Tồn tại, hạn chế và nguyên nhân' },
    ],
  };
};
