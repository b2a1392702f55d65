// @diemmac/core/adapters: the helpers diemmac's own adapters (the CLI, the web app, the notice,
// the reader, the sheets) use beyond the documented API: walking a model's figures, showing a
// path or a quantity, reading and writing citations, looking documents up in a catalogue, the
// calendar, the recomputed rates of the notice's annex. No stability promise beyond the version:
// a minor release may change them. What a user of the core needs is in the main entry.

export { aboutTopic, catalogueLabel, findCatalogued, inForce } from '../catalogue/lookup.js';
export { countBySeverity } from '../checks/check.js';
export { evaluateRates, type RateEvaluation } from '../checks/model-index.js';
export type { RateEntry } from '../checks/rates.js';
export { type FigureEntry, figures, figuresOf, sections } from '../checks/walk.js';
export { citationLabel, citationText, formatCitation } from '../citations/format.js';
export {
  type CitationReadError,
  CitationReadFailure,
  type CitationReading,
  type CitationSpan,
  findCitations,
  parseCitation,
  parseCitationUnsafe,
} from '../citations/parse.js';
export { documentType } from '../citations/types.js';
export { compareDates, daysInMonth, isRealDate } from '../dates/calendar.js';
export { MESSAGES } from '../messages/index.js';
export { showPath, showQuantity } from '../messages/show.js';
export type { MessageCatalog } from '../messages/types.js';
export { fromZodIssues } from '../parse/issues.js';
export { asNfc } from '../parse/yaml.js';
