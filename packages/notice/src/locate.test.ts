import { readFileSync } from 'node:fs';
import { parseSupervisionText } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { locate } from './locate.js';

const text = readFileSync(new URL('../../../examples/diem-mac-2024.yaml', import.meta.url), 'utf8');
const parsed = parseSupervisionText(text);
if (!parsed.ok) throw new Error('the example no longer parses');
const model = parsed.value;

describe('locate', () => {
  it('names a figure by its section number, its block and its field', () => {
    const where = locate(model, [
      'sections',
      1,
      'sections',
      1,
      'sections',
      1,
      'figures',
      0,
      'resolved',
      'total',
    ]);
    expect(where).toMatch(/^Mục 2\.2\.?, /);
  });

  it("names the supervision's own documents instead of printing a data path", () => {
    expect(locate(model, ['documents', 'plan', 'citation'])).toBe('Kế hoạch giám sát');
    expect(locate(model, ['documents', 'reports', 0, 'citation'])).toBe('Báo cáo của đơn vị 1');
    expect(locate(model, ['legalBases', 1])).toBe('Căn cứ 2');
    expect(locate(model, ['recommendations', 0, 'deadline'])).toBe('Kiến nghị 1');
  });
});
