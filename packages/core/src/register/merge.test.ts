import { describe, expect, it } from 'vitest';
import { type RegisterRow, registerFor, toCsv } from '../../test/register.js';
import { mergeRecounts } from './merge.js';
import { createRegisterReader } from './read.js';

const PERIOD = { from: 20250101, to: 20250930 };
const utf8 = (text: string) => new TextEncoder().encode(text);

function read(bytes: Uint8Array) {
  const reader = createRegisterReader({ period: PERIOD });
  reader.pushBytes(bytes);
  const complete = reader.complete();
  return { complete, codes: reader.codes().snapshot(), ...reader.end() };
}

/** The register read in two parts cut at byte `cut` (a line start), the second with the header put back. */
function inTwo(text: string, cut: number) {
  const bytes = utf8(text);
  const header = bytes.subarray(0, bytes.indexOf(10) + 1);
  const first = read(bytes.subarray(0, cut));
  const rest = new Uint8Array(header.length + bytes.length - cut);
  rest.set(header);
  rest.set(bytes.subarray(cut), header.length);
  return { first, joined: first.complete ? mergeRecounts(first, read(rest)) : undefined };
}

const faulty = (): RegisterRow[] => {
  const rows = registerFor({
    online: 6,
    direct: 2,
    postal: 1,
    carriedOver: 2,
    early: 3,
    onTime: 3,
    late: 2,
    withinDeadline: 1,
    overdue: 1,
    withdrawn: 1,
  });
  rows[2] = { ...rows[2]!, received: '32/13/2025' };
  rows[4] = { ...rows[4]!, channel: 'Zalo' };
  rows[6] = { ...rows[6]!, due: '01/01/2025' };
  rows[9] = { ...rows[9]!, channel: 'zalo ' };
  rows.push({ ...rows[1]!, code: `${rows[1]!.code}-b`, received: '03/10/2025', resolved: '' });
  rows.push({ ...rows[3]!, code: rows[10]!.code }); // a code repeated within the second half
  return rows;
};

describe('mergeRecounts', () => {
  it('gives what one reading gives, wherever the register is cut between two records', () => {
    const text = toCsv(faulty());
    const bytes = utf8(text);
    const whole = read(bytes);
    let cuts = 0;
    for (let cut = bytes.indexOf(10) + 1; cut < bytes.length; cut = bytes.indexOf(10, cut) + 1) {
      const { joined } = inTwo(text, cut);
      // A cut between the two rows of the repeated code cannot be joined: the reader says so.
      if (!joined) continue;
      cuts++;
      expect(joined.recount).toEqual(whole.recount);
      expect(joined.issues).toEqual(whole.issues);
    }
    expect(cuts).toBeGreaterThan(8);
  });

  it('refuses to join when a code of the second part was seen in the first', () => {
    const rows = faulty();
    const text = toCsv(rows);
    const bytes = utf8(text);
    // Cut just before the last row, whose code is row 10's.
    let cut = bytes.length - 1;
    while (bytes[cut - 1] !== 10) cut--;
    expect(inTwo(text, cut).joined).toBeUndefined();
  });

  it('knows a cut inside a quoted cell: the first part is not complete', () => {
    const text =
      'Mã hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Ghi chú\nH1,15/03/2025,20/03/2025,,"hai\ndòng"\n';
    const cut = utf8(text).lastIndexOf(10, utf8(text).length - 2) + 1;
    expect(inTwo(text, cut).first.complete).toBe(false);
  });
});
