import { describe, expect, it } from 'vitest';
import { toText } from './text.js';

describe('toText', () => {
  it('aligns the columns, text to the left and figures to the right, written the Vietnamese way', () => {
    const text = toText({
      name: 'Theo xã',
      columns: [
        { key: 'commune', header: 'Xã', kind: 'text' },
        { key: 'resolved', header: 'Đã giải quyết', kind: 'integer' },
        { key: 'rate', header: 'Tỷ lệ (%)', kind: 'percent', scale: 2 },
      ],
      rows: [
        { commune: 'Phú Lương', resolved: 2175, rate: '99.77' },
        { commune: 'Đại Từ', resolved: 3, rate: '66.67' },
        { commune: 'Yên Lạc' },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Theo xã',
      'Xã         Đã giải quyết  Tỷ lệ (%)',
      '---------  -------------  ---------',
      'Phú Lương          2.175      99,77',
      'Đại Từ                 3      66,67',
      'Yên Lạc',
      '',
    ]);
  });
});
