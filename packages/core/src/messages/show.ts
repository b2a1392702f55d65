import type { Quantity } from '../checks/types.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from '../format/index.js';
import type { Lang, Show } from './types.js';

/** Renders a figure the way the language writes it: 5.824.272.835 đồng, 92,87%. */
export function showQuantity(q: Quantity | undefined, lang: Lang): string {
  if (!q) return '—';
  const options = { locale: lang, ...(q.scale !== undefined ? { scale: q.scale } : {}) };
  switch (q.unit) {
    case 'count':
      return formatInteger(q.value, { locale: lang });
    case 'dong':
      return formatMoney(q.value, { locale: lang });
    case 'percent':
      return formatPercent(q.value, options);
    case 'points':
      return formatDecimal(q.value, options);
  }
}

/** "sections[4].figures[0].resolved.total" */
export function showPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k),
    '',
  );
}

export function shower(lang: Lang): Show {
  return {
    q: (q) => showQuantity(q, lang),
    param: (p) => {
      if (p === undefined) return '—';
      if (typeof p === 'string' || typeof p === 'number') return String(p);
      if (Array.isArray(p)) return p.join('; ');
      return showQuantity(p, lang);
    },
    path: showPath,
  };
}
