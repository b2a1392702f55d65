import { catalogueLabel, findCatalogued } from '../../catalogue/lookup.js';
import { NATIONAL_DOCUMENTS } from '../../catalogue/national.js';
import type { CheckContext, Draft, Rule } from '../../checks/types.js';
import { type CitationEntry, mentionsOf, sameDocument } from '../../citations/collect.js';
import { bodyOfSymbol, symbolFitsIssuer } from '../../citations/issuers.js';
import { outOfOrder } from '../../citations/order.js';
import type { CitationBodies, TextReadings } from '../../citations/readings.js';
import { groupBy, groupByPair, type RegisterDocument } from '../../citations/register.js';
import type { Citation } from '../../citations/schema.js';
import { sameSubjectOf } from '../../citations/subject.js';
import { compareDates, isRealDate } from '../../dates/calendar.js';

const NUMBERING = 'Nghị định 30/2020/NĐ-CP về công tác văn thư: số, ký hiệu và ngày ban hành văn bản';
const CITING =
  'Nghị định 30/2020/NĐ-CP: trích dẫn văn bản ghi tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu';
const READS = ['legalBases', 'documents.*.citation', 'sections.**.citations'];

const written = (c: Citation) => c.date?.written ?? (c.year === undefined ? '' : String(c.year));
const documentsOf = ({ frameworks }: CheckContext) => frameworks.documents ?? NATIONAL_DOCUMENTS;
const registerOfContext = (context: CheckContext) =>
  context.index.citations.register(context.frameworks.documentNumbering ?? 'per-type');

export const citationUnreadable: Rule = {
  code: 'citation.unreadable',
  severity: 'info',
  reads: READS,
  run({ index }) {
    return index.citations.entries
      .filter((e) => e.unreadable)
      .map((e) => ({ paths: [e.path], params: { text: e.text ?? '', reason: e.unreadable! } }));
  },
};

export const citationTextDiffers: Rule = {
  code: 'citation.text-differs',
  severity: 'warning',
  reads: READS,
  run({ index }) {
    return index.citations.entries
      .filter((e) => e.differs.length > 0)
      .map((e) => ({ paths: [e.path], params: { text: e.text ?? '', fields: e.differs } }));
  },
};

/** One number, one body, one year: two documents (different dates or subjects). */
export const numberReused: Rule = {
  code: 'citation.number-reused',
  severity: 'error',
  legalBasis: NUMBERING,
  reads: READS,
  run(context) {
    const register = registerOfContext(context);
    const out: Draft[] = [];
    for (const same of groupByPair(
      register,
      (d) => d.sequence,
      (d) => d.numberValue,
    )) {
      if (same.length < 2) continue;
      out.push({
        paths: same.flatMap((d) => d.paths),
        params: {
          label: [...new Set(same.map((d) => d.label))].join(', '),
          count: same.length,
          dates: same.map((d) => written(d.citation) || '—'),
          subjects: same.map((d) => d.citation.subject ?? '—'),
        },
      });
    }
    return out;
  },
};

/** Numbers rise with dates within one body, type (or all types) and year. Party numbers run per term. */
export const numberOrder: Rule = {
  code: 'citation.number-order',
  severity: 'warning',
  legalBasis: NUMBERING,
  reads: READS,
  run(context) {
    const register = registerOfContext(context).filter((d) => !d.citation.party);
    const out: Draft[] = [];
    for (const sequence of groupBy(register, (d) => d.sequence)) {
      for (const { document, against, way } of outOfOrder(sequence)) {
        out.push({
          paths: [...document.paths, against.paths[0]!],
          params: {
            label: document.label,
            date: written(document.citation),
            other: against.label,
            otherDate: written(against.citation),
            way,
          },
        });
      }
    }
    return out;
  },
};

/** A symbol names one body; the text says another issued the document. */
export const symbolIssuer: Rule = {
  code: 'citation.symbol-issuer',
  severity: 'error',
  legalBasis: NUMBERING,
  reads: READS,
  run({ index }) {
    const out: Draft[] = [];
    for (const { citation: c, label, paths } of index.citations.cited()) {
      const facts = index.readings.about(c);
      const bodies = facts?.bodies ?? bodiesOf(c, index.readings);
      if (facts) facts.bodies = bodies;
      const { symbolBody, stated } = bodies;
      if (!symbolBody || !stated || symbolFitsIssuer(symbolBody, stated)) continue;
      out.push({ paths, params: { label, issuer: c.issuer!, symbolBody, statedBody: stated } });
    }
    return out;
  },
};

/** The body a citation's symbol names, and the body its text says issued it. */
function bodiesOf(c: Citation, readings: TextReadings): CitationBodies {
  return {
    symbolBody: c.symbol === undefined ? undefined : readings.keep('symbol-body', c.symbol, bodyOfSymbol),
    stated: c.issuer === undefined ? undefined : readings.issuer(c.issuer)?.body,
  };
}

/**
 * Whether `a` was issued before a document of this date (else this year in its number), as far as
 * their dates or years tell.
 */
function earlier(a: Citation, date: Citation['date'], year: number | undefined): boolean {
  if (a.date && date) return compareDates(a.date, date) < 0;
  const ya = a.date ? a.date.year : a.year;
  const yb = date ? date.year : year;
  return ya !== undefined && yb !== undefined && ya < yb;
}

/** The citations of entries that could be read, in order: pushed one by one, not flat-mapped
 * (a list made per entry cost more than the rest of `citation.relation-order`). */
function readCitations(entries: readonly CitationEntry[]): Citation[] {
  const out: Citation[] = [];
  for (const e of entries) if (e.citation) out.push(e.citation);
  return out;
}

/** A document cannot amend, replace or implement one issued after it. */
export const relationOrder: Rule = {
  code: 'citation.relation-order',
  severity: 'error',
  reads: READS,
  run(context) {
    // Every citation of the supervision, gathered only when one names another.
    let all: Citation[] | undefined;
    const out: Draft[] = [];
    for (const { citation: c, label, paths } of context.index.citations.cited()) {
      if (!c.relations) continue;
      all ??= readCitations(context.index.citations.entries);
      for (const relation of c.relations) {
        const read = context.index.readings.citation(relation.target);
        if (!read.ok) continue;
        const other = read.citation;
        // The target's date, from its own words or from where the supervision cites it in full.
        const date = other.date ?? all.find((o) => o.date && sameDocument(o, other))?.date;
        if (!earlier(c, date, other.year)) continue;
        const catalogued = findCatalogued(c, documentsOf(context));
        out.push({
          paths,
          params: {
            label,
            date: written(c),
            kind: relation.kind,
            // A label says nothing of the date: the reading's, kept.
            target: context.index.readings.label(other),
            targetDate: date?.written ?? (other.year === undefined ? '' : String(other.year)),
            catalogued: !catalogued
              ? []
              : relation.kind === 'amends'
                ? catalogued.amends
                : relation.kind === 'replaces'
                  ? catalogued.replaces
                  : [],
          },
        });
      }
    }
    return out;
  },
};

/** A date read from a citation's text that is not on the calendar, or not in its number's year. */
export const citationImpossibleDate: Rule = {
  code: 'citation.impossible-date',
  severity: 'error',
  reads: READS,
  run({ index }) {
    const out: Draft[] = [];
    for (const { citation: c, label, paths, entries } of index.citations.cited()) {
      if (!c.date) continue;
      // A date given as a field is a date of the model: `date.impossible` already reports it.
      if (!isRealDate(c.date) && entries.some((e) => e.dateFromText)) {
        out.push({ paths, params: { label, written: c.date.written, reason: 'calendar' } });
      } else if (c.year !== undefined && !c.party && c.date.year !== c.year) {
        out.push({ paths, params: { label, written: c.date.written, reason: 'year', year: c.year } });
      }
    }
    return out;
  },
};

/** A notice cannot cite a document issued after it. */
export const citedAfterNotice: Rule = {
  code: 'citation.after-notice',
  severity: 'error',
  reads: [...READS, 'documents.conclusion.date'],
  run({ supervision, index }) {
    const notice = supervision.documents.conclusion.date;
    const out: Draft[] = [];
    for (const { citation: c, label, paths } of index.citations.cited(['legal-basis', 'section', 'report'])) {
      if (!c.date || compareDates(c.date, notice) <= 0) continue;
      out.push({
        paths: [...paths, ['documents', 'conclusion', 'date']],
        params: { label, date: c.date.written, noticeDate: notice.written },
      });
    }
    return out;
  },
};

/** Two numbers of one body, type and year on the same subject: perhaps one plan issued twice. */
export const sameSubject: Rule = {
  code: 'citation.same-subject',
  severity: 'info',
  reads: READS,
  run(context) {
    const register = registerOfContext(context).filter((d) => d.citation.subject !== undefined);
    const out: Draft[] = [];
    for (const series of groupBy(register, (d) => d.series)) {
      if (series.length < 2) continue;
      const codes = series.map((d) => context.index.readings.pairCodes(d.citation.subject!));
      for (let i = 0; i < series.length; i++) {
        const a = series[i]!;
        for (let j = i + 1; j < series.length; j++) {
          const b = series[j]!;
          if (a.numberValue === b.numberValue) continue;
          if (!sameSubjectOf(codes[i]!, codes[j]!)) continue;
          out.push(pair(a, b));
        }
      }
    }
    return out;
  },
};

function pair(a: RegisterDocument, b: RegisterDocument): Draft {
  return {
    paths: [...a.paths, ...b.paths],
    params: {
      label: a.label,
      date: written(a.citation),
      subject: a.citation.subject ?? '',
      other: b.label,
      otherDate: written(b.citation),
      otherSubject: b.citation.subject ?? '',
    },
  };
}

/** The catalogued documents a supervision cites, with the catalogue's entry. */
const catalogued = (context: CheckContext) => context.index.citations.catalogued(documentsOf(context));

/** A catalogued document cited with another date than its own. */
export const catalogueDate: Rule = {
  code: 'citation.catalogue-date',
  severity: 'warning',
  legalBasis: CITING,
  reads: READS,
  run(context) {
    const out: Draft[] = [];
    for (const { citation: c, label, paths, entry } of catalogued(context)) {
      if (!entry || !c.date || entry.unsure.includes('date') || compareDates(c.date, entry.date) === 0)
        continue;
      out.push({
        paths,
        params: { label, date: c.date.written, expected: entry.date.written, source: entry.source },
      });
    }
    return out;
  },
};

/**
 * A number the catalogue does not know, cited for a subject the catalogue knows under a nearby
 * number (same number in another year, or another number in the same year): 33/2024/NĐ-CP cited
 * for commune staffing, which is 33/2023/NĐ-CP. What it is cited for is read from its subject and
 * the paragraphs of its section that name it.
 */
export const catalogueNumber: Rule = {
  code: 'citation.catalogue-number',
  severity: 'warning',
  legalBasis: CITING,
  reads: READS,
  run(context) {
    const documents = documentsOf(context);
    const out: Draft[] = [];
    for (const { citation: c, label, paths, entries, entry } of catalogued(context)) {
      if (entry) continue;
      const near = context.index.citations.nearMisses(c, documents);
      if (near.length === 0) continue;
      const around = entries.flatMap((e) => mentionsOf(e, context.index.readings));
      const about = [c.subject ?? '', c.title ?? '', ...around.map((x) => x.text)].join(' ');
      const meant = near.filter((d) => context.index.readings.aboutTopic(d, about));
      if (meant.length === 0) continue;
      out.push({
        paths: [...paths, ...around.filter((x) => x.path.at(-1) !== 'title').map((x) => x.path)],
        params: { label, expected: meant.map(catalogueLabel), subject: meant[0]!.subject },
      });
    }
    return out;
  },
};

/** A catalogued document cited "về" a subject the catalogue gives to another document. */
export const catalogueSubject: Rule = {
  code: 'citation.catalogue-subject',
  severity: 'warning',
  legalBasis: CITING,
  reads: READS,
  run(context) {
    const documents = documentsOf(context);
    const out: Draft[] = [];
    for (const { citation: c, label, paths, entry } of catalogued(context)) {
      if (!entry || !c.subject) continue;
      const readings = context.index.readings;
      if (readings.aboutTopic(entry, c.subject)) continue;
      const subject = c.subject;
      const other = documents.find((d) => d !== entry && readings.aboutTopic(d, subject));
      if (!other) continue;
      out.push({
        paths,
        params: {
          label,
          subject: c.subject,
          expected: catalogueLabel(other),
          expectedSubject: other.subject,
        },
      });
    }
    return out;
  },
};

/** A law or decree cited by a notice dated after it ceased to apply. */
export const citedExpired: Rule = {
  code: 'citation.expired',
  severity: 'warning',
  reads: [...READS, 'documents.conclusion.date'],
  run(context) {
    const documents = documentsOf(context);
    const notice = context.supervision.documents.conclusion.date;
    const out: Draft[] = [];
    for (const { label, paths, entry } of catalogued(context)) {
      const until = entry?.effective.until;
      if (!entry || !until || entry.unsure.includes('effective') || compareDates(notice, until) <= 0)
        continue;
      const successor = documents.find((d) => d.replaces.includes(catalogueLabel(entry)));
      out.push({
        paths: [...paths, ['documents', 'conclusion', 'date']],
        params: {
          label,
          until: until.written,
          noticeDate: notice.written,
          successor: successor ? catalogueLabel(successor) : '',
        },
      });
    }
    return out;
  },
};

/** Every citation rule, in the order findings are listed. */
export const CITATION_RULES: readonly Rule[] = [
  numberReused,
  symbolIssuer,
  relationOrder,
  citationImpossibleDate,
  citedAfterNotice,
  numberOrder,
  catalogueNumber,
  catalogueDate,
  catalogueSubject,
  citedExpired,
  citationTextDiffers,
  sameSubject,
  citationUnreadable,
];
