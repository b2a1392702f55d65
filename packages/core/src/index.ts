// @diemmac/core: the public API, listed explicitly.

// Numbers
export { Decimal, decimalFromNumber, WORKING_PRECISION } from './numbers/decimal.js';
export type { DecimalValue } from './numbers/decimal.js';
export { ROUNDING_MODES, exactRate, matchingModes, rate, roundTo } from './numbers/rounding.js';
export type { RateOptions, RoundingMode } from './numbers/rounding.js';
export { readNumber } from './numbers/reported.js';
export type { NumberContext, ReadError, ReadNote, ReadResult, Reported } from './numbers/reported.js';

// Formatting the Vietnamese way
export {
  DRAFT_DAY_BLANK,
  amountInWords,
  formatDateLong,
  formatDateShort,
  formatDecimal,
  formatInteger,
  formatMoney,
  formatPercent,
  formatPlaceDate,
} from './format/index.js';
export type {
  AmountInWordsOptions,
  CivilDateParts,
  DecimalFormatOptions,
  DraftDateParts,
  FormatLocale,
  IntegerInput,
  LocaleOptions,
} from './format/index.js';

// Dates
export { compareDates, daysInMonth, isRealDate } from './dates/calendar.js';
export type { DayParts } from './dates/calendar.js';

// The model
export {
  AmountBlock,
  BUDGET_DIRECTIONS,
  BudgetBlock,
  BudgetLine,
  CountBlock,
  DialogueBlock,
  DigitisationBlock,
  DossierBlock,
  FigureBlock,
  Index766Block,
  Index766Component,
  OnlineServicesBlock,
  RatioBlock,
  StaffingBlock,
} from './figures/schema.js';
export type { BudgetDirection, FigureKind } from './figures/schema.js';
export { CountValue, DateValue, DraftDateValue, MoneyValue, Period, RateValue, ScoreValue } from './figures/values.js';
export type { CivilDate, DraftDate, ValueIssueCode } from './figures/values.js';
export { CitationInput } from './citations/schema.js';
export {
  AUTHORITY_PREFIXES,
  BODY_KINDS,
  BODY_LEVELS,
  ConclusionNotice,
  DelegationMember,
  Lifecycle,
  Locality,
  MEMBER_ROLES,
  RECOMMENDATION_STATUSES,
  Recommendation,
  ReportDue,
  Section,
  Signature,
  Supervision,
  SupervisingBody,
} from './supervision/schema.js';
export type { SectionInput, SupervisionInput } from './supervision/schema.js';
export { supervisionJsonSchema } from './supervision/json-schema.js';

// Frameworks a province may replace
export { BudgetCategory, COMMUNE_BUDGET_CATEGORIES } from './frameworks/budget.js';
export { DEFAULT_FRAMEWORKS, Frameworks, withFrameworks } from './frameworks/framework.js';
export { INDEX766_DECISION_5, INDEX766_PORTAL_6, Index766Framework } from './frameworks/index766.js';
export { CCHC_XA, OutlineFramework, OutlineNode, outlineParents } from './frameworks/outline.js';

// Parsing
export { parseSupervision, parseSupervisionText, parseSupervisionUnsafe, SupervisionInputError } from './parse/parse.js';
export type { ParseResult, TextParseResult } from './parse/parse.js';
export { readText } from './parse/yaml.js';
export type { Position, SyntaxIssue, TextResult } from './parse/yaml.js';
export type { InputIssue, InputIssueCode } from './parse/issues.js';
export { parseCheckConfig } from './parse/config.js';

// Checks
export { checkSupervision, countBySeverity } from './checks/check.js';
export type { CheckOptions } from './checks/check.js';
export { FINDING_CODES, RULES } from './checks/catalogue.js';
export type { FindingCode } from './checks/catalogue.js';
export { CheckConfig } from './checks/config.js';
export type { CheckConfigInput } from './checks/config.js';
export { SEVERITIES } from './checks/types.js';
export type { CheckContext, Draft, Finding, Param, Path, Quantity, QuantityUnit, Rule, Severity, Suggestion } from './checks/types.js';
export { figures, figuresOf, sections } from './checks/walk.js';
export type { FigureEntry } from './checks/walk.js';

// Messages
export { MESSAGES, formatFinding, formatIssue, ruleTitle, severityLabel } from './messages/index.js';
export type { ExtraWording } from './messages/index.js';
export type { Lang, MessageCatalog, RuleWording, Show } from './messages/types.js';
export { showPath, showQuantity } from './messages/show.js';
