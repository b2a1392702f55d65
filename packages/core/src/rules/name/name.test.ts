import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';

const saying = (...paragraphs: string[]) =>
  check(
    supervision([], {
      locality: { unit: 'xa', name: 'Thanh Bình', province: 'Thái Nguyên' },
      sections: [{ key: 'direction', title: 'Công tác chỉ đạo điều hành', paragraphs }],
    } as never),
  ).filter((f) => f.code === 'name.variant');

describe('name.variant', () => {
  it('reports a place name written without its marks', () => {
    const found = saying('UBND xã Thanh Binh đã ban hành kế hoạch cải cách hành chính năm 2024.');
    expect(codes(found)).toEqual(['name.variant']);
    expect(found[0]?.params).toMatchObject({ name: 'Thanh Bình', variant: 'Thanh Binh', marks: 'missing' });
  });

  it('says nothing when the name is written one way throughout', () => {
    expect(saying('UBND xã Thanh Bình đã ban hành kế hoạch cải cách hành chính năm 2024.')).toEqual([]);
  });
});
