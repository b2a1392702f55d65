import { readFileSync, writeFileSync } from 'node:fs';
import { checkSupervision, parseSupervisionText } from '@diemmac/core';
import { buildNotice, toDocx } from '@diemmac/notice';

const NOW = { year: 2025, month: 11, day: 1 };
for (const name of ['diem-mac-2024', 'thanh-binh-2025']) {
  const m = parseSupervisionText(readFileSync(`../../examples/${name}.yaml`, 'utf8')).value;
  writeFileSync(
    `/tmp/hr-pdf/${name}.docx`,
    await toDocx(buildNotice(m, { findings: checkSupervision(m, { now: NOW }), annex: true })),
  );
}
