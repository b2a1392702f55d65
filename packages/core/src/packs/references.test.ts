import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS, kindsWithFigures } from './references.js';

describe('FIGURE_KINDS', () => {
  it('are the kinds whose fields a pack may read, in the model’s order (read without walking them)', () => {
    expect(FIGURE_KINDS).toEqual(kindsWithFigures());
    expect(FIGURE_KINDS).toEqual(expect.arrayContaining(['dossiers', 'digitisation', 'budget', 'index766']));
  });
});
