import type { FigureBlock } from '../figures/schema.js';
import type { Path } from '../shared/types.js';
import type { Section, Supervision } from '../supervision/schema.js';

/** A figure block with where it stands. */
export interface FigureEntry<F extends FigureBlock = FigureBlock> {
  figure: F;
  path: Path;
  section: Section;
}

/**
 * Every figure block of a supervision, depth first, with its path.
 *
 * @example
 * [...figures(s)].map((e) => e.path.join('.')) // ['sections.0.figures.0', …]
 */
export function* figures(supervision: Supervision): Generator<FigureEntry> {
  function* walk(sections: Section[], base: Path): Generator<FigureEntry> {
    for (const [i, section] of sections.entries()) {
      const path = [...base, i];
      for (const [j, figure] of section.figures.entries()) {
        yield { figure, path: [...path, 'figures', j], section };
      }
      yield* walk(section.sections, [...path, 'sections']);
    }
  }
  yield* walk(supervision.sections, ['sections']);
}

/** The figure blocks of one kind. */
export function figuresOf<K extends FigureBlock['kind']>(
  supervision: Supervision,
  kind: K,
): FigureEntry<Extract<FigureBlock, { kind: K }>>[] {
  const out: FigureEntry<Extract<FigureBlock, { kind: K }>>[] = [];
  for (const entry of figures(supervision)) {
    if (entry.figure.kind === kind) out.push(entry as FigureEntry<Extract<FigureBlock, { kind: K }>>);
  }
  return out;
}

/** A section with where it stands and its parent section. */
export interface SectionEntry {
  section: Section;
  path: Path;
  parent?: Section;
}

/** Every section with its path, depth first. */
export function* sections(supervision: Supervision): Generator<SectionEntry> {
  function* walk(list: Section[], base: Path, parent?: Section): Generator<SectionEntry> {
    for (const [i, section] of list.entries()) {
      const path = [...base, i];
      yield parent ? { section, path, parent } : { section, path };
      yield* walk(section.sections, [...path, 'sections'], section);
    }
  }
  yield* walk(supervision.sections, ['sections']);
}
