import { outlineParents } from '../../frameworks/outline.js';
import type { Draft, Rule } from '../types.js';

/** Sections must follow the outline framework the supervision names. */
export const outlineSections: Rule = {
  code: 'outline.section',
  severity: 'warning',
  reads: ['framework', 'sections.key'],
  run({ supervision, frameworks, index }) {
    const framework = frameworks.outlines.find((o) => o.id === supervision.framework);
    if (!framework)
      return [
        {
          paths: [['framework']],
          params: { problem: 'unknown-framework', framework: supervision.framework },
        },
      ];
    const parents = outlineParents(framework);
    const out: Draft[] = [];
    for (const { section, path, parent } of index.sections) {
      if (!parents.has(section.key)) {
        out.push({
          paths: [[...path, 'key']],
          params: { problem: 'unknown-section', key: section.key, framework: framework.id },
        });
      } else if (parents.get(section.key) !== parent?.key) {
        out.push({
          paths: [[...path, 'key']],
          params: { problem: 'misplaced', key: section.key, expected: parents.get(section.key) ?? '—' },
        });
      }
    }
    return out;
  },
};
