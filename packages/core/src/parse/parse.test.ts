import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossiers, supervision } from '../../test/builders.js';
import { formatIssue } from '../messages/index.js';
import { parseSupervision, parseSupervisionUnsafe, SupervisionInputError } from './parse.js';

function issuesOf(input: unknown) {
  const r = parseSupervision(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}
const figure = (over: Record<string, unknown>) => supervision([dossiers(over)]);
const at = ['sections', 0, 'figures', 0];

describe('parseSupervision', () => {
  it('returns the model with every figure read exactly and its written form kept', () => {
    const r = parseSupervision(
      figure({ resolved: { total: '2.170', early: 1362, onTime: '806', late: '01' } }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const block = r.value.sections[0]!.figures[0]!;
    if (block.kind !== 'dossiers') throw new Error('kind');
    expect(block.resolved.total.value.toString()).toBe('2170');
    expect(block.resolved.total.written).toBe('2.170');
    expect(block.resolved.late?.written).toBe('01');
  });

  it('refuses a negative count, naming the path, in Vietnamese and English', () => {
    const [issue] = issuesOf(figure({ received: { total: -3 } }));
    expect(issue).toMatchObject({
      code: 'number.negative',
      path: [...at, 'received', 'total'],
      received: '-3',
    });
    expect(formatIssue(issue!, 'vi')).toBe(
      'sections[0].figures[0].received.total: cần một số không âm, nhận được -3.',
    );
    expect(formatIssue(issue!, 'en')).toBe(
      'sections[0].figures[0].received.total: expected a number that is not negative, received -3.',
    );
  });

  it('refuses fractional đồng', () => {
    const input = supervision([{ kind: 'amount', label: 'Kinh phí', value: '1.234,5' }]);
    expect(issuesOf(input)).toMatchObject([
      { code: 'number.not-integer', path: [...at, 'value'], received: '"1.234,5"' },
    ]);
  });

  it('refuses a rate with two decimal commas and says why', () => {
    const input = supervision([{ kind: 'digitisation', done: 1, total: 2, rate: '92,8,7' }]);
    const [issue] = issuesOf(input);
    expect(issue).toMatchObject({
      code: 'number.unreadable',
      path: [...at, 'rate'],
      params: { reason: 'several-decimal-commas' },
    });
    expect(formatIssue(issue!, 'vi')).toContain('có nhiều dấu phẩy thập phân');
  });

  it('names a missing field and a wrong choice with what was expected', () => {
    const noSigner = { ...supervision(), signature: { authority: 'TM.', position: 'TRƯỞNG ĐOÀN' } };
    expect(issuesOf(noSigner)).toMatchObject([
      { code: 'required', path: ['signature', 'signer'], expected: 'string' },
    ]);
    const badLevel = { ...supervision(), body: { level: 'commune', kind: 'hdnd', name: 'x' } };
    const [issue] = issuesOf(badLevel);
    expect(issue).toMatchObject({
      code: 'value',
      path: ['body', 'level'],
      expected: 'xa | huyen | tinh',
      received: '"commune"',
    });
    expect(formatIssue(issue!, 'en')).toBe(
      'body.level: invalid value, expected one of xa | huyen | tinh, received "commune".',
    );
  });

  it('names an unknown figure kind and lists the known ones', () => {
    const [issue] = issuesOf(supervision([{ kind: 'weather' } as never]));
    expect(issue).toMatchObject({ code: 'value', path: [...at, 'kind'] });
    expect(issue!.expected).toContain('dossiers');
  });

  it('refuses fields that are not in the model (a misspelt key would otherwise vanish)', () => {
    expect(issuesOf(figure({ recieved: 1 }))).toContainEqual(
      expect.objectContaining({ code: 'unknown-keys', path: at, received: 'recieved' }),
    );
  });

  it('reads an impossible date as a date (the checker reports it), and refuses month 13', () => {
    expect(parseSupervision(figure({ period: { to: '31/02/2025' } })).ok).toBe(true);
    expect(issuesOf(figure({ period: { to: '01/13/2025' } }))).toMatchObject([{ code: 'date.out-of-range' }]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(() => parseSupervision(data)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.double()), (value) => {
        const r = parseSupervision(figure({ apologies: value }));
        if (!r.ok) for (const i of r.issues) expect(formatIssue(i, 'vi')).toMatch(/^sections\[0\]/);
      }),
    );
  });
});

describe('parseSupervisionUnsafe', () => {
  it('throws one typed error carrying every issue', () => {
    expect(() => parseSupervisionUnsafe({})).toThrow(SupervisionInputError);
    try {
      parseSupervisionUnsafe({});
    } catch (e) {
      expect((e as SupervisionInputError).issues.length).toBeGreaterThan(3);
    }
  });
});
