import { reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Path, Rule } from '../../checks/types.js';
import { compareDates, isRealDate } from '../../dates/calendar.js';
import type { Period } from '../../figures/values.js';

export const impossibleDate: Rule = {
  code: 'date.impossible',
  severity: 'error',
  reads: ['**.date'],
  run({ index }) {
    const out: Draft[] = [];
    for (const entry of index.values) {
      if (entry.type === 'date' && !isRealDate(entry.value)) {
        out.push({ paths: [entry.path], params: { written: entry.value.written } });
      }
    }
    return out;
  },
};

export const strayNumberMark: Rule = {
  code: 'number.stray-separator',
  severity: 'info',
  reads: ['**'],
  run({ index }) {
    const out: Draft[] = [];
    for (const entry of index.values) {
      if (entry.type === 'reported' && entry.value.notes.includes('trailing-separator')) {
        out.push({
          paths: [entry.path],
          params: { written: entry.value.written, read: reportedQuantity(entry.value, 'points') },
        });
      }
    }
    return out;
  },
};

function samePeriod(a: Period, b: Period): boolean {
  const same = (x: Period['from'], y: Period['from']) =>
    x === undefined || y === undefined ? x === y : compareDates(x, y) === 0;
  return same(a.from, b.from) && same(a.to, b.to);
}

/**
 * Figure kinds that count the same things: the dossiers received and resolved, the digitisation
 * of those dossiers, the online ones. Other kinds (budget for nine months, staff at a date, a
 * dialogue) stand on their own periods.
 */
const TOPIC: Partial<Record<string, string>> = {
  dossiers: 'dossiers',
  digitisation: 'dossiers',
  onlineServices: 'dossiers',
};

const dated = (p: Period | undefined): p is Period => p?.from !== undefined || p?.to !== undefined;

/**
 * One group of figures announced for two different periods: a block that states two periods,
 * or two blocks of one topic cut at different dates (the dossiers to 31/10, the
 * digitisation of those dossiers to 30/10). Unrelated topics keep their own periods.
 */
export const periodConflict: Rule = {
  code: 'period.conflict',
  severity: 'warning',
  reads: ['*.period', '*.statedPeriods'],
  run({ index }) {
    const out: Draft[] = [];
    for (const { figure, path } of index.figures) {
      const stated: { period: Period; path: Path }[] = [];
      if (figure.period) stated.push({ period: figure.period, path: [...path, 'period'] });
      for (const [i, p] of (figure.statedPeriods ?? []).entries())
        stated.push({ period: p, path: [...path, 'statedPeriods', i] });
      const distinct = stated.filter((s, i) => stated.findIndex((t) => samePeriod(s.period, t.period)) === i);
      if (distinct.length < 2) continue;
      out.push({
        paths: distinct.map((d) => d.path),
        params: { kind: figure.kind, periods: distinct.map((d) => periodText(d.period)) },
      });
    }
    const entries = index.figures;
    for (const [i, a] of entries.entries()) {
      const topic = TOPIC[a.figure.kind];
      if (!topic || !dated(a.figure.period)) continue;
      for (const b of entries.slice(i + 1)) {
        if (TOPIC[b.figure.kind] !== topic || b.figure.kind === a.figure.kind) continue;
        if (!dated(b.figure.period) || samePeriod(a.figure.period, b.figure.period)) continue;
        out.push({
          paths: [
            [...b.path, 'period'],
            [...a.path, 'period'],
          ],
          params: {
            kind: a.figure.kind,
            other: b.figure.kind,
            periods: [periodText(a.figure.period), periodText(b.figure.period)],
          },
        });
      }
    }
    return out;
  },
};

export const invertedPeriod: Rule = {
  code: 'period.inverted',
  severity: 'error',
  reads: ['*.period'],
  run({ index }) {
    const out: Draft[] = [];
    for (const { figure, path } of index.figures) {
      const all = [figure.period, ...(figure.statedPeriods ?? [])];
      for (const [i, p] of all.entries()) {
        if (!p?.from || !p.to || compareDates(p.from, p.to) <= 0) continue;
        out.push({
          paths: [i === 0 ? [...path, 'period'] : [...path, 'statedPeriods', i - 1]],
          params: { periods: [periodText(p)] },
        });
      }
    }
    return out;
  },
};

/** A period as written: "15/12/2023 – 31/10/2024". */
export function periodText(p: Period): string {
  return [p.from?.written, p.to?.written].filter(Boolean).join(' – ') || p.label || '';
}
