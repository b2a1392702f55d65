import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSupervision } from '../src/checks/check.js';
import type { Rule } from '../src/checks/types.js';
import { formatFinding, formatIssue, ruleTitle } from '../src/messages/index.js';
import { DEFAULT_PACK } from '../src/packs/default.js';
import { PackInputError, resolvePack, safeResolvePack } from '../src/packs/resolve.js';
import { safeResolvePackText } from '../src/packs/text.js';
import { parseSupervision, parseSupervisionText } from '../src/parse/parse.js';
import { readText } from '../src/parse/yaml.js';
import type { SupervisionInput } from '../src/supervision/schema.js';
import { dossiers, supervision } from './builders.js';

const file = (path: string) => readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8');
const packData = (() => {
  const r = readText(file('packs/phuong-thai-nguyen.yaml'));
  if (!r.ok) throw new Error('the example pack is not YAML');
  return r.data as Record<string, unknown>;
})();
const NOW = { year: 2026, month: 11, day: 20 };

/** A ward's notice laid out by the pack's outline, with the given figures in "thu-tuc". */
function wardNotice(
  figures: NonNullable<SupervisionInput['sections']>[number]['figures'],
  date = '30/10/2025',
) {
  const r = parseSupervision(
    supervision([], {
      framework: 'phuong-tn',
      documents: { conclusion: { date, place: 'Phan Đình Phùng' } },
      sections: [
        {
          key: 'ket-qua',
          number: 'I.',
          title: 'Kết quả thực hiện',
          sections: [{ key: 'thu-tuc', number: '1.', title: 'Thủ tục hành chính', figures }],
        },
        { key: 'chi-dao', number: 'II.', title: 'Công tác chỉ đạo điều hành' },
        { key: 'ton-tai', number: 'III.', title: 'Tồn tại, hạn chế và nguyên nhân' },
      ],
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const staffing = (present: number, quota: number) => ({ kind: 'staffing' as const, present, quota });

describe('the example pack (examples/packs/phuong-thai-nguyen.yaml)', () => {
  const tn = resolvePack(packData);

  it('is laid over the default pack in every dimension', () => {
    const f = tn.frameworks;
    expect(f.outlines.map((o) => o.id)).toEqual(['cchc-xa', 'phuong-tn']);
    expect(f.outlines[1]!.sections.map((s) => s.key)).toEqual(['ket-qua', 'chi-dao', 'ton-tai']);
    expect(f.index766.map((i) => i.id)).toEqual(['portal-6', 'decision-5', 'tn-phuong-4']);
    expect(f.budgetCategories.map((c) => c.key)).toEqual(
      expect.arrayContaining(['vat', 'cho', 'ha-tang-do-thi']),
    );
    expect(f.documentNumbering).toBe('per-body');
    expect(f.documents?.filter((d) => (d as { level?: string }).level === 'provincial')).toHaveLength(1);
    expect(tn.config.conventions).toEqual(['half-up']);
    expect(tn.pack).toMatchObject({ id: 'tn', version: '2025.2' });
    expect(tn.base).toEqual({ id: 'diemmac', version: DEFAULT_PACK.version });
  });

  it('lists exactly the rules that run: the core, the default pack, then its own, without those it switches off', () => {
    const codes = tn.rules.map((r) => r.code);
    expect(codes).not.toContain('dossier.apologies');
    expect(codes.slice(-2)).toEqual(['tn.staffing.under-quota', 'tn.dossier.online-share']);
    expect(tn.rules.find((r) => r.code === 'rounding.mixed')?.severity).toBe('info');
    expect(tn.rules.find((r) => r.code === 'tn.dossier.online-share')).toMatchObject({
      source: 'data',
      pack: 'tn',
      applies: { from: { year: 2025, month: 7, day: 1 } },
    });
  });

  it('words its rules in its own words, in both languages, never as an unknown rule', () => {
    expect(ruleTitle('tn.staffing.under-quota', 'vi', tn.wording)).toBe(
      'Biên chế hiện có đạt ít nhất 90% biên chế được giao',
    );
    expect(ruleTitle('tn.staffing.under-quota', 'en', tn.wording)).toBe(
      'Staff present reach at least 90% of the quota',
    );
  });

  it('checks a ward notice laid out its own way (what an adapter passes: now, checkOptions, wording)', () => {
    const model = wardNotice([
      staffing(17, 20),
      dossiers({ received: { total: 100, online: 60, direct: 38, carriedOver: 2 } }),
    ]);
    const findings = checkSupervision(model, { now: NOW, ...tn.checkOptions });
    const ours = findings.filter((f) => f.code.startsWith('tn.'));
    expect(ours.map((f) => [f.code, f.severity])).toEqual([
      ['tn.staffing.under-quota', 'warning'],
      ['tn.dossier.online-share', 'info'],
    ]);
    expect(formatFinding(ours[0]!, 'vi', tn.wording)).toBe(
      'Biên chế hiện có đạt ít nhất 90% biên chế được giao: tỷ lệ biên chế hiện có (%) là 85.',
    );
    expect(formatFinding(ours[1]!, 'en', tn.wording)).toBe(
      'Dossiers received online are at least 80% of the new dossiers received: dossiers received online is 60, 80% of new dossiers is 78.4.',
    );
    expect(ours[0]!.paths).toEqual([
      ['sections', 0, 'sections', 0, 'figures', 0, 'present'],
      ['sections', 0, 'sections', 0, 'figures', 0, 'quota'],
    ]);
    expect(findings.filter((f) => f.code === 'outline.section')).toEqual([]);
  });

  it('says nothing where its rules hold, and counts an unsaid carried-over figure as zero', () => {
    const model = wardNotice([
      staffing(19, 20),
      dossiers({ received: { total: 100, online: 80, direct: 20 } }),
    ]);
    const codes = checkSupervision(model, { now: NOW, ...tn.checkOptions }).map((f) => f.code);
    expect(codes.filter((c) => c.startsWith('tn.'))).toEqual([]);
  });

  it("reports an online count the notice does not state, in the pack's name for that figure", () => {
    const model = wardNotice([dossiers({ received: { total: 100, direct: 98, carriedOver: 2 } })]);
    const [missing] = checkSupervision(model, { now: NOW, ...tn.checkOptions }).filter(
      (f) => f.code === 'tn.dossier.online-share',
    );
    expect(formatFinding(missing!, 'vi', tn.wording)).toBe(
      'Hồ sơ tiếp nhận trực tuyến chiếm ít nhất 80% hồ sơ mới tiếp nhận trong kỳ: thông báo không nêu số hồ sơ tiếp nhận trực tuyến.',
    );
  });

  it('applies a rule only to notices dated within its dates', () => {
    const before = wardNotice([dossiers({ received: { total: 100, online: 10, direct: 90 } })], '30/6/2025');
    const codes = checkSupervision(before, { now: NOW, ...tn.checkOptions }).map((f) => f.code);
    expect(codes).not.toContain('tn.dossier.online-share');
  });

  it("rewords a core finding with its own sentence, filled with the finding's figures", () => {
    const model = wardNotice([dossiers({ resolved: { total: 96, early: 61, onTime: 33, late: 2 } })]);
    const balance = checkSupervision(model, { now: NOW, ...tn.checkOptions }).find(
      (f) => f.code === 'dossier.balance',
    );
    expect(formatFinding(balance!, 'vi', tn.wording)).toMatch(
      /^Phường ghi tiếp nhận 100 hồ sơ, nhưng đã và đang giải quyết cộng lại là 101\./,
    );
    expect(ruleTitle('dossier.balance', 'vi', tn.wording)).toBe(
      'Hồ sơ tiếp nhận bằng đã giải quyết cộng đang giải quyết',
    );
    // Only the language the pack rewords changes.
    expect(formatFinding(balance!, 'en', tn.wording)).toBe(formatFinding(balance!, 'en'));
  });

  it('checks citations against its catalogue, which is worded as national or provincial, never "quốc gia" alone', () => {
    const cited = parseSupervision({
      ...supervision([], { framework: 'phuong-tn' }),
      legalBases: ['Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 19/6/2025'],
    });
    if (!cited.ok) throw new Error(JSON.stringify(cited.issues));
    const [date] = checkSupervision(cited.value, { now: NOW, ...tn.checkOptions }).filter(
      (f) => f.code === 'citation.catalogue-date',
    );
    expect(formatFinding(date!, 'vi', tn.wording)).toContain('ban hành ngày 16/6/2025');
    expect(ruleTitle('citation.catalogue-date', 'vi', tn.wording)).not.toContain('quốc gia');
  });
});

describe('the default pack', () => {
  it('is what resolvePack gives without a pack', () => {
    const d = resolvePack();
    expect(d.pack).toBe(DEFAULT_PACK);
    expect(d.extraRules).toEqual([]);
    expect(d.frameworks.outlines.map((o) => o.id)).toEqual(['cchc-xa']);
  });
});

// "Digitised dossiers ≤ dossiers received and carried over, for overlapping periods", said as
// data (the default set says it in TypeScript as digitisation.exceeds-received).
const digitisedPack = {
  schemaVersion: 1,
  id: 'vd',
  name: 'Gói ví dụ',
  version: '1',
  rules: [
    {
      code: 'vd.digitised-within-received',
      severity: 'info',
      instruction: {
        vi: 'Số hồ sơ được số hóa không vượt số hồ sơ tiếp nhận (kể cả kỳ trước chuyển sang) trong cùng kỳ',
        en: 'Dossiers digitised do not exceed dossiers received (carried over included) in the same period',
      },
      left: {
        expression: 'digitisation.total',
        missing: 'skip',
        description: { vi: 'số hồ sơ được tính khi số hóa', en: 'dossiers counted for digitisation' },
      },
      operator: '<=',
      right: {
        expression: 'dossiers.received.total',
        missing: 'skip',
        description: { vi: 'số hồ sơ tiếp nhận', en: 'dossiers received' },
      },
    },
  ],
};

describe('a rule written as data: digitised within received', () => {
  const d = resolvePack(digitisedPack);

  it('notes the seed digitising more dossiers (3.883) than it received (2.175), for overlapping periods', () => {
    const seed = parseSupervisionText(file('diem-mac-2024.yaml'));
    if (!seed.ok) throw new Error('the seed does not parse');
    const [note] = checkSupervision(seed.value, {
      now: { year: 2024, month: 11, day: 20 },
      ...d.checkOptions,
    }).filter((f) => f.code === 'vd.digitised-within-received');
    expect(note?.severity).toBe('info');
    expect(formatFinding(note!, 'vi', d.wording)).toBe(
      'Số hồ sơ được số hóa không vượt số hồ sơ tiếp nhận (kể cả kỳ trước chuyển sang) trong cùng kỳ: số hồ sơ được tính khi số hóa là 3.883, số hồ sơ tiếp nhận là 2.175.',
    );
  });

  it('says nothing when digitisation stays within the dossiers received (Thanh Bình 2025: 1.230 ≤ 1.248)', () => {
    const tb = parseSupervisionText(file('thanh-binh-2025.yaml'));
    if (!tb.ok) throw new Error('the example does not parse');
    const codes = checkSupervision(tb.value, { now: NOW, ...d.checkOptions }).map((f) => f.code);
    expect(codes).not.toContain('vd.digitised-within-received');
  });

  it('compares only blocks whose periods overlap', () => {
    const r = parseSupervision(
      supervision([
        dossiers({ period: { from: '01/01/2025', to: '30/6/2025' } }),
        { kind: 'digitisation', period: { from: '01/7/2025', to: '30/9/2025' }, done: 150, total: 160 },
      ]),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const codes = checkSupervision(r.value, { now: NOW, ...d.checkOptions }).map((f) => f.code);
    expect(codes).not.toContain('vd.digitised-within-received');
  });
});

describe('what a pack may not do', () => {
  const withRule = (rule: Record<string, unknown>) => ({
    ...packData,
    rules: [
      {
        code: 'tn.x',
        severity: 'info',
        instruction: { vi: 'X', en: 'X' },
        operator: '<=',
        left: '1',
        right: '2',
        ...rule,
      },
    ],
  });
  const problems = (data: unknown, lang: 'vi' | 'en' = 'vi') => {
    const r = safeResolvePack(data);
    return r.ok ? [] : r.issues.map((i) => formatIssue(i, lang));
  };

  it('takes a code the core already uses', () => {
    expect(problems(withRule({ code: 'dossier.balance' }))).toEqual([
      'rules[0].code: mã quy tắc "dossier.balance" đã là quy tắc có sẵn của diemmac; hãy đặt mã riêng của gói (có thể tắt hoặc đổi mức quy tắc có sẵn ở "checks.rules").',
    ]);
    expect(problems(withRule({ code: 'digitisation.exceeds-received' }), 'en')[0]).toMatch(
      /^rules\[0\]\.code: rule code "digitisation\.exceeds-received" is already a diemmac rule/,
    );
  });

  it('names a rule outside its namespace, or twice', () => {
    expect(problems(withRule({ code: 'hn.x' }))).toEqual([
      'rules[0].code: mã quy tắc "hn.x" phải bắt đầu bằng mã gói "tn.".',
    ]);
    expect(problems({ ...withRule({}), rules: [...withRule({}).rules, ...withRule({}).rules] })).toEqual([
      'rules[1].code: mã quy tắc "tn.x" bị dùng hai lần.',
    ]);
  });

  it('reads a figure the model does not have, saying which fields there are', () => {
    expect(problems(withRule({ left: 'dossiers.received.totl' }))).toEqual([
      'rules[0].left: số liệu "dossiers.received.totl" không có trong mô hình: không có trường "totl"; các trường có: total, online, direct, postal, directOrPostal, carriedOver.',
    ]);
    expect(problems(withRule({ right: { expression: 'index766.components.score' } }), 'en')).toEqual([
      'rules[0].right: the figure "index766.components.score" is not in the model: "components" is a list: choose one element, e.g. "components[key]".',
    ]);
  });

  it('writes an expression it cannot read, saying where', () => {
    expect(problems(withRule({ left: 'staffing.present * ' }))).toEqual([
      'rules[0].left: không đọc được biểu thức "staffing.present * ": ở vị trí 20 cần một số, một số liệu hoặc "(", nhận được hết biểu thức.',
    ]);
  });

  it('rewords or switches off a rule that does not exist', () => {
    expect(problems({ ...packData, checks: { rules: { 'dossier.balanse': 'off' } } })).toEqual([
      'checks.rules.dossier.balanse: không có quy tắc mã "dossier.balanse" (trong diemmac hay trong gói).',
    ]);
  });

  it('misspells a field of a rule side written as an object', () => {
    expect(problems(withRule({ left: { expresion: 'staffing.present' } }))).toEqual([
      'rules[0].left.expression: thiếu trường bắt buộc (cần string).',
      'rules[0].left: trường không có trong mô hình: expresion.',
    ]);
  });

  it('is read from its text with the line of each issue', () => {
    const text = file('packs/phuong-thai-nguyen.yaml').replace(
      "dossier.apologies: 'off'",
      "dossier.apologie: 'off'",
    );
    const r = safeResolvePackText(text);
    expect(r.ok).toBe(false);
    if (r.ok || r.stage !== 'schema') return;
    expect(r.issues.map((i) => [i.code, r.locate(i.path)?.line])).toEqual([
      ['pack.unknown-rule', text.split('\n').findIndex((l) => l.includes('dossier.apologie:')) + 1],
    ]);
  });

  it('throws one PackInputError from resolvePack, with every issue', () => {
    expect(() => resolvePack(withRule({ code: 'rate.mismatch' }))).toThrow(PackInputError);
  });

  it('brings a TypeScript rule under a built-in code', () => {
    const rule: Rule = { code: 'dossier.balance', severity: 'error', reads: [], run: () => [] };
    const wording = { title: 't', text: () => 't' };
    const r = safeResolvePack(packData, { codeRules: [{ rule, wording: { vi: wording, en: wording } }] });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['pack.builtin-code', ['codeRules', 0, 'code']],
    ]);
  });
});

describe('a rule that breaks while running', () => {
  it('becomes one finding naming it, and the other rules still run', () => {
    const broken: Rule = {
      code: 'tn.broken',
      severity: 'error',
      reads: [],
      run: () => {
        throw new Error('chia cho không');
      },
    };
    const wording = { title: 'Hỏng', text: () => 'Hỏng' };
    const tn = resolvePack(packData, {
      codeRules: [{ rule: broken, wording: { vi: wording, en: wording } }],
    });
    const model = wardNotice([staffing(10, 20)]);
    const findings = checkSupervision(model, { now: NOW, ...tn.checkOptions });
    const failed = findings.filter((f) => f.code === 'pack.rule-failed');
    expect(failed.map((f) => [f.severity, f.params.rule])).toEqual([['warning', 'tn.broken']]);
    expect(formatFinding(failed[0]!, 'vi')).toBe(
      'Quy tắc "tn.broken" gặp lỗi khi chạy (chia cho không) nên không kiểm tra được; các quy tắc khác vẫn được kiểm tra.',
    );
    expect(findings.map((f) => f.code)).toContain('tn.staffing.under-quota');
  });
});
