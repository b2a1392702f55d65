import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { type KeptText, TextReadings } from './readings.js';

/** A text of a walk, as the checks' walk hands it out: its text and its place in the walk. */
const walked = (text: string, at: number): KeptText => ({ text, at });

describe('TextReadings.ofText', () => {
  it('reads a text once per kind, whichever walk and place it comes back at', () => {
    const readings = new TextReadings();
    const read: string[] = [];
    const upper = (t: string) => {
      read.push(t);
      return t.toUpperCase();
    };
    expect(readings.ofText(walked('xã Điềm Mặc', 0), 'upper', upper)).toBe('XÃ ĐIỀM MẶC');
    // The next walk: the same text at the same place, then at another place.
    expect(readings.ofText(walked('xã Điềm Mặc', 0), 'upper', upper)).toBe('XÃ ĐIỀM MẶC');
    expect(readings.ofText(walked('xã Điềm Mặc', 5), 'upper', upper)).toBe('XÃ ĐIỀM MẶC');
    expect(read).toEqual(['xã Điềm Mặc']);
  });

  it('reads another text met at a place anew, and the first again from what it kept', () => {
    const readings = new TextReadings();
    const read: string[] = [];
    const length = (t: string) => {
      read.push(t);
      return t.length;
    };
    expect(readings.ofText(walked('Điềm Mặc', 3), 'length', length)).toBe(8);
    // Another supervision: a text of the same length at the same place.
    expect(readings.ofText(walked('Diêm Mạc', 3), 'length', length)).toBe(8);
    expect(readings.ofText(walked('Thái Nguyên', 3), 'length', length)).toBe(11);
    expect(readings.ofText(walked('Điềm Mặc', 3), 'length', length)).toBe(8);
    expect(read).toEqual(['Điềm Mặc', 'Diêm Mạc', 'Thái Nguyên']);
  });

  it('keeps each kind of reading apart for one text', () => {
    const readings = new TextReadings();
    const entry = walked('Kế hoạch số 10/KH-UBND', 0);
    expect(readings.ofText(entry, 'length', (t) => t.length)).toBe(22);
    expect(readings.ofText(entry, 'words', (t) => t.split(' ').length)).toBe(4);
    expect(readings.ofText(walked('Kế hoạch số 10/KH-UBND', 0), 'length', () => -1)).toBe(22);
  });
});

describe('TextReadings', () => {
  it('reads a text once, and keeps a reading that is undefined too', () => {
    const readings = new TextReadings();
    const reads: string[] = [];
    const read = (t: string) => {
      reads.push(t);
      return undefined;
    };
    expect(readings.keep('issuer', 'Ủy ban nhân dân xã Điềm Mặc', read)).toBeUndefined();
    expect(readings.keep('issuer', 'Ủy ban nhân dân xã Điềm Mặc', read)).toBeUndefined();
    expect(reads).toEqual(['Ủy ban nhân dân xã Điềm Mặc']);
  });

  it('keeps a text met again and again however many others pass, and lets go of one met once', () => {
    const readings = new TextReadings(10);
    const reads: string[] = [];
    const read = (t: string) => {
      reads.push(t);
      return t.length;
    };
    const basis = 'Luật Tổ chức chính quyền địa phương năm 2015';
    readings.keep('length', 'Báo cáo số 12/BC-UBND', read);
    for (let i = 0; i < 100; i++) {
      expect(readings.keep('length', basis, read)).toBe(basis.length);
      readings.keep('length', `Đoạn văn thứ ${i} của một xã`, read);
    }
    readings.keep('length', 'Báo cáo số 12/BC-UBND', read);
    expect(reads.filter((t) => t === basis)).toHaveLength(1);
    expect(reads.filter((t) => t === 'Báo cáo số 12/BC-UBND')).toHaveLength(2);
    // 100 passing texts, and at most 2 × 10 kept.
    expect(reads).toHaveLength(103);
  });

  it('keeps no file that a kept text was cut from', () => {
    // The engine's own collector, to weigh what stays reachable (a flag Node lets a test set).
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const readings = new TextReadings();
    const texts: string[] = [];
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) {
      // A file of some 200,000 characters, and a value cut from it as a reader cuts one.
      const text = `${i}: ${'Ủy ban nhân dân xã Điềm Mặc báo cáo. '.repeat(5000)}`.slice(0, 70);
      // A reading holds cuts of its text, as the readings of citations and names do.
      readings.keep('rest', text, (t) => [t.slice(2)]);
      readings.ofText({ text }, 'rest', (t) => [t.slice(3)]);
      // What the test itself keeps: the text, not its file.
      texts.push(` ${text}`.slice(1));
    }
    collect();
    // The 50 files are 20 MB of two-byte characters: a kept cut of each would hold every one.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(2_000_000);
    // Still kept, and read from the kept copy: the readings were not let go to pass the test.
    for (const text of texts) {
      expect(readings.keep('rest', text, () => ['read again'])).toEqual([text.slice(2)]);
    }
  });
});
