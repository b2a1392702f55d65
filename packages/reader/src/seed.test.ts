import { describe, expect, it } from 'vitest';
import { NOW, seedText } from '../test/seed.js';
import type { PlacedFinding } from './checks/types.js';
import { formatNoticeFinding } from './messages/index.js';
import { checkNotice, readNoticeText } from './read.js';

const reading = readNoticeText(seedText(), 'txt');
const { findings, issues } = checkNotice(reading, { now: NOW });
const en = (f: PlacedFinding) => formatNoticeFinding(f, 'en');
const find = (code: string, text?: RegExp) =>
  findings.filter((f) => f.code === code && (!text || text.test(en(f))));

describe('the seed notice checked as written', () => {
  it('reads into a draft the schema accepts', () => {
    expect(issues).toEqual([]);
    expect(reading.recognised).toEqual({
      header: true,
      title: true,
      parts: ['process', 'results', 'assessment', 'recommendations'],
      signature: true,
    });
    expect(reading.notes).toEqual([]);
  });

  it('finds 2.170 resolved against 1.362 + 806 + 1, on the line that says 2170', () => {
    const [f] = find('dossier.resolved-breakdown');
    expect(f?.computed?.value).toBe('2169');
    expect(f?.reported?.value).toBe('2170');
    expect(f?.places[0]?.line).toBe(150);
  });

  it('finds 2.175 received against 2.170 + 6', () => {
    expect(find('dossier.balance')[0]?.computed?.value).toBe('2176');
  });

  it('finds rates rounded two ways, and revenue items listed under expenditure', () => {
    expect(en(find('rounding.mixed')[0] as PlacedFinding)).toMatch(
      /Digitisation.*Thu tiền sử dụng đất; truncation: Total revenue/,
    );
    expect(en(find('budget.item-direction')[0] as PlacedFinding)).toMatch(
      /^7 revenue lines are listed under expenditure/,
    );
  });

  it('finds two periods for one set of figures', () => {
    expect(en(find('period.conflict')[0] as PlacedFinding)).toMatch(
      /31\/10\/2024; 15\/12\/2023 – 30\/9\/2024/,
    );
  });

  it('finds the register faults of the cited documents', () => {
    expect(find('citation.number-reused', /10\/KH-UBND/)).toHaveLength(1);
    expect(find('citation.symbol-issuer', /05\/KH-UBND.*Hội đồng nhân dân xã Điềm Mặc/)).toHaveLength(1);
    expect(find('citation.number-order').map((f) => /Number (\S+)/.exec(en(f))?.[1])).toEqual([
      '05/KH-UBND',
      '19/KH-UBND',
      '47/BC-UBND',
    ]);
    expect(find('citation.relation-order', /117\/2013\/NĐ-CP.*130\/2015\/NĐ-CP/)).toHaveLength(1);
    expect(find('citation.catalogue-number', /33\/2024\/NĐ-CP/)).toHaveLength(1);
  });

  it("finds the commune's name spelled four wrong ways", () => {
    const spellings = find('name.variant').map((f) => /written "([^"]+)"/.exec(en(f))?.[1]);
    expect(spellings.sort()).toEqual(['Diêm Mạc', 'Diêm Mặc', 'Diềm Mặc', 'Điem Mặc']);
  });

  it('finds the doubled "Thực hiện" on the first line of the preamble, and "thực hiện hiện"', () => {
    const repeated = find('text.repeated-words');
    expect(repeated.map((f) => f.params.written)).toEqual(['Thực hiện Thực hiện', 'hiện hiện']);
    expect(repeated[0]?.places[0]).toMatchObject({ line: 11, start: 0, end: 19 });
  });

  it('finds symbols written against Decree 30, two decimal marks, and the restarted numbering', () => {
    expect(find('text.symbol-form').map((f) => f.params.expected)).toEqual(['số 03/NQ-HĐND', '43/KH-UBND']);
    expect(find('text.decimal-marks')[0]?.params.written).toEqual(['87.81', '17.6', '19.4', '15.3', '7.5']);
    expect(
      find('text.numbering').map((f) => [f.params.problem, f.params.written, f.places[0]?.line]),
    ).toEqual([['restart', 'I.', 39]]);
  });

  it('raises nothing the slow reading does not list', () => {
    const expected = new Set([
      'dossier.resolved-breakdown',
      'dossier.balance',
      'rounding.mixed',
      'budget.item-direction',
      'period.conflict',
      'number.stray-separator',
      'citation.number-reused',
      'citation.symbol-issuer',
      'citation.relation-order',
      'citation.number-order',
      'citation.catalogue-number',
      'citation.same-subject',
      'name.variant',
      'text.repeated-words',
      'text.symbol-form',
      'text.decimal-marks',
      'text.numbering',
      'text.stray-separator',
      // FACTS.md lists these too: more dossiers digitised than received, and "mức độ 3, 4".
      'digitisation.exceeds-received',
      'legal.replaced-term',
    ]);
    expect(findings.filter((f) => !expected.has(f.code)).map(en)).toEqual([]);
  });

  it('says how much it understood: nearly every figure is placed in a statement', () => {
    expect(reading.understood.numbers).toBeGreaterThan(90);
    expect(reading.understood.placed / reading.understood.numbers).toBeGreaterThan(0.9);
  });
});
