import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';
import { RULES } from '../../checks/catalogue.js';
import { formatFinding } from '../../messages/index.js';

const dated = (date: string, over: Parameters<typeof supervision>[1] = {}) =>
  supervision([], { documents: { conclusion: { date, place: 'Thử' } }, ...over });

describe('legal currency', () => {
  it('notes "mức độ 3, 4" in a notice dated after Decree 42/2022/NĐ-CP, not before', () => {
    const text = { assessment: { strengths: [], limitations: ['Tỷ lệ hồ sơ mức độ 3, 4 chưa cao.'] } };
    expect(codes(check(dated('10/11/2024', text)))).toEqual(['legal.replaced-term']);
    expect(codes(check(dated('10/11/2021', text)))).toEqual([]);
    const clean = { assessment: { strengths: [], limitations: ['Tài khoản định danh mức độ 2 (VNeID).'] } };
    expect(codes(check(dated('10/11/2024', clean)))).toEqual([]);
  });

  it('notes the term however its marks are typed (decomposed, or half composed), in any case', () => {
    for (const written of ['mức độ 3, 4'.normalize('NFD'), 'mức đô\u0323 4', 'MỨC ĐỘ 3']) {
      const text = { assessment: { strengths: [], limitations: [`Tỷ lệ hồ sơ ${written} chưa cao.`] } };
      expect(codes(check(dated('10/11/2024', text)))).toEqual(['legal.replaced-term']);
    }
  });

  it('tells a notice dated from 1 July 2025 that addresses a district body of its area that districts are gone', () => {
    const over = {
      locality: { name: 'Thử', district: 'Định Hóa', province: 'Thái Nguyên' },
      recommendations: [{ addressee: 'UBND huyện Định Hóa', content: 'Chỉ đạo xã.' }],
      recipients: ['TT HĐND huyện', 'UBND tỉnh Thái Nguyên'],
    };
    const found = check(dated('15/7/2025', over)).filter((f) => f.code === 'legal.district-abolished');
    expect(found.map((f) => f.paths[0])).toEqual([
      ['recommendations', 0, 'addressee'],
      ['recipients', 0],
    ]);
    expect(formatFinding(found[0]!, 'vi')).toBe(
      '"UBND huyện Định Hóa": từ ngày 01/7/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh, xã), cấp huyện không còn.',
    );
    expect(codes(check(dated('30/6/2025', over)))).toEqual([]);
  });

  it('reports a notice dated from 1 March 2026 that cites Law 87/2015/QH13 as in force', () => {
    const legalBases = ['Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13'];
    const found = check(dated('10/3/2026', { legalBases })).filter((f) => f.code === 'citation.expired');
    expect(formatFinding(found[0]!, 'vi')).toContain('văn bản thay thế: 121/2025/QH15');
    expect(check(dated('30/10/2025', { legalBases })).filter((f) => f.code === 'citation.expired')).toEqual(
      [],
    );
  });

  it('names the legal basis and the dates of each currency rule in the catalogue', () => {
    const byCode = new Map(RULES.map((r) => [r.code, r]));
    expect(byCode.get('legal.replaced-term')?.applies).toEqual({ from: '01/8/2022' });
    expect(byCode.get('legal.district-abolished')?.applies).toEqual({ from: '01/7/2025' });
    expect(byCode.get('citation.expired')?.legalBasis).toContain('121/2025/QH15');
    for (const code of ['legal.replaced-term', 'legal.district-abolished']) {
      expect(byCode.get(code)?.legalBasis).toMatch(/\d+\/\d{4}\//);
    }
  });
});
