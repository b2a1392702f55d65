import type { FigureBlock } from '../figures/schema.js';
import { extendPath } from '../shared/path.js';
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
  yield* figureList(supervision);
}

/** `figures` as an array, walked without generators (what the checks' index uses). */
export function figureList(supervision: Supervision): FigureEntry[] {
  const out: FigureEntry[] = [];
  const walk = (list: Section[], base: Path): void => {
    for (let i = 0; i < list.length; i++) {
      const section = list[i]!;
      // Made at their length: see `extendPath`.
      for (let j = 0; j < section.figures.length; j++) {
        out.push({ figure: section.figures[j]!, path: extendPath(base, i, 'figures', j), section });
      }
      if (section.sections.length > 0) walk(section.sections, extendPath(base, i, 'sections'));
    }
  };
  walk(supervision.sections, ['sections']);
  return out;
}

/** The figure blocks of one kind. */
export function figuresOf<K extends FigureBlock['kind']>(
  supervision: Supervision,
  kind: K,
): FigureEntry<Extract<FigureBlock, { kind: K }>>[] {
  const out: FigureEntry<Extract<FigureBlock, { kind: K }>>[] = [];
  for (const entry of figureList(supervision)) {
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
  yield* sectionList(supervision);
}

/** `sections` as an array, walked without generators. */
export function sectionList(supervision: Supervision): SectionEntry[] {
  const out: SectionEntry[] = [];
  const walk = (list: Section[], up: Path, parent?: Section): void => {
    for (let i = 0; i < list.length; i++) {
      const section = list[i]!;
      // One path a section, made at its length (see `extendPath`); its subsections extend it.
      const path = extendPath(up, 'sections', i);
      out.push(parent ? { section, path, parent } : { section, path });
      walk(section.sections, path, section);
    }
  };
  walk(supervision.sections, []);
  return out;
}
