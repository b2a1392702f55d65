import { describe, expect, it } from 'vitest';
import { dossiers, supervision } from '../../test/builders.js';
import { check, codes } from '../../test/check.js';
import { formatFinding, formatIssue } from '../messages/index.js';
import { parseCheckConfig } from '../parse/config.js';
import { DEFAULT_CONFIG } from './check.js';
import { CheckConfig } from './config.js';
import type { Rule } from './types.js';
import { figuresOf } from './walk.js';

const faulty = supervision([
  dossiers({ resolved: { total: 96, early: 60, onTime: 33, late: 2 }, received: { total: 101 } }),
]);

describe('configuration', () => {
  it('switches a rule off', () => {
    const config = parseCheckConfig({ rules: { 'dossier.resolved-breakdown': 'off' } });
    expect(config.ok).toBe(true);
    if (config.ok) expect(codes(check(faulty, { config: config.value }))).toEqual([]);
  });

  it('re-grades a rule', () => {
    const config = parseCheckConfig({ rules: { 'dossier.resolved-breakdown': 'info' } });
    if (!config.ok) throw new Error('config');
    expect(check(faulty, { config: config.value }).map((f) => f.severity)).toEqual(['info']);
  });

  it('refuses an unknown rule code or severity, naming the path', () => {
    const r = parseCheckConfig({ rules: { 'dossier.resolvd': 'off' } });
    expect(r.ok === false && r.issues[0]?.path).toEqual(['rules', 'dossier.resolvd']);
    expect(r.ok === false && formatIssue(r.issues[0]!, 'vi')).toBe(
      'rules.dossier.resolvd: không có quy tắc mã "dossier.resolvd" (trong diemmac hay trong gói).',
    );
    const s = parseCheckConfig({ rules: { 'dossier.balance': 'fatal' } });
    expect(s.ok).toBe(false);
  });
});

describe('a province adds its own rule without forking', () => {
  const minimumOnline: Rule = {
    code: 'thai-nguyen.online-share',
    severity: 'warning',
    legalBasis: 'Kế hoạch của UBND tỉnh (giả định)',
    reads: ['dossiers.received.online', 'dossiers.received.total'],
    run: ({ supervision: s }) =>
      figuresOf(s, 'dossiers')
        .filter(({ figure }) =>
          figure.received.online?.value.times(100).lt(figure.received.total.value.times(95)),
        )
        .map(({ path }) => ({ paths: [[...path, 'received', 'online']], params: {} })),
  };

  it('runs it after the catalogue, re-gradable like the others, and words it in both languages', () => {
    const findings = check(supervision([dossiers()]), { extraRules: [minimumOnline] });
    expect(codes(findings)).toEqual(['thai-nguyen.online-share']);
    const extra = {
      vi: {
        'thai-nguyen.online-share': {
          title: 'Tỷ lệ nộp trực tuyến',
          text: () => 'Tỷ lệ hồ sơ trực tuyến dưới 95%.',
        },
      },
      en: { 'thai-nguyen.online-share': { title: 'Online share', text: () => 'Online share below 95%.' } },
    };
    expect(formatFinding(findings[0]!, 'vi', extra)).toBe('Tỷ lệ hồ sơ trực tuyến dưới 95%.');
    const config = parseCheckConfig({ rules: { 'thai-nguyen.online-share': 'off' } }, [minimumOnline.code]);
    if (!config.ok) throw new Error('config');
    expect(check(supervision([dossiers()]), { extraRules: [minimumOnline], config: config.value })).toEqual(
      [],
    );
  });
});

describe('the default configuration', () => {
  it('is what an empty configuration parses to: every rule at its severity, every rounding convention', () => {
    expect(DEFAULT_CONFIG).toEqual(CheckConfig.parse({}));
  });
});
