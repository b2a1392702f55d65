import { labelWords, partWords, petitionWords } from './figure-words.js';

/** Words the English findings share (parts of a figure, steps, issuing bodies…). */
export const PART = partWords('en');
export const PETITION = petitionWords('en');
export const STEP: Record<string, string> = {
  programme: 'the programme resolution',
  plan: 'the supervision plan',
  delegationDecision: 'the decision establishing the delegation',
  contentNotice: 'the notice of content and outline',
  survey: 'the survey',
  conference: 'the supervision conference',
  conclusion: 'the conclusion notice',
};
export const LABEL: Record<string, string> = labelWords('en');
export const MODE: Record<string, string> = {
  'half-up': 'half-up',
  'half-even': 'half-even',
  truncate: 'truncation',
};
export const BODY: Record<string, string> = {
  UBND: "the People's Committee",
  HĐND: "the People's Council",
  TTHĐND: "the Standing Board of the People's Council",
  ĐU: 'the Party Committee',
  BCĐ: 'the Steering Committee',
  MTTQ: 'the Fatherland Front Committee',
  HU: 'the District Party Committee',
  TU: 'the Provincial Party Committee',
  CP: 'the Government',
  TTg: 'the Prime Minister',
  VPCP: 'the Government Office',
  QH: 'the National Assembly',
  UBTVQH: 'the National Assembly Standing Committee',
  TW: 'the Party Central Committee',
};
export const RELATION: Record<string, string> = {
  amends: 'amend',
  implements: 'implement',
  replaces: 'replace',
};
export const RELATED: Record<string, string> = {
  amends: 'amending',
  implements: 'implementing',
  replaces: 'replacing',
};
export const CITATION_FIELD: Record<string, string> = {
  type: 'type',
  number: 'number',
  year: 'year in the number',
  symbol: 'symbol',
  party: 'Party numbering',
  date: 'date',
};
export const UNREADABLE: Record<string, string> = {
  empty: 'empty',
  'no-type': 'no document type',
  'no-number': 'no number and symbol',
  'bad-symbol': 'a malformed symbol',
  'bad-date': 'a malformed date',
};
export const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
export const label = (s: string | undefined) => (s ? (LABEL[s] ?? s) : '');
export const parts = (params: Record<string, unknown>, show: (p: never) => string) =>
  Object.entries(params)
    .filter(([k]) => k in PART)
    .map(([k, v]) => `${PART[k]} ${show(v as never)}`)
    .join(' + ');
