import {
  checkSupervision,
  formatFinding,
  parseSupervision,
  RULE_FAILED,
  type Rule,
  resolvePack,
} from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { faultySupervision } from '../../test/fixtures.js';
import { applySetting, packRuleCodes } from './setting.js';

const NOW = { year: 2024, month: 11, day: 20 };
const model = () => {
  const r = parseSupervision(faultySupervision('dossier.balance'));
  if (!r.ok) throw new Error('fixture');
  return r.value;
};

describe('a pack rule written in TypeScript that throws', () => {
  const broken: Rule = {
    code: 'tn.throws',
    severity: 'warning',
    reads: [],
    check: () => {
      throw new Error('hỏng');
    },
  } as unknown as Rule;
  const pack = resolvePack(
    { schemaVersion: 1, id: 'tn', name: 'tn', version: '1' },
    {
      codeRules: [
        {
          rule: broken,
          wording: { vi: { title: 'Ném lỗi', text: () => 'x' }, en: { title: 'Throws', text: () => 'x' } },
        },
      ],
    },
  );

  it('becomes one finding naming that rule, and every other rule still runs', () => {
    const findings = checkSupervision(model(), { now: NOW, ...pack.checkOptions });
    const failed = findings.filter((f) => f.code === RULE_FAILED);
    expect(failed).toHaveLength(1);
    expect(formatFinding(failed[0]!, 'vi', pack.wording)).toContain('tn.throws');
    expect(findings.map((f) => f.code)).toContain('dossier.balance');
  });
});

describe('applySetting: the checks of a config laid over a pack', () => {
  it('keeps the pack as data so the list of rules says what the checker does', () => {
    const data = {
      schemaVersion: 1,
      id: 'tn',
      name: 'tn',
      version: '1',
      checks: { rules: { 'rounding.mixed': 'info' } },
    };
    const r = applySetting({ data, checks: [{ rules: { 'dossier.balance': 'off' } }] });
    expect(r.rules.map((x) => x.code)).not.toContain('dossier.balance');
    expect(r.rules.find((x) => x.code === 'rounding.mixed')?.severity).toBe('info');
    expect(r.checkOptions.config?.rules['dossier.balance']).toBe('off');
  });

  it('re-grades the default pack in place when no pack is given', () => {
    const r = applySetting({
      checks: [{ rules: { 'dossier.balance': 'warning' }, conventions: ['half-up'] }],
    });
    expect(r.rules.find((x) => x.code === 'dossier.balance')?.severity).toBe('warning');
    expect(r.config.conventions).toEqual(['half-up']);
    expect(r.pack.id).toBe('diemmac');
  });

  it("knows the codes a config may name: the core's failure code and the pack's own rules", () => {
    expect(packRuleCodes({ rules: [{ code: 'tn.a' }] })).toEqual(
      expect.arrayContaining([RULE_FAILED, 'tn.a']),
    );
  });
});
