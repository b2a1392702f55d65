import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NATIONAL_DOCUMENTS } from '../src/catalogue/national.js';
import { CitationBook, type Cited } from '../src/citations/book.js';
import type { CitationEntry } from '../src/citations/collect.js';
import { TextReadings } from '../src/citations/readings.js';
import { parseSupervisionText } from '../src/index.js';
import type { Supervision } from '../src/supervision/schema.js';

function load(name: string): Supervision {
  const text = readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
  const r = parseSupervisionText(text);
  if (!r.ok) throw new Error(`${name} does not parse: ${JSON.stringify(r)}`);
  return r.value;
}

/** `cited` as first written: a map from each entry's identity to its group, in first-seen order. */
function plainCited(book: CitationBook, sources?: readonly CitationEntry['source'][]): Cited[] {
  const groups = new Map<string, CitationEntry[]>();
  for (const e of book.entries) {
    const c = e.citation;
    if (!c || (sources && !sources.includes(e.source))) continue;
    const day = c.date ? `${c.date.year}-${c.date.month}-${c.date.day}` : '';
    const identity = `${book.label(c)}|${day}|${(c.issuer ?? '').toLowerCase()}`;
    const group = groups.get(identity);
    if (group) group.push(e);
    else groups.set(identity, [e]);
  }
  return [...groups.values()].map((group) => ({
    citation: group[0]!.citation!,
    label: book.label(group[0]!.citation!),
    paths: group.map((e) => e.path),
    entries: group,
  }));
}

describe('CitationBook.cited', () => {
  const SOURCES: (readonly CitationEntry['source'][] | undefined)[] = [
    undefined,
    ['legal-basis', 'section', 'report'],
    ['section'],
    ['section', 'lifecycle'],
    ['notice', 'lifecycle'],
  ];

  it('groups as a map by identity would, for any sources, whatever was asked before', () => {
    const seed = load('diem-mac-2024.yaml');
    // The first lifecycle document cited again at the end of the last section, with another
    // text: one group when all sources are asked for, first met where the sections cite it.
    const last = seed.sections.at(-1)!;
    const lifecycle = seed.documents.programme?.citation ?? seed.documents.plan?.citation;
    const model: Supervision =
      lifecycle === undefined
        ? seed
        : {
            ...seed,
            sections: [...seed.sections.slice(0, -1), { ...last, citations: [...last.citations, lifecycle] }],
          };
    const readings = new TextReadings();
    for (const order of [SOURCES, [...SOURCES].reverse()]) {
      const book = new CitationBook(model, readings);
      for (const sources of order) expect(book.cited(sources)).toEqual(plainCited(book, sources));
    }
  });
});

describe('CitationBook.catalogued', () => {
  it("looks a law cited by title up on each notice's day, whatever an earlier book kept", () => {
    const seed = load('diem-mac-2024.yaml');
    const on = (year: number, month: number, day: number): Supervision => ({
      ...seed,
      documents: {
        ...seed.documents,
        conclusion: {
          ...seed.documents.conclusion,
          date: { year, month, day, written: `${day}/${month}/${year}` },
        },
      },
    });
    const entries = (model: Supervision, readings: TextReadings) =>
      new CitationBook(model, readings)
        .catalogued(NATIONAL_DOCUMENTS)
        .filter((c) => c.citation.number === undefined)
        .map((c) => c.entry);
    const readings = new TextReadings();
    const days = [on(2024, 11, 20), on(2026, 3, 2), on(2024, 11, 20), on(2026, 3, 2)];
    const kept = days.map((model) => entries(model, readings));
    const fresh = days.map((model) => entries(model, new TextReadings()));
    expect(kept).toEqual(fresh);
    // The day matters: some law cited by title is another version on the later day.
    expect(fresh[0]).not.toEqual(fresh[1]);
  });
});
