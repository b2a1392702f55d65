import type { ExtraWording } from '../messages/index.js';
import type { Lang, RuleWording, Show } from '../messages/types.js';
import type { Finding } from '../shared/types.js';
import type { PackWording } from './schema.js';

/**
 * Fills a pack's sentence: `{name}` takes the finding's parameter of that name, `{computed}` and
 * `{reported}` its figures. A name the finding lacks stays as written, so a slip shows rather
 * than a blank.
 *
 * @example
 * fillTemplate('Đã giải quyết {reported}, cộng lại {computed}.', finding, show) // 'Đã giải quyết 2.170, cộng lại 2.169.'
 */
export function fillTemplate(template: string, finding: Finding, show: Show): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    if (name === 'computed' || name === 'reported') return finding[name] ? show.q(finding[name]) : whole;
    return name in finding.params ? show.param(finding.params[name]) : whole;
  });
}

/**
 * A pack's replacements laid over the wording a rule already has (the core's or the pack rule's):
 * only what the pack gives changes.
 */
export function overrideWording(
  overrides: PackWording['findings'],
  base: (code: string, lang: Lang) => RuleWording | undefined,
): ExtraWording {
  const out: ExtraWording = { vi: {}, en: {} };
  for (const [code, byLang] of Object.entries(overrides)) {
    for (const lang of ['vi', 'en'] as const) {
      const o = byLang[lang];
      const b = base(code, lang);
      if (!o || !b) continue;
      out[lang]![code] = {
        title: o.title ?? b.title,
        text: o.text ? (f, show) => fillTemplate(o.text!, f, show) : b.text,
      };
    }
  }
  return out;
}
