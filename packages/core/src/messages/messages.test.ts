import { describe, expect, it } from 'vitest';
import { FINDING_CODES, RULES } from '../checks/catalogue.js';
import { MESSAGES, ruleTitle } from './index.js';

describe('the catalogue and its wording', () => {
  it('lists every rule once, in the order of FINDING_CODES', () => {
    expect(RULES.map((r) => r.code)).toEqual([...FINDING_CODES]);
  });

  it('words every rule in Vietnamese and English, in NFC', () => {
    for (const code of FINDING_CODES) {
      for (const lang of ['vi', 'en'] as const) {
        const title = ruleTitle(code, lang);
        expect(title, `${lang} ${code}`).not.toContain(code);
        expect(title.normalize('NFC')).toBe(title);
      }
      expect(ruleTitle(code, 'vi')).not.toBe(ruleTitle(code, 'en'));
    }
  });

  it('has the same issue codes in both languages', () => {
    expect(Object.keys(MESSAGES.vi.issues).sort()).toEqual(Object.keys(MESSAGES.en.issues).sort());
  });
});
