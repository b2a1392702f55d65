import { FigureBlock, type FigureKind } from '@diemmac/core';
import { describedFields, FIGURE_DESCRIPTORS, fieldTerm } from '@diemmac/core/vocabulary';
import { describe, expect, it } from 'vitest';
import { figureBlocks } from './figures.js';
import { BLOCK_LABEL, FIGURES } from './wording.js';

const vi = (kind: keyof typeof FIGURE_DESCRIPTORS, path: string) => fieldTerm(kind, path.split('.'))?.vi;

describe("the notice's words for figures come from the core's descriptors", () => {
  it('names a block without a label of its own by its kind', () => {
    for (const d of Object.values(FIGURE_DESCRIPTORS)) expect(BLOCK_LABEL[d.kind]).toBe(d.term.vi);
  });

  it('heads every row of the dossier table with the descriptor term, none written by hand', () => {
    const { caption, item, count, ...rows } = FIGURES.dossiers;
    const terms = new Set(describedFields('dossiers').map((f) => f.field.term.vi));
    for (const group of ['received', 'resolved', 'pending']) terms.add(vi('dossiers', group) ?? '');
    expect(Object.values(rows).filter((word) => !terms.has(word))).toEqual([]);
    expect(rows.withinDeadline).toBe('Chưa tới hạn');
    expect(rows.online).toBe('Qua mạng');
  });

  it('heads the 766, budget and staffing tables with the descriptor terms', () => {
    expect(FIGURES.index766).toMatchObject({
      component: vi('index766', 'components'),
      score: vi('index766', 'components.score'),
      max: vi('index766', 'components.max'),
      total: vi('index766', 'total'),
    });
    expect(FIGURES.budget).toMatchObject({
      revenue: vi('budget', 'revenue'),
      expenditure: vi('budget', 'expenditure'),
      actual: `${vi('budget', 'revenue.actual')} (đồng)`,
      plan: `${vi('budget', 'revenue.plan')} (đồng)`,
      rate: `${vi('budget', 'revenue.rate')} (%)`,
    });
    expect(FIGURES.staffing).toMatchObject({
      quota: vi('staffing', 'quota'),
      present: vi('staffing', 'present'),
      cadres: vi('staffing', 'cadres.total'),
      civilServants: vi('staffing', 'civilServants.total'),
    });
  });

  // A kind the core describes with an example is printed even when the notice has no
  // table of its own for it: the descriptor lays it out.
  for (const d of Object.values(FIGURE_DESCRIPTORS)) {
    for (const [code, example] of Object.entries(d.examples ?? {})) {
      it(`prints the ${d.kind} block of the ${code} example, its fields named by their terms`, () => {
        const block = FigureBlock.parse(example);
        const text = JSON.stringify(figureBlocks([block], { amountsInWords: false }));
        expect(text).toMatch(/\S/);
        const shown = describedFields(d.kind as FigureKind).filter(
          ({ path, list }) => !list && path.split('.').length === 1 && path in example,
        );
        expect(shown.length).toBeGreaterThan(0);
        for (const { field } of shown) expect(text).toContain(field.term.vi);
      });
    }
  }
});
