// Laws over everything a user may type: whatever the names, dates and figures, parse → check →
// render in the three formats never throws. Input the schema refuses is refused with an issue
// naming the field; input it accepts is checked and rendered.
import { readFileSync } from 'node:fs';
import {
  checkSupervision,
  FIGURE_BOUNDS,
  formatFinding,
  formatIssue,
  parseSupervision,
  RULE_FAILED,
  readText,
  type SupervisionInput,
} from '@diemmac/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzz } from '../../../scripts/fuzz-lib.mjs';
import { buildNotice } from '../src/build.js';
import { toDocx } from '../src/docx.js';
import { toHtml } from '../src/html.js';
import { toMarkdown } from '../src/markdown.js';
import { examplePath, NOW } from './fixtures.js';

const VIETNAMESE = [...'aăâdđeêioôơuưyàảãáạằẳẵắặầẩẫấậđèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯ'];
const PUNCTUATION = [...' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

/** A name of any printable ASCII punctuation and Vietnamese letters, with at least one letter. */
const name = fc
  .tuple(
    fc.constantFrom(...VIETNAMESE),
    fc.array(fc.constantFrom(...VIETNAMESE, ...PUNCTUATION, ...'BHKLMNTV0123'), { maxLength: 30 }),
  )
  .map(([first, rest]) => `${first.toUpperCase()}${rest.join('')}`);

/** A date as a clerk writes it, impossible ones included (31/02/2024, 29/02/2023, 31/4). */
const date = fc
  .record({
    day: fc.integer({ min: 1, max: 31 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 2020, max: 2027 }),
  })
  .map(({ day, month, year }) => `${day}/${month}/${year}`);

/** A figure of 1 to 60 digits, plain or grouped the Vietnamese way. */
const figure = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 59 }),
    fc.boolean(),
  )
  .map(([head, tail, grouped]) => {
    const digits = `${head}${tail.join('')}`;
    return grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : digits;
  });
/** A rate: up to 60 digits before the comma, up to 12 after. */
const rate = fc
  .tuple(figure, fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }))
  .map(([int, frac]) =>
    frac.length > 0 ? `${int.replaceAll('.', '')},${frac.join('')}` : int.replaceAll('.', ''),
  );

interface Draw {
  commune: string;
  district: string;
  province: string;
  body: string;
  signer: string;
  conclusion: string;
  deadline: string;
  from: string;
  to: string;
  money: string;
  plan: string;
  count: string;
  moneyRate: string;
}

function supervisionOf(d: Draw): SupervisionInput {
  return {
    schemaVersion: 1,
    id: 'property',
    year: 2024,
    subject: `Kết luận giám sát tại xã ${d.commune}`,
    body: { level: 'xa', kind: 'thuong-truc', name: `Hội đồng nhân dân xã ${d.commune}`, parent: d.body },
    locality: { name: d.commune, district: d.district, province: d.province },
    supervised: [`Ủy ban nhân dân xã ${d.commune}`, d.body],
    preamble: [`Thực hiện kế hoạch của xã ${d.commune}, huyện ${d.district}, tỉnh ${d.province}:`],
    documents: { conclusion: { number: '5', date: d.conclusion, place: d.commune } },
    sections: [
      {
        key: 'reform.procedures',
        number: '1.',
        title: `Thủ tục hành chính ở xã ${d.commune}`,
        paragraphs: [`UBND xã ${d.commune} (${d.district}) đã thực hiện.`],
        figures: [
          {
            kind: 'budget',
            period: { from: d.from, to: d.to },
            revenue: { actual: d.money, plan: d.plan, rate: d.moneyRate },
          },
          { kind: 'ratio', label: `Hồ sơ của ${d.body}`, part: d.count, whole: d.count, rate: d.moneyRate },
          { kind: 'amount', label: 'Kinh phí', value: d.money },
        ],
      },
    ],
    recommendations: [{ addressee: d.body, content: `Xã ${d.commune} hoàn thành.`, deadline: d.deadline }],
    recipients: [d.body],
    signature: { authority: 'TM.', body: 'ĐOÀN GIÁM SÁT', position: 'TRƯỞNG ĐOÀN', signer: d.signer },
  };
}

const draw: fc.Arbitrary<Draw> = fc.record({
  commune: name,
  district: name,
  province: name,
  body: name,
  signer: name,
  conclusion: date,
  deadline: date,
  from: date,
  to: date,
  money: figure,
  plan: figure,
  count: figure,
  moneyRate: rate,
});

/** Parse → check → words → render in the three formats; the number of findings on success. */
async function throughEverything(input: unknown): Promise<{ ok: boolean; codes: string[] }> {
  const parsed = parseSupervision(input);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      expect(formatIssue(issue, 'vi')).not.toBe('');
      expect(formatIssue(issue, 'en')).not.toBe('');
    }
    return { ok: false, codes: parsed.issues.map((i) => i.code) };
  }
  const findings = checkSupervision(parsed.value, { now: NOW });
  for (const f of findings) {
    formatFinding(f, 'vi');
    formatFinding(f, 'en');
  }
  const doc = buildNotice(parsed.value, { findings, annex: true, amountsInWords: true });
  expect(toHtml(doc)).toContain('<html');
  expect(toMarkdown(doc)).not.toBe('');
  expect((await toDocx(doc)).byteLength).toBeGreaterThan(0);
  return { ok: true, codes: findings.map((f) => f.code) };
}

const bounded = (written: string, max: string) => BigInt(written.replaceAll('.', '')) <= BigInt(max);

describe('any name, date and figure a user types goes through parse → check → render without an exception', () => {
  it('renders what the schema accepts and refuses only figures beyond their bounds', async () => {
    await fc.assert(
      fc.asyncProperty(draw, async (d) => {
        const { ok, codes } = await throughEverything(supervisionOf(d));
        const integersFit =
          bounded(d.money, FIGURE_BOUNDS.money.max) &&
          bounded(d.plan, FIGURE_BOUNDS.money.max) &&
          bounded(d.count, FIGURE_BOUNDS.count.max);
        const [int = '', frac = ''] = d.moneyRate.split(',');
        const rateFits = bounded(int, FIGURE_BOUNDS.rate.max) && frac.length <= FIGURE_BOUNDS.rate.maxScale;
        expect(ok).toBe(integersFit && rateFits);
        if (!ok)
          expect(codes.every((c) => c === 'number.too-large' || c === 'number.too-precise')).toBe(true);
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 300_000);

  it('renders every impossible date as it was written, with date.impossible among the findings', async () => {
    await fc.assert(
      fc.asyncProperty(
        draw,
        fc.constantFrom('31/2/2024', '29/02/2023', '31/04/2025', '30/02/2024'),
        async (d, bad) => {
          const input = supervisionOf({
            ...d,
            money: '1000',
            plan: '2000',
            count: '3',
            moneyRate: '50',
            deadline: bad,
            from: bad,
          });
          const parsed = parseSupervision(input);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const findings = checkSupervision(parsed.value, { now: NOW });
          expect(findings.map((f) => f.code)).toContain('date.impossible');
          const doc = buildNotice(parsed.value, { findings, annex: true });
          expect(toHtml(doc)).toContain(bad);
          expect(toMarkdown(doc)).toContain(bad);
          await toDocx(doc);
        },
      ),
      { numRuns: 20, seed: 12 },
    );
  }, 300_000);

  it('names the field of a figure beyond its bound, in Vietnamese and English', () => {
    const input = supervisionOf({
      commune: 'Điềm Mặc',
      district: 'Định Hóa',
      province: 'Thái Nguyên',
      body: 'Ủy ban nhân dân xã Điềm Mặc',
      signer: 'Nguyễn Văn A',
      conclusion: '10/11/2024',
      deadline: '31/12/2024',
      from: '01/01/2024',
      to: '30/9/2024',
      money: '1'.repeat(41),
      plan: '6.271.000.000',
      count: '12',
      moneyRate: '92,87',
    });
    const parsed = parseSupervision(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const issue = parsed.issues.find((i) => i.path.join('.') === 'sections.0.figures.0.revenue.actual')!;
    expect(issue.code).toBe('number.too-large');
    expect(formatIssue(issue, 'vi')).toBe(
      `sections[0].figures[0].revenue.actual: số quá lớn, cần không vượt quá 1.000.000.000.000.000, nhận được "${'1'.repeat(41)}".`,
    );
    expect(formatIssue(issue, 'en')).toContain('number too large, expected at most 1,000,000,000,000,000');
  });
});

describe('the seeded fuzz run (npm run fuzz does 100,000)', () => {
  it('takes 300 mutated copies of the two examples through parse → check → render with no exception and no rule failed', async () => {
    const bases = ['diem-mac-2024.yaml', 'thanh-binh-2025.yaml'].map((file): [string, unknown] => {
      const read = readText(readFileSync(examplePath(file), 'utf8'));
      if (!read.ok) throw new Error(`${file} does not read`);
      return [file, read.data];
    });
    const result = await fuzz({
      bases,
      runs: 300,
      seed: 20_261_129,
      api: {
        parseSupervision,
        checkSupervision,
        formatFinding,
        formatIssue,
        buildNotice,
        toHtml,
        toMarkdown,
        toDocx,
        RULE_FAILED,
      },
    });
    expect(result.failures).toEqual([]);
    expect(result.exceptions).toBe(0);
    // The mutations keep enough inputs valid for the renderers to be exercised.
    expect(result.parsed).toBeGreaterThan(30);
    // Rendering 300 .docx files takes half a minute on a quiet machine; give a busy one room.
  }, 600_000);
});
