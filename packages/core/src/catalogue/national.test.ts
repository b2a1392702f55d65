import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { isRealDate } from '../dates/calendar.js';
import { catalogueLabel, findCatalogued, inForce } from './lookup.js';
import { NATIONAL_DOCUMENTS, NATIONAL_ENTRIES } from './national.js';
import { CataloguedDocument } from './schema.js';

const entry = (label: string) => NATIONAL_DOCUMENTS.find((d) => catalogueLabel(d) === label);

describe('NATIONAL_DOCUMENTS', () => {
  it('is exactly what the schema makes of the entries as written (made without zod at load)', () => {
    const parsed = z.array(CataloguedDocument).parse(NATIONAL_ENTRIES);
    expect(NATIONAL_DOCUMENTS).toStrictEqual(parsed);
    // The same keys in the same order, as JSON output would show them.
    expect(JSON.stringify(NATIONAL_DOCUMENTS)).toBe(JSON.stringify(parsed));
  });

  it('holds the documents notices cite, each once', () => {
    const labels = NATIONAL_DOCUMENTS.map(catalogueLabel);
    expect(labels).toEqual(
      expect.arrayContaining([
        '766/QĐ-TTg',
        '30/2020/NĐ-CP',
        '61/2018/NĐ-CP',
        '107/2021/NĐ-CP',
        '118/2025/NĐ-CP',
        '42/2022/NĐ-CP',
        '33/2023/NĐ-CP',
        '63/2024/NĐ-CP',
        '130/2005/NĐ-CP',
        '117/2013/NĐ-CP',
        '87/2015/QH13',
        '121/2025/QH15',
        '10/2022/QH15',
      ]),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('says where each entry was read, with real dates in the year of its number', () => {
    for (const d of NATIONAL_DOCUMENTS) {
      expect(d.source.length, catalogueLabel(d)).toBeGreaterThan(20);
      expect(isRealDate(d.date), catalogueLabel(d)).toBe(true);
      if (d.year !== undefined) expect(d.date.year, catalogueLabel(d)).toBe(d.year);
    }
  });

  it('knows which supervision law applies on which day', () => {
    expect(entry('87/2015/QH13')?.effective.until?.written).toBe('28/02/2026');
    expect(entry('121/2025/QH15')?.effective.from?.written).toBe('01/3/2026');
    expect(entry('121/2025/QH15')?.replaces).toEqual(['87/2015/QH13']);
    const byName = { type: 'Luật', title: 'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân' };
    expect(
      catalogueLabel(findCatalogued(byName, NATIONAL_DOCUMENTS, { year: 2024, month: 11, day: null })!),
    ).toBe('87/2015/QH13');
    expect(
      catalogueLabel(findCatalogued(byName, NATIONAL_DOCUMENTS, { year: 2026, month: 3, day: 1 })!),
    ).toBe('121/2025/QH15');
    expect(inForce(entry('87/2015/QH13')!, { year: 2026, month: 2, day: 28 })).toBe(true);
    expect(inForce(entry('87/2015/QH13')!, { year: 2026, month: 3, day: 1 })).toBe(false);
  });

  it('knows the law on grassroots democracy by its name, and what amends what', () => {
    expect(
      catalogueLabel(
        findCatalogued({ type: 'Luật', title: 'Thực hiện dân chủ ở cơ sở' }, NATIONAL_DOCUMENTS)!,
      ),
    ).toBe('10/2022/QH15');
    expect(entry('117/2013/NĐ-CP')?.amends).toEqual(['130/2005/NĐ-CP']);
    expect(entry('107/2021/NĐ-CP')?.amends).toEqual(['61/2018/NĐ-CP']);
  });
});
