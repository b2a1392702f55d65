import type { FigureBlock, Path, Section, Supervision } from '@diemmac/core';
import { showPath } from '@diemmac/core/adapters';
import { fieldTerm, inSentence } from '@diemmac/core/vocabulary';
import { ANNEX, BLOCK_LABEL } from './wording.js';

const LABELLED_LISTS = new Set(['items', 'components', 'byBody', 'qualifications', 'parts']);

function blockLabel(figure: FigureBlock): string {
  return 'label' in figure && typeof figure.label === 'string'
    ? figure.label
    : (BLOCK_LABEL[figure.kind] ?? figure.kind);
}

function elementLabel(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ['label', 'key']) {
    if (typeof record[key] === 'string') return record[key];
  }
  return undefined;
}

/** Walks the fields after a figure block, naming each by the core's term for it. */
function fieldWords(figure: FigureBlock, rest: Path): string[] {
  const words: string[] = [];
  let node: unknown = figure;
  const named: string[] = [];
  for (const [i, key] of rest.entries()) {
    if (typeof key === 'string') named.push(key);
    const next =
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const previous = rest[i - 1];
      const label =
        typeof previous === 'string' && LABELLED_LISTS.has(previous) ? elementLabel(next) : undefined;
      words.push(label ?? String(key + 1));
    } else if (!LABELLED_LISTS.has(key)) {
      // "resolved.total" reads "đã giải quyết": the total is what the group's name means.
      if (!(key === 'total' && i > 0 && typeof rest[i - 1] === 'string')) {
        // A group named only through its total ("cadres.total") takes the total's term.
        const term = (fieldTerm(figure.kind, named) ?? fieldTerm(figure.kind, [...named, 'total']))?.vi;
        words.push(term ? inSentence(term) : key);
      }
    }
    node = next;
  }
  return words;
}

/** The deepest section a path goes through, and where the rest of the path starts. */
function walkSections(supervision: Supervision, path: Path): { section: Section; rest: number } | undefined {
  let list: readonly Section[] = supervision.sections;
  let section: Section | undefined;
  let i = 0;
  for (; path[i] === 'sections' && typeof path[i + 1] === 'number'; i += 2) {
    section = list[path[i + 1] as number];
    if (!section) return undefined;
    list = section.sections;
  }
  return section ? { section, rest: i } : undefined;
}

/**
 * The section a path stands in, by its number as the source writes it ("Mục 2.5."), or
 * undefined outside the sections.
 */
export function sectionOf(supervision: Supervision, path: Path): string | undefined {
  const found = walkSections(supervision, path);
  return found ? ANNEX.section(found.section.number ?? found.section.title ?? found.section.key) : undefined;
}

/**
 * A place outside the sections in words: "Kế hoạch giám sát", "Căn cứ 2", "Kiến nghị 1";
 * the core's dotted form for anything else.
 */
function outsideSections(path: Path): string {
  const [head, second] = path;
  const step = head === 'documents' && typeof second === 'string' ? ANNEX.places[second] : undefined;
  if (step) {
    const index = second === 'reports' && typeof path[2] === 'number' ? ` ${path[2] + 1}` : '';
    return `${step}${index}`;
  }
  const place = typeof head === 'string' ? ANNEX.places[head] : undefined;
  if (place) return typeof second === 'number' ? `${place} ${second + 1}` : place;
  return showPath(path);
}

/**
 * Says in Vietnamese where a path of a finding points: the section by its number, the
 * figure block by its label, then the field ("Mục 2.2., Hồ sơ thủ tục hành chính: đã giải quyết"); a
 * document of the supervision by its name ("Kế hoạch giám sát").
 */
export function locate(supervision: Supervision, path: Path): string {
  const found = walkSections(supervision, path);
  if (!found) return outsideSections(path);
  const { section, rest: i } = found;
  const where = ANNEX.section(section.number ?? section.title ?? section.key);
  if (path[i] !== 'figures' || typeof path[i + 1] !== 'number') {
    return section.number && section.title ? `${where} ${section.title}` : where;
  }
  const figure = section.figures[path[i + 1] as number];
  if (!figure) return showPath(path);
  const fields = fieldWords(figure, path.slice(i + 2));
  const label = blockLabel(figure);
  return fields.length > 0 ? `${where}, ${label}: ${fields.join(', ')}` : `${where}, ${label}`;
}
