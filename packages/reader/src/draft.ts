import { CCHC_XA, type OutlineNode, type SectionInput, type SupervisionInput } from '@diemmac/core';
import { citationsIn } from './extract/citations.js';
import { type Sourced, sectionFigures } from './extract/figures.js';
import { readHeader, sentenceCase } from './extract/header.js';
import { type Outline, type OutlineSection, outline, type Part } from './extract/outline.js';
import { coverage } from './extract/statements.js';
import { fold, foldWords } from './source/clean.js';
import type { Item, Place, SourceDocument, TextItem } from './source/types.js';

/** A value of the draft and where the notice wrote it: the path in the draft, the place in the notice. */
export type SourceMap = Sourced[];

/** The draft supervision read from a notice, with where each value came from. */
export interface DraftReading {
  /** Input for the core's `Supervision` schema. */
  draft: SupervisionInput;
  sources: SourceMap;
  /** How many figures the text holds, and how many a figure statement placed. */
  numbers: number;
  placed: number;
  /** Which parts of a conclusion notice were recognised. */
  recognised: { header: boolean; title: boolean; parts: string[]; signature: boolean };
}

const textOf = (items: readonly Item[]): string[] =>
  items.flatMap((i) => (i.kind === 'paragraph' ? [i.text] : [i.cells.map((c) => c.text).join(' | ')]));

const whole = (item: Item): Place => item.place;

function slug(text: string): string {
  return foldWords(text).replace(/\s+/g, '-').slice(0, 40).replace(/-+$/, '') || 'muc';
}

function frameworkNode(title: string, candidates: readonly OutlineNode[]): OutlineNode | undefined {
  const words = new Set(foldWords(title).split(' '));
  let best: { node: OutlineNode; score: number } | undefined;
  for (const node of candidates) {
    const own = foldWords(node.title).split(' ');
    const score = own.filter((w) => words.has(w)).length / own.length;
    if (score >= 0.8 && (!best || score > best.score)) best = { node, score };
  }
  return best?.node;
}

interface Ctx {
  sources: SourceMap;
  numbers: number;
  placed: number;
}

function sectionInput(
  s: OutlineSection,
  path: (string | number)[],
  candidates: readonly OutlineNode[],
  ctx: Ctx,
  lead: Item[] = [],
): SectionInput {
  const node = frameworkNode(s.title, candidates);
  const own = [...lead, ...s.items];
  // A sub-section the framework does not know is read into its parent: its heading stays a paragraph.
  const children: OutlineSection[] = [];
  for (const child of s.children) {
    if (node && !frameworkNode(child.title, node.children ?? [])) {
      own.push(child.heading, ...flatten(child));
    } else children.push(child);
  }
  const section: SectionInput = { key: node?.key ?? slug(s.title), title: s.title };
  if (s.numbering) section.number = s.numbering.written;
  ctx.sources.push({ path: [...path, 'title'], place: whole(s.heading) });
  const paragraphs = textOf(own);
  if (paragraphs.length > 0) section.paragraphs = paragraphs;
  own.forEach((item, i) => {
    ctx.sources.push({ path: [...path, 'paragraphs', i], place: whole(item) });
  });
  const figures = sectionFigures(own);
  for (const item of own) {
    if (item.kind !== 'paragraph') continue;
    const c = coverage(
      item.text,
      figures.found.filter((f) => f.item === item).map((f) => f.statement),
    );
    ctx.numbers += c.numbers;
    ctx.placed += c.placed;
  }
  // A table's figure cell is a statement by itself.
  for (const f of figures.found) {
    if (!f.row) continue;
    ctx.numbers++;
    ctx.placed++;
  }
  if (figures.blocks.length > 0) {
    section.figures = figures.blocks.map((b) => b.block) as SectionInput['figures'];
    figures.blocks.forEach((b, i) => {
      for (const s2 of b.sources)
        ctx.sources.push({ path: [...path, 'figures', i, ...s2.path], place: s2.place });
    });
  }
  const cites = citationList(own);
  if (cites.length > 0) {
    section.citations = cites.map((c) => c.text);
    cites.forEach((c, i) => {
      ctx.sources.push({ path: [...path, 'citations', i], place: c.place });
    });
  }
  if (children.length > 0) {
    section.sections = children.map((child, i) =>
      sectionInput(child, [...path, 'sections', i], node?.children ?? [], ctx),
    );
  }
  return section;
}

const flatten = (s: OutlineSection): Item[] => [
  ...s.items,
  ...s.children.flatMap((c) => [c.heading, ...flatten(c)]),
];

/**
 * A section's citations: its own list ("Văn bản liên quan:") when it has one, else every document
 * its paragraphs cite; the same document cited twice with the same date counts once.
 */
function citationList(items: readonly Item[]) {
  const listAt = items.findIndex(
    (i) => i.kind === 'paragraph' && /^van ban lien quan\s*:?$/.test(fold(i.text)),
  );
  const source = (listAt >= 0 ? items.slice(listAt + 1) : items).filter(
    (i): i is TextItem => i.kind === 'paragraph',
  );
  const all = source.flatMap(citationsIn);
  return all.filter(
    (c, i) => !all.slice(0, i).some((o) => o.key === c.key && (o.date === c.date || !c.date)),
  );
}

function partSections(part: Part | undefined): OutlineSection[] {
  return part?.sections ?? [];
}

/** Strengths and limitations: the items under "Ưu điểm" and under "Hạn chế"/"Tồn tại". */
function assessment(part: Part | undefined, path: string, ctx: Ctx) {
  if (!part) return undefined;
  const strengths: string[] = [];
  const limitations: string[] = [];
  let into = strengths;
  const add = (item: Item) => {
    const [text] = textOf([item]);
    if (!text) return;
    ctx.sources.push({
      path: [path, into === strengths ? 'strengths' : 'limitations', into.length],
      place: whole(item),
    });
    into.push(text.replace(/^[-+•]\s*/, ''));
  };
  for (const item of part.items) add(item);
  for (const s of part.sections) {
    into = /han che|ton tai/.test(fold(s.title)) ? limitations : strengths;
    for (const item of flatten(s)) add(item);
  }
  return { strengths, limitations };
}

function recommendations(part: Part | undefined, ctx: Ctx) {
  const out: { addressee: string; content: string; deadline?: string }[] = [];
  if (!part) return out;
  let addressee = 'Ủy ban nhân dân xã';
  const sequence: Item[] = [...part.items, ...part.sections.flatMap((s) => [s.heading, ...flatten(s)])];
  for (const item of sequence) {
    if (item.kind !== 'paragraph') continue;
    const m = /^(?:[-+•]\s*)*(?:\d+\.\s*)?Đối với\s+(.+?)\s*:?$/iu.exec(item.text);
    if (m?.[1]) {
      addressee = m[1].charAt(0).toLocaleUpperCase('vi') + m[1].slice(1);
      continue;
    }
    let content = item.text.replace(/^[-+•]\s*/, '');
    const r: { addressee: string; content: string; deadline?: string } = { addressee, content };
    const due = /\s*\(thời hạn:\s*(\d{1,2}\/\d{1,2}\/\d{4})\)\.?$/iu.exec(content);
    if (due?.[1]) {
      content = content.slice(0, due.index);
      r.content = content;
      r.deadline = due[1];
    }
    ctx.sources.push({ path: ['recommendations', out.length], place: whole(item) });
    out.push(r);
  }
  return out;
}

const NAME = /\b(?:xã|phường|thị trấn)\s+(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*)/u;

function localityName(o: Outline, issuer: string | undefined, place: string | undefined): string | undefined {
  const fromIssuer = issuer ? NAME.exec(issuer)?.[1] : undefined;
  if (fromIssuer) return fromIssuer;
  if (place) return place;
  for (const text of textOf(o.preamble)) {
    const m = NAME.exec(text);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function findPlace(o: Outline, word: 'huyện' | 'tỉnh'): string | undefined {
  const all = [
    ...textOf(o.preamble),
    ...o.parts.flatMap((p) => textOf([...p.items, ...p.sections.flatMap(flatten)])),
  ];
  const pattern = new RegExp(`\\b${word}\\s+(\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*)*)`, 'u');
  for (const text of all) {
    const m = pattern.exec(text);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** The documents the preamble cites: the council's programme, the plan, and the legal bases. */
function lifecycle(o: Outline, ctx: Ctx) {
  const documents: Record<string, unknown> = {};
  const legalBases: string[] = [];
  for (const item of o.preamble) {
    if (item.kind !== 'paragraph') continue;
    for (const c of citationsIn(item)) {
      const key = fold(c.text);
      const slot =
        /^nghi quyet/.test(key) && /chuong trinh giam sat/.test(key)
          ? 'programme'
          : /^ke hoach/.test(key) && /giam sat/.test(key)
            ? 'plan'
            : undefined;
      if (slot && !documents[slot]) {
        documents[slot] = { citation: c.text };
        ctx.sources.push({ path: ['documents', slot, 'citation'], place: c.place });
      } else {
        ctx.sources.push({ path: ['legalBases', legalBases.length], place: c.place });
        legalBases.push(c.text);
      }
    }
  }
  return { documents, legalBases };
}

function signature(lines: readonly TextItem[], ctx: Ctx) {
  const texts = lines.map((l) => l.text);
  const first = texts[0] ?? '';
  const m = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/.exec(first);
  const rest = m ? texts.slice(1) : texts;
  const signer = rest.at(-1) ?? '';
  const position = rest.length >= 2 ? (rest[0] ?? '') : '';
  const title = rest.length >= 3 ? rest.slice(1, -1).join(' ') : undefined;
  lines.forEach((l, i) => {
    const field = i === lines.length - 1 ? 'signer' : i === 0 ? 'authority' : 'position';
    ctx.sources.push({ path: ['signature', field], place: l.place });
  });
  const out: Record<string, string> = {
    authority: m ? `${m[1]}.` : '',
    body: m?.[2] ?? '',
    position: position || '(chưa rõ)',
    signer: signer || '(chưa rõ)',
  };
  if (title) out.title = title;
  return out;
}

/**
 * Maps a document read by the reader into a draft supervision in the core's schema: header,
 * preamble and the documents it cites, the four parts, every section with its paragraphs,
 * figures and citations, the recommendations, recipients and signature. What has no place
 * in the schema stays as its section's paragraphs; nothing is dropped.
 */
export function draftOf(doc: SourceDocument): DraftReading {
  const o = outline(doc.items);
  const ctx: Ctx = { sources: [], numbers: 0, placed: 0 };
  const header = readHeader(o.header);
  const issuer = header.issuer ? sentenceCase(header.issuer.text) : undefined;
  const name = localityName(o, issuer, header.placeDate?.place) ?? '(chưa rõ)';
  const province = findPlace(o, 'tỉnh') ?? '(chưa rõ)';
  const district = findPlace(o, 'huyện');
  const year = header.placeDate?.year ?? Number(/\b(20\d\d)\b/.exec(o.subject?.text ?? '')?.[1] ?? '2024');
  const body = issuer ?? `Hội đồng nhân dân xã ${name}`;
  const thuongTruc = textOf(o.preamble).some((t) => /thuong truc/.test(fold(t)));
  const { documents, legalBases } = lifecycle(o, ctx);
  documents.conclusion = {
    number: header.number?.number ?? null,
    symbol: header.number?.symbol ?? 'TB-HĐND',
    date: header.placeDate?.date ?? `${year}`,
    place: header.placeDate?.place ?? name,
  };
  if (header.number)
    ctx.sources.push({ path: ['documents', 'conclusion', 'number'], place: header.number.place });
  if (header.placeDate)
    ctx.sources.push({ path: ['documents', 'conclusion', 'date'], place: header.placeDate.where });
  const part = (key: Part['key']) => o.parts.find((p) => p.key === key);
  const results = part('results');
  const sections: SectionInput[] = [];
  const top = partSections(results);
  const lead = results?.items ?? [];
  top.forEach((s, i) => {
    sections.push(sectionInput(s, ['sections', i], CCHC_XA.sections, ctx, i === 0 ? lead : []));
  });
  if (top.length === 0 && lead.length > 0) {
    sections.push(
      sectionInput(
        {
          heading: results?.heading as TextItem,
          title: results?.heading.text ?? 'Kết quả',
          items: lead,
          children: [],
        },
        ['sections', 0],
        [],
        ctx,
      ),
    );
  }
  // A document that is no conclusion notice keeps every paragraph in one section.
  const preambleTexts = textOf(o.preamble);
  if (o.parts.length === 0 && preambleTexts.length > 0) {
    sections.push(
      sectionInput(
        { heading: o.preamble[0] as TextItem, title: 'Nội dung', items: o.preamble, children: [] },
        ['sections', sections.length],
        [],
        ctx,
      ),
    );
  }
  const draft: SupervisionInput = {
    schemaVersion: 1,
    id: slug(`${name} ${year}`),
    year,
    subject: o.subject?.text ?? 'Thông báo kết luận giám sát',
    framework: 'cchc-xa',
    body: { level: 'xa', kind: thuongTruc ? 'thuong-truc' : 'hdnd', name: body },
    locality: { unit: 'xa', name, province, ...(district ? { district } : {}) },
    supervised: [`Ủy ban nhân dân xã ${name}`],
    legalBases,
    preamble: o.parts.length === 0 ? [] : preambleTexts,
    documents: documents as SupervisionInput['documents'],
    sections,
    recommendations: recommendations(part('recommendations'), ctx),
    recipients: o.recipients.map((r) => r.text.replace(/^[-+•]\s*/, '')),
    signature: signature(o.signature, ctx) as SupervisionInput['signature'],
  };
  if (header.parent) draft.body.parent = sentenceCase(header.parent.text);
  if (o.subject) ctx.sources.push({ path: ['subject'], place: o.subject.place });
  if (o.parts.length > 0)
    o.preamble.forEach((item, i) => {
      ctx.sources.push({ path: ['preamble', i], place: whole(item) });
    });
  o.recipients.forEach((item, i) => {
    ctx.sources.push({ path: ['recipients', i], place: whole(item) });
  });
  const pa = assessment(part('process'), 'processAssessment', ctx);
  if (pa) draft.processAssessment = pa;
  const ga = assessment(part('assessment'), 'assessment', ctx);
  if (ga) draft.assessment = ga;
  if (o.closing) {
    draft.closing = o.closing.text;
    ctx.sources.push({ path: ['closing'], place: o.closing.place });
  }
  const signer = draft.signature.signer;
  if (/truong doan/.test(fold(draft.signature.position)) && signer !== '(chưa rõ)') {
    const member: { name: string; role: 'truong-doan'; title?: string } = {
      name: signer,
      role: 'truong-doan',
    };
    if (draft.signature.title) member.title = draft.signature.title;
    draft.delegation = [member];
  }
  return {
    draft,
    sources: ctx.sources,
    numbers: ctx.numbers,
    placed: ctx.placed,
    recognised: {
      header: header.number !== undefined || header.placeDate !== undefined,
      title: o.title !== undefined,
      parts: o.parts.map((p) => p.key),
      signature: o.signature.length > 0,
    },
  };
}
