// @diemmac/core/summary: a province's view across many checked supervisions, as of a day.
export type { SummaryWording } from './messages.js';
export { SUMMARY_WORDING } from './messages.js';
export type { Sample, Spread } from './spread.js';
export { spreadOf } from './spread.js';
export type { SupervisionStatus } from './status.js';
export { SUPERVISION_STATUSES, supervisionStatus } from './status.js';
export type {
  CommuneSummary,
  ComponentSpread,
  Index766Spread,
  OnTime,
  ProvinceSummary,
  RuleSummary,
  SeverityCounts,
  SummaryFilters,
  SummaryItem,
  SummaryOptions,
} from './summarise.js';
export { summarise } from './summarise.js';
