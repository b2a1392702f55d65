import { CCHC_XA, checkSupervision, parseSupervision, readText } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { initTemplate, slug } from './template.js';

/** The template's YAML as data, read the way the CLI reads every file. */
function parse(text: string) {
  const r = readText(text);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.data as { sections: { key: string; number: string; sections?: unknown[] }[] };
}

const template = (year: number, commune?: string) =>
  initTemplate({ commune, year, month: 11, framework: CCHC_XA, schemaUrl: 'https://example.test/s.json' });

describe('slug', () => {
  it('drops diacritics and joins words with hyphens', () => {
    expect(slug('Thanh Bình')).toBe('thanh-binh');
    expect(slug('Điềm Mặc')).toBe('diem-mac');
    expect(slug('  Phường Hòa Bình (cũ) ')).toBe('phuong-hoa-binh-cu');
  });
});

describe('initTemplate', () => {
  it.each([2024, 2025, 2026])('for %i gives a valid supervision with no finding', (year) => {
    const parsed = parseSupervision(parse(template(year, 'Thanh Bình')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(checkSupervision(parsed.value, { now: { year, month: 12, day: 1 } })).toEqual([]);
  });

  it('lays out every section of the outline framework, numbered as a notice is', () => {
    const parsed = parse(template(2025));
    const numbers = (sections: { key: string; number: string; sections?: unknown[] }[]): string[] =>
      sections.flatMap((s) => [`${s.number} ${s.key}`, ...numbers((s.sections ?? []) as never)]);
    expect(numbers(parsed.sections)).toEqual([
      'I. direction',
      'II. results',
      '1. public-service',
      '2. reform',
      '2.1. reform.institutions',
      '2.2. reform.procedures',
      '2.3. reform.apparatus',
      '2.4. reform.civil-service',
      '2.5. reform.public-finance',
      '2.6. reform.e-government',
      '3. governance',
      '4. grassroots-democracy',
      '5. emulation',
    ]);
  });

  it('cites the supervision law in force in the year', () => {
    expect(template(2025)).toContain('số 87/2015/QH13"');
    expect(template(2026)).toContain('số 121/2025/QH15"');
  });
});
