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
