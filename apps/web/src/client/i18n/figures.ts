import type { FigureKind, Lang } from '@diemmac/core';
import { describedFields, FIGURE_DESCRIPTORS } from '@diemmac/core/vocabulary';

/** Each figure kind by the core's term for it. */
export const kindWords = (lang: Lang): Record<FigureKind, string> =>
  Object.fromEntries(Object.values(FIGURE_DESCRIPTORS).map((d) => [d.kind, d.term[lang]])) as Record<
    FigureKind,
    string
  >;

/** Every option of every described field by its value ("revenue" → "Thu"), first term wins. */
export function optionWords(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of Object.keys(FIGURE_DESCRIPTORS) as FigureKind[]) {
    for (const { field } of describedFields(kind)) {
      for (const o of field.options ?? []) out[o.value] ??= o.term[lang];
    }
  }
  return out;
}
