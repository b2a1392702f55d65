import { followUpIssuesEn } from '../followup/issues.js';
import { formatInteger } from '../format/number.js';
import { labelWords, partWords, petitionWords } from './figure-words.js';
import { engineEn, packIssuesEn } from './packs.js';
import type { MessageCatalog } from './types.js';

const PART = partWords('en');
const PETITION = petitionWords('en');
const STEP: Record<string, string> = {
  programme: 'the programme resolution',
  plan: 'the supervision plan',
  delegationDecision: 'the decision establishing the delegation',
  contentNotice: 'the notice of content and outline',
  survey: 'the survey',
  conference: 'the supervision conference',
  conclusion: 'the conclusion notice',
};
const LABEL: Record<string, string> = labelWords('en');
const MODE: Record<string, string> = {
  'half-up': 'half-up',
  'half-even': 'half-even',
  truncate: 'truncation',
};
const BODY: Record<string, string> = {
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
const RELATION: Record<string, string> = { amends: 'amend', implements: 'implement', replaces: 'replace' };
const RELATED: Record<string, string> = {
  amends: 'amending',
  implements: 'implementing',
  replaces: 'replacing',
};
const CITATION_FIELD: Record<string, string> = {
  type: 'type',
  number: 'number',
  year: 'year in the number',
  symbol: 'symbol',
  party: 'Party numbering',
  date: 'date',
};
const UNREADABLE: Record<string, string> = {
  empty: 'empty',
  'no-type': 'no document type',
  'no-number': 'no number and symbol',
  'bad-symbol': 'a malformed symbol',
  'bad-date': 'a malformed date',
};
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
const label = (s: string | undefined) => (s ? (LABEL[s] ?? s) : '');
const parts = (params: Record<string, unknown>, show: (p: never) => string) =>
  Object.entries(params)
    .filter(([k]) => k in PART)
    .map(([k, v]) => `${PART[k]} ${show(v as never)}`)
    .join(' + ');

/** Names of the fields a suggestion may speak of. */
const FIELD: Record<string, string> = { 'dossiers.resolved.total': 'dossiers resolved' };

/** English messages. */
export const en: MessageCatalog = {
  lang: 'en',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  findings: {
    'dossier.received-breakdown': {
      title: 'Dossiers received equal the channels plus those carried over',
      text: (f, s) =>
        `Dossiers received are given as ${s.q(f.reported)}, but ${parts(f.params, s.param)} = ${s.q(f.computed)}.`,
    },
    'dossier.resolved-breakdown': {
      title: 'Dossiers resolved equal early + on time + late',
      text: (f, s) =>
        `Dossiers resolved are given as ${s.q(f.reported)}, but ${parts(f.params, s.param)} = ${s.q(f.computed)}.`,
    },
    'dossier.pending-breakdown': {
      title: 'Dossiers pending equal not yet due + overdue',
      text: (f, s) =>
        `Dossiers pending are given as ${s.q(f.reported)}, but ${parts(f.params, s.param)} = ${s.q(f.computed)}.`,
    },
    'dossier.balance': {
      title: 'Dossiers received equal resolved + pending (+ withdrawn, suspended)',
      text: (f, s) =>
        `${s.q(f.reported)} dossiers received, but resolved ${s.param(f.params.resolved)} + pending ${s.param(f.params.pending)} = ${s.q(f.computed)}.`,
    },
    'dossier.apologies': {
      title: 'Every late dossier has a written apology',
      text: (f, s) =>
        `${s.q(f.computed)} dossiers were resolved late but only ${s.q(f.reported)} written apologies are reported.`,
    },
    'index766.score-over-max': {
      title: 'A component score does not exceed its maximum',
      text: (f, s) =>
        `The score of "${s.param(f.params.component)}" is ${s.q(f.reported)}, above its maximum ${s.q(f.computed)}.`,
    },
    'index766.total': {
      title: 'The 766 index total matches its components (within rounding)',
      text: (f, s) =>
        `The total is given as ${s.q(f.reported)}, but the components add up to ${s.q(f.computed)} (tolerance ±${s.param(f.params.tolerance)}).`,
    },
    'index766.framework': {
      title: 'Components and maxima follow the 766 framework version',
      text: (f, s) =>
        f.params.problem === 'unknown-framework'
          ? `There is no 766 framework "${s.param(f.params.framework)}".`
          : f.params.problem === 'unknown-component'
            ? `Framework "${s.param(f.params.framework)}" has no component "${s.param(f.params.component)}".`
            : `The maximum of "${s.param(f.params.component)}" is given as ${s.q(f.reported)}; framework "${s.param(f.params.framework)}" sets ${s.q(f.computed)}.`,
    },
    'digitisation.exceeds-received': {
      title: 'No more dossiers digitised than received in the same period',
      text: (f, s) =>
        `${s.q(f.reported)} dossiers digitised (${s.param(f.params.periods).split('; ')[0]}) while only ${s.q(f.computed)} were received, carried over included (${s.param(f.params.periods).split('; ')[1]}); if components or results are counted, the notice should say so.`,
    },
    'rate.mismatch': {
      title: 'A reported rate matches its figures under an accepted rounding convention',
      text: (f, s) =>
        `${label(s.param(f.params.label))}: ${s.param(f.params.part)}/${s.param(f.params.whole)} = ${s.q(f.computed)}, but the notice gives ${s.q(f.reported)}${f.params.extreme ? ' (100% or 0% only when exact, whatever the rounding)' : ''}.`,
    },
    'rounding.mixed': {
      title: 'All rates of one notice follow one rounding convention',
      text: (f) => {
        const groups = Object.entries(f.params)
          .filter(([k]) => k.startsWith('by:'))
          .map(([k, v]) => {
            const modes = k
              .slice(3)
              .split('/')
              .map((m) => MODE[m] ?? m)
              .join(' or ');
            return `${modes}: ${(v as string[]).map(label).join(', ')}`;
          });
        return `The notice rounds its rates in different ways (${groups.join('; ')}).`;
      },
    },
    'budget.item-direction': {
      title: 'Budget lines sit under the right direction (revenue or expenditure)',
      text: (f, s) =>
        `${s.param(f.params.count)} revenue lines are listed under ${f.params.side === 'expenditure' ? 'expenditure' : 'revenue'}: ${s.param(f.params.items)}.`,
    },
    'budget.items-exceed-total': {
      title: 'Budget lines do not exceed their total',
      text: (f, s) =>
        `The ${f.params.side === 'revenue' ? 'revenue' : 'expenditure'} lines add up to ${s.q(f.computed)}, above the total ${s.q(f.reported)}.`,
    },
    'budget.unknown-category': {
      title: 'Budget categories are in the catalogue',
      text: (f, s) => `Category "${s.param(f.params.category)}" is not in the budget catalogue.`,
    },
    'figure.breakdown-sum': {
      title: 'Parts add up to their total',
      text: (f, s) =>
        f.params.complete === 'yes'
          ? `${label(s.param(f.params.label))}: the total is given as ${s.q(f.reported)}, but the parts add up to ${s.q(f.computed)}.`
          : `${label(s.param(f.params.label))}: the parts add up to ${s.q(f.computed)}, above the total ${s.q(f.reported)}.`,
    },
    'figure.part-exceeds-whole': {
      title: 'A part is not larger than its whole',
      text: (f, s) =>
        `${label(s.param(f.params.label))}: the part ${s.q(f.reported)} is larger than the whole ${s.q(f.computed)}.`,
    },
    'staffing.over-quota': {
      title: 'Staff present do not exceed the quota',
      text: (f, s) => `${s.q(f.reported)} staff are present, above the quota of ${s.q(f.computed)}.`,
    },
    'staffing.group-size': {
      title: 'A qualification share is counted over the whole group',
      text: (f, s) =>
        `"${s.param(f.params.label)}" is counted over ${s.q(f.reported)} people, but the group ${label(s.param(f.params.group))} has ${s.q(f.computed)}.`,
    },
    'period.conflict': {
      title: 'One group of figures states one period',
      text: (f, s) =>
        f.params.other
          ? `The ${label(s.param(f.params.kind))} and ${label(s.param(f.params.other))} figures count the same dossiers but are cut at different periods: ${s.param(f.params.periods)}.`
          : `The ${label(s.param(f.params.kind))} figures are announced for different periods: ${s.param(f.params.periods)}.`,
    },
    'period.inverted': {
      title: 'A period does not start after it ends',
      text: (f, s) => `The period ${s.param(f.params.periods)} starts after it ends.`,
    },
    'date.impossible': {
      title: 'Dates exist on the calendar',
      text: (f, s) => `The date "${s.param(f.params.written)}" does not exist.`,
    },
    'number.stray-separator': {
      title: 'Figures carry no stray separator',
      text: (f, s) =>
        `"${s.param(f.params.written)}" ends with a stray mark; it was read as ${s.param(f.params.read)}.`,
    },
    'lifecycle.order': {
      title: 'The supervision documents follow the order the law sets',
      text: (f, s) =>
        `${STEP[String(f.params.step)] ?? s.param(f.params.step)} (${s.param(f.params.date)}) is dated before ${STEP[String(f.params.before)] ?? s.param(f.params.before)} (${s.param(f.params.beforeDate)}).`,
    },
    'lifecycle.report-late': {
      title: 'Reports reach the delegation on time',
      text: (f, s) =>
        `The report of ${s.param(f.params.from)} arrived on ${s.param(f.params.received)}, after the due date ${s.param(f.params.due)}.`,
    },
    'recommendation.overdue': {
      title: 'Recommendations are carried out by their deadline',
      text: (f, s) =>
        `The recommendation to ${s.param(f.params.addressee)} is past its deadline ${s.param(f.params.deadline)} and not done.`,
    },
    'outline.section': {
      title: 'Mandatory sections present, numbering unbroken',
      text: (f, s) =>
        f.params.problem === 'unknown-framework'
          ? `There is no outline framework "${s.param(f.params.framework)}".`
          : f.params.problem === 'missing'
            ? `The mandatory section "${s.param(f.params.titleEn)}" (${s.param(f.params.key)}) is missing.`
            : `Section "${s.param(f.params.number)}" follows section "${s.param(f.params.after)}": the numbering skips or repeats.`,
    },
    'amount.words': {
      title: 'Amounts in words say the same sum as the figure',
      text: (f, s) =>
        `The amount is written ${s.q(f.reported)} but in words "${s.param(f.params.words)}", which is ${s.q(f.computed)}.`,
    },
    'legal.replaced-term': {
      title: 'No term the law has replaced',
      text: (f, s) =>
        `"${s.param(f.params.term)}" was replaced by "${s.param(f.params.replacement).replace('; ', '", "')}" from ${s.param(f.params.since)} (Decree 42/2022/NĐ-CP).`,
    },
    'legal.district-abolished': {
      title: 'No district-level bodies after 1 July 2025',
      text: (f, s) =>
        `"${s.param(f.params.body)}": from ${s.param(f.params.since)} local government has two levels (province, commune); districts no longer exist.`,
    },
    'reception.resolved-exceeds-received': {
      title: 'Petitions resolved do not exceed those within the commune’s jurisdiction (or those received)',
      text: (f, s) =>
        `${s.q(f.reported)} petitions resolved, more than ${f.params.bound === 'received' ? `the ${PETITION.received}` : `those ${PETITION.withinJurisdiction}`} (${s.q(f.computed)}).`,
    },
    'citation.number-reused': {
      title: 'One number of one body in one year names one document',
      text: (f, s) => {
        const subjects = list(f.params.subjects);
        const docs = list(f.params.dates).map(
          (d, i) => `dated ${d}${subjects[i] && subjects[i] !== '—' ? ` on ${subjects[i]}` : ''}`,
        );
        return `Number ${s.param(f.params.label)} is used for ${s.param(f.params.count)} different documents: ${docs.join('; ')}.`;
      },
    },
    'citation.symbol-issuer': {
      title: "A document's symbol matches the body said to have issued it",
      text: (f, s) =>
        `${s.param(f.params.label)} carries the symbol of ${BODY[String(f.params.symbolBody)] ?? s.param(f.params.symbolBody)}, but is said to be issued by ${s.param(f.params.issuer)}.`,
    },
    'citation.relation-order': {
      title: 'A document does not amend, replace or implement one issued after it',
      text: (f, s) => {
        const kind = String(f.params.kind);
        const known = list(f.params.catalogued);
        return (
          `${s.param(f.params.label)} (${s.param(f.params.date)}) is said to ${RELATION[kind] ?? kind} ${s.param(f.params.target)} (${s.param(f.params.targetDate)}), which was issued after it.` +
          (known.length > 0
            ? ` The document catalogue records ${s.param(f.params.label)} as ${RELATED[kind] ?? kind} ${known.join(', ')}.`
            : '')
        );
      },
    },
    'citation.impossible-date': {
      title: "A cited document's date exists and falls in the year of its number",
      text: (f, s) =>
        f.params.reason === 'year'
          ? `${s.param(f.params.label)} carries the year ${s.param(f.params.year)} in its number but is dated ${s.param(f.params.written)}.`
          : `${s.param(f.params.label)}: the date "${s.param(f.params.written)}" does not exist.`,
    },
    'citation.after-notice': {
      title: 'A cited document was issued before the notice citing it',
      text: (f, s) =>
        `${s.param(f.params.label)} is dated ${s.param(f.params.date)}, after the notice itself (${s.param(f.params.noticeDate)}).`,
    },
    'citation.number-order': {
      title: "A body's document numbers rise with their dates",
      text: (f, s) =>
        `Number ${s.param(f.params.label)} is dated ${s.param(f.params.date)}, ${f.params.way === 'before-lower' ? 'before the lower' : 'after the higher'} number ${s.param(f.params.other)} (dated ${s.param(f.params.otherDate)}): the numbers do not follow the dates of issue.`,
    },
    'citation.catalogue-number': {
      title: 'A catalogued document (national or provincial) is cited under its own number',
      text: (f, s) =>
        `${s.param(f.params.label)} is not in the document catalogue; what it is cited for (${s.param(f.params.subject)}) is the subject of ${s.param(f.params.expected)}.`,
    },
    'citation.catalogue-date': {
      title: 'A catalogued document (national or provincial) is cited with its date of issue',
      text: (f, s) =>
        `${s.param(f.params.label)} was issued on ${s.param(f.params.expected)}, but is cited as of ${s.param(f.params.date)}.`,
    },
    'citation.catalogue-subject': {
      title: 'A catalogued document (national or provincial) is cited for its own subject',
      text: (f, s) =>
        `${s.param(f.params.label)} is cited on "${s.param(f.params.subject)}", but that is the subject of ${s.param(f.params.expected)} (${s.param(f.params.expectedSubject)}).`,
    },
    'citation.expired': {
      title: "A cited document still applies on the notice's date",
      text: (f, s) =>
        `${s.param(f.params.label)} ceased to apply after ${s.param(f.params.until)}, but the notice is dated ${s.param(f.params.noticeDate)}${f.params.successor ? `; it was replaced by ${s.param(f.params.successor)}` : ''}.`,
    },
    'citation.text-differs': {
      title: "A citation's fields agree with its written text",
      text: (f, s) =>
        `The citation "${s.param(f.params.text)}" says otherwise than its fields on: ${list(f.params.fields)
          .map((x) => CITATION_FIELD[x] ?? x)
          .join(', ')}.`,
    },
    'citation.same-subject': {
      title: 'One subject is not issued twice under two numbers',
      text: (f, s) =>
        `${s.param(f.params.label)} (dated ${s.param(f.params.date)}) and ${s.param(f.params.other)} (dated ${s.param(f.params.otherDate)}) have the same subject: "${s.param(f.params.subject)}" and "${s.param(f.params.otherSubject)}".`,
    },
    'citation.unreadable': {
      title: 'Citations can be read',
      text: (f, s) =>
        `Could not read this citation: "${s.param(f.params.text)}" (${UNREADABLE[String(f.params.reason)] ?? s.param(f.params.reason)}); it is kept as written.`,
    },
    'name.variant': {
      title: 'The commune, district and province are written one way',
      text: (f, s) =>
        `"${s.param(f.params.name)}" is written "${s.param(f.params.variant)}" (${f.params.marks === 'missing' ? 'marks missing' : 'wrong marks'}) ${f.params.count === f.params.places ? '' : `${s.param(f.params.count)} times, `}in ${s.param(f.params.places)} ${f.params.places === 1 ? 'place' : 'places'}.`,
    },
  },
  issues: {
    required: (i, s) => `${s.path(i.path)}: required field is missing (expected ${i.expected ?? 'a value'}).`,
    type: (i, s) => `${s.path(i.path)}: wrong type, expected ${i.expected ?? '?'}, received ${i.received}.`,
    value: (i, s) =>
      `${s.path(i.path)}: invalid value, expected one of ${i.expected}, received ${i.received}.`,
    format: (i, s) => `${s.path(i.path)}: wrong format (${i.expected}), received ${i.received}.`,
    'too-small': (i, s) =>
      `${s.path(i.path)}: too small or too few, expected ${i.expected}, received ${i.received}.`,
    'too-big': (i, s) =>
      `${s.path(i.path)}: too big or too many, expected ${i.expected}, received ${i.received}.`,
    'unknown-keys': (i, s) => `${s.path(i.path) || '(root)'}: fields not in the model: ${i.received}.`,
    'number.unreadable': (i, s) =>
      `${s.path(i.path)}: cannot read the number ${i.received} (${
        {
          empty: 'it is empty',
          'not-a-number': 'it is not a number',
          'several-decimal-commas': 'it has more than one decimal comma',
          'bad-grouping': 'its thousands dots are misplaced',
          'unsafe-number': 'it is too large; write it in quotes',
        }[String(i.params.reason)] ?? String(i.params.reason)
      }); expected a number written the Vietnamese way, such as "5.824.272.835" or "92,87".`,
    'number.not-integer': (i, s) =>
      `${s.path(i.path)}: expected a whole number (a count or đồng), received ${i.received}.`,
    'number.negative': (i, s) =>
      `${s.path(i.path)}: expected a number that is not negative, received ${i.received}.`,
    'number.too-large': (i, s) =>
      `${s.path(i.path)}: number too large, expected at most ${formatInteger(String(i.params.max), { locale: 'en' })}, received ${i.received}.`,
    'number.too-precise': (i, s) =>
      `${s.path(i.path)}: too many decimals, expected at most ${i.params.maxScale} after the decimal mark, received ${i.received}.`,
    'date.unreadable': (i, s) =>
      `${s.path(i.path)}: cannot read the date ${i.received}; expected "dd/mm/yyyy" or "yyyy-mm-dd"${i.params.draft ? ' (a draft may write "mm/yyyy")' : ''}.`,
    'date.out-of-range': (i, s) =>
      `${s.path(i.path)}: day, month or year out of range, received ${i.received}.`,
    invalid: (i, s) => `${s.path(i.path)}: invalid value, received ${i.received}.`,
    'too-deep': (i, s) =>
      `${s.path(i.path) || '(root)'}: data nested more than ${String(i.params.limit)} levels deep; a supervision file never needs that many.`,
    ...packIssuesEn,
    ...followUpIssuesEn,
  },
  suggestion: (f, s) =>
    f.suggestion
      ? `Suggestion: with ${FIELD[f.suggestion.field ?? ''] ?? s.path(f.suggestion.path)} at ${s.q(f.suggestion.value)} the figures agree.`
      : '',
  expectedReceived: (e, r) => `expected ${e ?? '?'}, received ${r ?? '?'}`,
  unknownRule: (code) => `Rule "${code}" is not in the catalogue.`,
  engine: engineEn,
};
