import { formatInteger } from '@diemmac/core';
import { showPath } from '@diemmac/core/adapters';
import type { Messages } from '../i18n/vi.js';
import { getIn } from './doc.js';

type Key = string | number;

/** Words for the places outside the results sections, from the UI catalogue. */
function generalWords(t: Messages): Record<string, string> {
  const g = t.general;
  return {
    id: g.id,
    year: g.year,
    subject: g.subject,
    'body.name': g.bodyName,
    'body.shortName': g.bodyShortName,
    'locality.name': g.locality,
    'locality.district': g.district,
    'locality.province': g.province,
    'documents.conclusion.number': `${g.conclusion} · ${t.citation.number}`,
    'documents.conclusion.date': `${g.conclusion} · ${t.citation.date}`,
    'documents.conclusion.place': `${g.conclusion} · ${g.conclusionPlace}`,
    'signature.signer': g.signer,
    'signature.position': g.position,
    closing: g.closing,
    preamble: g.preamble,
    recipients: g.recipients,
    'processAssessment.strengths': g.processStrengths,
    'processAssessment.limitations': g.processLimitations,
    'assessment.strengths': g.strengths,
    'assessment.limitations': g.limitations,
    delegation: t.start.delegation,
  };
}

/**
 * A document path in words, as a secretary reads it: "Mục 2.2 · Tiếp nhận · Qua mạng"
 * rather than sections[1].sections[1].figures[0].received.online. Falls back to the
 * path itself for a place the catalogue has no words for.
 *
 * @example
 * describePath(doc, ['sections', 1, 'sections', 1, 'figures', 0, 'received', 'online'], vi)
 * // 'Mục 2.2 · Tiếp nhận · Qua mạng'
 */
export function describePath(doc: unknown, path: readonly Key[], t: Messages): string {
  const parts: string[] = [];
  let i = 0;
  let section: string | undefined;
  while (path[i] === 'sections' && typeof path[i + 1] === 'number') {
    const s = getIn(doc, path.slice(0, i + 2)) as { number?: string; title?: string } | undefined;
    section = s?.number ?? s?.title ?? String((path[i + 1] as number) + 1);
    i += 2;
  }
  if (section !== undefined) parts.push(`${t.section} ${section.replace(/\.$/, '')}`);
  const rest = path.slice(i);
  if (section !== undefined) {
    if (rest[0] === 'figures' && rest.length === 1) {
      parts.push(t.figures);
    } else if (rest[0] === 'figures' && typeof rest[1] === 'number') {
      const kind = (getIn(doc, path.slice(0, i + 2)) as { kind?: string } | undefined)?.kind ?? '';
      const fields = rest.slice(2);
      if (fields.length === 0) parts.push(t.kinds[kind as keyof Messages['kinds']] ?? kind);
      else parts.push(...fieldWords(kind, fields, t));
    } else if (rest[0] === 'paragraphs' || rest[0] === 'citations') {
      parts.push(rest[0] === 'paragraphs' ? t.paragraphs : t.citations);
      if (typeof rest[1] === 'number') parts.push(String(rest[1] + 1));
      if (typeof rest[2] === 'string')
        parts.push(t.citation[rest[2] as keyof Messages['citation']] ?? rest[2]);
    } else if (rest[0] === 'title' || rest[0] === 'number') {
      parts.push(rest[0] === 'title' ? t.title : t.number);
    } else if (rest.length > 0) parts.push(showPath(rest));
    return parts.join(' · ');
  }
  if (path[0] === 'recommendations' && typeof path[1] === 'number') {
    const column: Record<string, string> = {
      addressee: t.addressee,
      content: t.content,
      deadline: t.deadline,
      status: t.status,
    };
    return [
      `${t.recommendations} ${path[1] + 1}`,
      ...(path[2] ? [column[path[2]] ?? String(path[2])] : []),
    ].join(' · ');
  }
  const words = generalWords(t);
  for (let n = path.length; n > 0; n--) {
    const key = path
      .slice(0, n)
      .filter((k) => typeof k === 'string')
      .join('.');
    if (words[key] && path.slice(0, n).every((k) => typeof k === 'string')) {
      const tail = path.slice(n).map((k) => (typeof k === 'number' ? String(k + 1) : k));
      return [words[key], ...tail].join(' · ');
    }
  }
  const step = path[0] === 'documents' && typeof path[1] === 'string' ? path[1] : undefined;
  if (step && step in t.lifecycle) {
    const field = path[2];
    return [
      t.lifecycle[step as keyof Messages['lifecycle']],
      ...(typeof field === 'string' ? [t.citation[field as keyof Messages['citation']] ?? field] : []),
    ].join(' · ');
  }
  return showPath(path);
}

/** "Tiếp nhận · Qua mạng", "Thành phần 2 · Điểm": the group, the row, the field. */
function fieldWords(kind: string, fields: readonly Key[], t: Messages): string[] {
  const out: string[] = [];
  const named: string[] = [];
  for (const k of fields) {
    if (typeof k === 'number') {
      out.push(String(k + 1));
      continue;
    }
    named.push(k);
    const word =
      t.fields[`${kind}.${named.join('.')}`] ?? t.fields[named.join('.')] ?? t.fields[`${kind}.${k}`];
    out.push(word ?? k);
  }
  return out;
}

/**
 * A value of the history as written; a figure's integers the Vietnamese way (2.173), as the
 * findings show them; a figure block by its kind ("Thu, chi ngân sách"), not as JSON.
 */
export function describeValue(value: unknown, path: readonly Key[], t?: Messages): string {
  if (value === undefined || value === null) return '∅';
  const kindOf = (v: unknown) =>
    v !== null && typeof v === 'object' && typeof (v as { kind?: unknown }).kind === 'string'
      ? (v as { kind: string }).kind
      : undefined;
  if (t && Array.isArray(value) && value.length > 0 && value.every((v) => kindOf(v))) {
    return value.map((v) => t.kinds[kindOf(v) as keyof Messages['kinds']] ?? kindOf(v)).join('; ');
  }
  if (t && kindOf(value)) return t.kinds[kindOf(value) as keyof Messages['kinds']] ?? String(kindOf(value));
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('; ');
  const figure = path.includes('figures');
  if (figure && typeof value === 'number' && Number.isSafeInteger(value)) {
    return formatInteger(String(value), { locale: 'vi' });
  }
  if (figure && typeof value === 'string' && /^\d{4,15}$/.test(value))
    return formatInteger(value, { locale: 'vi' });
  if (typeof value === 'string') return value;
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 157)}…` : json;
}
