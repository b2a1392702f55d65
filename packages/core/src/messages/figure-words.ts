import { FIGURE_DESCRIPTORS } from '../figures/descriptors.js';
import { fieldTerm, inSentence } from '../vocabulary/words.js';
import type { Lang } from './types.js';

/**
 * The words findings use for the parts of a dossier total ("qua mạng", "chưa tới hạn"),
 * keyed as the findings' params name them, taken from the dossier descriptor.
 */
export function partWords(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of FIGURE_DESCRIPTORS.dossiers.items) {
    if (!('group' in item) || item.group === 'other') continue;
    for (const f of item.items) {
      const key = 'path' in f ? f.path.split('.')[1] : undefined;
      if (key && key !== 'total' && 'term' in f) out[key] = inSentence(f.term[lang]);
    }
  }
  return out;
}

/**
 * The words findings use for the labels the checks give a figure ("digitisation",
 * "revenue", "cadres"…): a kind by its name, a budget side or a staffing group by its field.
 */
export function labelWords(lang: Lang): Record<string, string> {
  const kind = (k: keyof typeof FIGURE_DESCRIPTORS) => FIGURE_DESCRIPTORS[k].term[lang];
  const staffing = (path: string) => fieldTerm('staffing', path.split('.'))?.[lang] ?? path;
  return {
    digitisation: kind('digitisation'),
    onlineServices: kind('onlineServices'),
    revenue: fieldTerm('budget', ['revenue'])?.[lang] ?? 'revenue',
    expenditure: fieldTerm('budget', ['expenditure'])?.[lang] ?? 'expenditure',
    cadres: staffing('cadres.total'),
    civilServants: staffing('civilServants.total'),
    present: staffing('present'),
    // In a sentence: "Số liệu hồ sơ thủ tục hành chính và …"
    dossiers: inSentence(kind('dossiers')),
    budget: inSentence(kind('budget')),
    staffing: inSentence(kind('staffing')),
  };
}

/** The words for the petitions a resolved count is held against ("thuộc thẩm quyền"). */
export function petitionWords(lang: Lang): Record<string, string> {
  const word = (key: string) => inSentence(fieldTerm('citizenReception', ['petitions', key])?.[lang] ?? key);
  return { withinJurisdiction: word('withinJurisdiction'), received: word('received') };
}
