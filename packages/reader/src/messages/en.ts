import type { RuleWording } from '@diemmac/core';

const p = (f: { params: Record<string, unknown> }, key: string): string => {
  const v = f.params[key];
  return Array.isArray(v) ? v.join(', ') : String(v ?? '');
};

/** English wording of the reader's findings. */
export const en: Record<string, RuleWording> = {
  'text.repeated-words': {
    title: 'No word or phrase written twice in a row',
    text: (f) => `"${p(f, 'phrase')}" is written twice in a row: "${p(f, 'written')}".`,
  },
  'text.symbol-form': {
    title: 'Document numbers and symbols in the form of Decree 30/2020/NĐ-CP',
    text: (f) =>
      `The number and symbol "${p(f, 'written')}" are not in Decree 30/2020's form (no spaces, a plain hyphen, no space before the colon): "${p(f, 'expected')}".`,
  },
  'text.decimal-marks': {
    title: 'One decimal mark per document',
    text: (f) =>
      `The notice uses a point as the decimal mark in ${p(f, 'count')} places (${p(f, 'written')}) while elsewhere it writes the Vietnamese way (${p(f, 'vietnamese')}: point for thousands, comma for decimals).`,
  },
  'text.numbering': {
    title: 'Section numbers follow on, without restarting or skipping',
    text: (f) =>
      p(f, 'problem') === 'restart'
        ? `Section "${p(f, 'written')}" starts the numbering again after ${p(f, 'after')} at the same level: the level of what follows is unclear.`
        : `Section "${p(f, 'written')}" skips a number (previous at that level: ${p(f, 'after')}).`,
  },
  'text.stray-separator': {
    title: 'No stray or misplaced punctuation',
    text: (f) => `Stray or misplaced punctuation: "${p(f, 'written')}".`,
  },
  'text.amount-in-words': {
    title: 'An amount in words says the amount in figures',
    text: (f) =>
      `The amount ${p(f, 'written')} đồng is written in words as "${p(f, 'words')}", which should read "${p(f, 'expected')}".`,
  },
  'reader.unknown-format': {
    title: 'A file format the reader opens',
    text: (f) => `Cannot read "${p(f, 'name')}": diemmac reads ${p(f, 'formats')}.`,
  },
  'reader.unreadable': {
    title: 'A readable file',
    text: (f) =>
      `Cannot read the content of "${p(f, 'name')}" (${p(f, 'reason')}): the file is damaged or not what its name says.`,
  },
  'reader.not-a-notice': {
    title: 'The layout of a supervision conclusion notice',
    text: (f) =>
      `The layout of a supervision conclusion notice was not recognised (missing: ${p(f, 'missing')}); its paragraphs are kept in the draft as they are.`,
  },
  'reader.understood': {
    title: 'Share of the figures read',
    text: (f) =>
      `${p(f, 'placed')} of the ${p(f, 'numbers')} figures of the text were placed in a figure statement (${p(f, 'share')}%).`,
  },
};
