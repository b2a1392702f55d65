import { describe, expect, it } from 'vitest';
import { aboutTopic } from '../catalogue/lookup.js';
import { NATIONAL_DOCUMENTS } from '../catalogue/national.js';
import { type KeptText, ownCopy, TextReadings } from './readings.js';
import { oneDocumentSubject } from './subject.js';

/** A text of a walk, as the checks' walk hands it out: its text and its place in the walk. */
const walked = (text: string, at: number): KeptText => ({ text, at });

/** A reading that notes every text it is asked to read. */
function noting<T>(reading: (text: string) => T): { read: (text: string) => T; texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    read: (text) => {
      texts.push(text);
      return reading(text);
    },
  };
}

describe('TextReadings.ofText', () => {
  it('reads a text once per kind, whichever walk and place it comes back at', () => {
    const readings = new TextReadings();
    const upper = noting((t) => t.toUpperCase());
    expect(readings.ofText(walked('xã Điềm Mặc', 0), 'upper', upper.read)).toBe('XÃ ĐIỀM MẶC');
    // The next walk: the same text at the same place, then at another place.
    expect(readings.ofText(walked('xã Điềm Mặc', 0), 'upper', upper.read)).toBe('XÃ ĐIỀM MẶC');
    expect(readings.ofText(walked('xã Điềm Mặc', 5), 'upper', upper.read)).toBe('XÃ ĐIỀM MẶC');
    expect(upper.texts).toEqual(['xã Điềm Mặc']);
  });

  it('reads another text met at a place anew, and the first again from what it kept', () => {
    const readings = new TextReadings();
    const length = noting((t) => t.length);
    expect(readings.ofText(walked('Điềm Mặc', 3), 'length', length.read)).toBe(8);
    // Another supervision: a text of the same length at the same place.
    expect(readings.ofText(walked('Diêm Mạc', 3), 'length', length.read)).toBe(8);
    expect(readings.ofText(walked('Thái Nguyên', 3), 'length', length.read)).toBe(11);
    expect(readings.ofText(walked('Điềm Mặc', 3), 'length', length.read)).toBe(8);
    expect(length.texts).toEqual(['Điềm Mặc', 'Diêm Mạc', 'Thái Nguyên']);
  });

  it('keeps each kind of reading apart for one text', () => {
    const readings = new TextReadings();
    const entry = walked('Kế hoạch số 10/KH-UBND', 0);
    expect(readings.ofText(entry, 'length', (t) => t.length)).toBe(22);
    expect(readings.ofText(entry, 'words', (t) => t.split(' ').length)).toBe(4);
    expect(readings.ofText(walked('Kế hoạch số 10/KH-UBND', 0), 'length', () => -1)).toBe(22);
  });

  it('keeps any number of kinds for one text, undefined readings too, each read once', () => {
    const readings = new TextReadings();
    const text = 'Báo cáo số 45/BC-UBND ngày 20/10/2024';
    const kinds = ['none', 'length', 'also none', 'first word'] as const;
    const reads = {
      none: noting<unknown>(() => undefined),
      length: noting<unknown>((t) => t.length),
      'also none': noting<unknown>(() => undefined),
      'first word': noting<unknown>((t) => t.split(' ')[0]),
    };
    const expected = { none: undefined, length: 37, 'also none': undefined, 'first word': 'Báo' };
    // Three walks of the same text, each asking every kind, in another order each time.
    for (const order of [kinds, [...kinds].reverse(), [kinds[2], kinds[0], kinds[3], kinds[1]]]) {
      for (const kind of order) {
        expect(readings.ofText(walked(text, 0), kind, reads[kind].read)).toBe(expected[kind]);
      }
    }
    for (const kind of kinds) expect(reads[kind].texts).toEqual([text]);
  });
});

describe('ownCopy', () => {
  it('gives the same characters, whatever they are', () => {
    const texts = [
      'xã Điềm Mặc',
      'Kế hoạch số 10/KH-UBND ngày 05/3/2024 của UBND xã',
      'a "quoted" \\ back\tslash\nand\u0000 controls, long enough',
      // A lone surrogate, and a pair that the copy's two parts cut in half.
      `${'😀'.slice(0, 1)} alone, and the rest of the line`,
      '😀 a pair first, then the rest of the line',
      `half of a pair: ${'😀'.slice(0, 1)} and the rest of the line`,
      'x'.repeat(5000),
    ];
    for (const t of texts) expect(ownCopy(t)).toBe(t);
    const cut = 'Thông báo kết luận giám sát số 12/TB-HĐND'.repeat(20).slice(7, 300);
    expect(ownCopy(cut)).toBe(cut);
  });
});

describe('TextReadings', () => {
  it('reads a text once, and keeps a reading that is undefined too', () => {
    const readings = new TextReadings();
    const none = noting(() => undefined);
    expect(readings.keep('issuer', 'Ủy ban nhân dân xã Điềm Mặc', none.read)).toBeUndefined();
    expect(readings.keep('issuer', 'Ủy ban nhân dân xã Điềm Mặc', none.read)).toBeUndefined();
    expect(none.texts).toEqual(['Ủy ban nhân dân xã Điềm Mặc']);
  });

  it('keeps a text met again and again however many others pass, and lets go of one met once', () => {
    const readings = new TextReadings(10);
    const length = noting((t) => t.length);
    const basis = 'Luật Tổ chức chính quyền địa phương năm 2015';
    readings.keep('length', 'Báo cáo số 12/BC-UBND', length.read);
    for (let i = 0; i < 100; i++) {
      expect(readings.keep('length', basis, length.read)).toBe(basis.length);
      readings.keep('length', `Đoạn văn thứ ${i} của một xã`, length.read);
    }
    readings.keep('length', 'Báo cáo số 12/BC-UBND', length.read);
    // The basis read once among a hundred passing texts, ten kept a turn; the report read twice.
    expect(length.texts.filter((t) => t === basis)).toHaveLength(1);
    expect(length.texts.filter((t) => t === 'Báo cáo số 12/BC-UBND')).toHaveLength(2);
    expect(length.texts).toHaveLength(103);
  });
});

describe('TextReadings.aboutTopic', () => {
  it('answers as aboutTopic, asked again or not, for each document', () => {
    const readings = new TextReadings();
    const texts = [
      'bố trí, sắp xếp cán bộ, công chức cấp xã',
      'Bố trí cán bộ, công chức theo Nghị định số 33/2024/NĐ-CP',
      'cải cách hành chính năm 2024',
      '',
    ];
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        for (const d of NATIONAL_DOCUMENTS) {
          expect(readings.aboutTopic(d, text), `${text} / ${d.number}`).toBe(aboutTopic(d, text));
        }
      }
    }
    // Some text of these is about some document, and some is not.
    const answers = texts.flatMap((t) => NATIONAL_DOCUMENTS.map((d) => readings.aboutTopic(d, t)));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });
});

describe('TextReadings.pairCodes', () => {
  // Limit 1: the word numbers are dropped once they pass 16 words (see `beginCheck`).
  const long = 'một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn';
  const subjects = [
    `kế hoạch giám sát cải cách hành chính ${long}`,
    'kế hoạch giám sát cải cách hành chính trên địa bàn xã',
  ] as const;

  it('gives the codes of one check one numbering, however many words the check adds', () => {
    const readings = new TextReadings(1);
    readings.beginCheck();
    // The first subject alone numbers more than 16 words; the second shares its first seven pairs.
    const [a, b] = subjects.map((s) => readings.pairCodes(s));
    expect(sharedCount(a!, b!)).toBe(7);
    expect(oneDocumentSubject(a!, b!)).toBe(true);
  });

  it('drops the numbers between two checks, and codes the next check gets agree again', () => {
    const readings = new TextReadings(1);
    readings.beginCheck();
    const first = readings.pairCodes(subjects[0]);
    readings.beginCheck();
    // Dropped with the numbers: coded again, from word number 0.
    const again = readings.pairCodes(subjects[0]);
    expect(again).not.toBe(first);
    expect(sharedCount(again, readings.pairCodes(subjects[1]))).toBe(7);
  });
});

/** How many codes two sorted lists of codes share. */
function sharedCount(a: Float64Array, b: Float64Array): number {
  const inB = new Set(b);
  return a.filter((code) => inB.has(code)).length;
}
