import { describe, expect, it } from 'vitest';
import { utf8Checker } from './utf8-stream.js';

/** The first fault a checker finds in `bytes` cut at the given offsets. */
function check(bytes: Buffer, cuts: number[]) {
  const checker = utf8Checker();
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    const bad = checker.chunk(bytes.subarray(start, cut));
    if (bad) return bad;
    start = cut;
  }
  return checker.end();
}

describe('utf8Checker', () => {
  const text = Buffer.from('Mã hồ sơ\nHồ sơ đã rút\n');

  it('accepts UTF-8 however it is cut, even inside a character', () => {
    for (let cut = 0; cut <= text.length; cut++) expect(check(text, [cut])).toBeUndefined();
  });

  it('says the byte, its offset and its line where the bytes stop being UTF-8', () => {
    const bytes = Buffer.concat([text, Buffer.from('H-1,'), Buffer.from([0xf2, 0x0a])]);
    const at = text.length + 4;
    expect(check(bytes, [at - 2])).toEqual({ offset: at, line: 3, byte: 0xf2 });
    expect(check(bytes, [at + 1])).toEqual({ offset: at, line: 3, byte: 0xf2 });
  });

  it('reports a character cut short at the end of the file', () => {
    const bytes = Buffer.concat([Buffer.from('Mã\n'), Buffer.from([0xe1, 0xbb])]);
    expect(check(bytes, [])).toEqual({ offset: 4, line: 2, byte: 0xe1 });
  });
});
