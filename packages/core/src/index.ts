// @diemmac/core: the public API, listed explicitly: what the README documents. The helpers only
// diemmac's own adapters need are at `@diemmac/core/adapters` (src/adapters/index.ts).

export { NATIONAL_DOCUMENTS } from './catalogue/national.js';
export type { CataloguedDocumentInput, DocumentNumbering } from './catalogue/schema.js';
export { CataloguedDocument, DOCUMENT_NUMBERING } from './catalogue/schema.js';
export type { FindingCode } from './checks/catalogue.js';
export { FINDING_CODES, RULES } from './checks/catalogue.js';
export type { CheckDay, Checker, CheckerOptions, CheckOptions } from './checks/check.js';
// Checks
export { asOfDate, checkSupervision, createChecker, RULE_FAILED } from './checks/check.js';
export type { CheckConfigInput } from './checks/config.js';
export { CheckConfig } from './checks/config.js';
export type {
  CheckContext,
  Draft,
  Finding,
  Param,
  Path,
  Quantity,
  QuantityUnit,
  Rule,
  Severity,
  Suggestion,
} from './checks/types.js';
export { SEVERITIES } from './checks/types.js';
export type { Citation, Relation, RelationKind } from './citations/schema.js';
// Citations: the documents a supervision cites (their reading and writing are adapters' helpers)
export { CitationInput, RELATION_KINDS, StructuredCitation } from './citations/schema.js';
export type { DocumentType } from './citations/types.js';
export { DOCUMENT_TYPE_CODES, DOCUMENT_TYPES } from './citations/types.js';
// Dates: a day as its parts, what `now` and `asOf` take
export type { DayParts } from './dates/calendar.js';
export type { BudgetDirection, FigureKind } from './figures/schema.js';
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
export type { CivilDate, DraftDate, ValueIssueCode } from './figures/values.js';
export {
  CountValue,
  DateValue,
  DraftDateValue,
  FIGURE_BOUNDS,
  MoneyValue,
  Period,
  RateValue,
  ScoreValue,
} from './figures/values.js';
export type {
  AmountInWordsOptions,
  CivilDateParts,
  DecimalFormatOptions,
  DraftDateParts,
  FormatLocale,
  IntegerInput,
  LocaleOptions,
} from './format/index.js';
// Formatting the Vietnamese way
export {
  amountInWords,
  DRAFT_DAY_BLANK,
  formatDateLong,
  formatDateShort,
  formatDecimal,
  formatInteger,
  formatMoney,
  formatPercent,
  formatPlaceDate,
  readAmountInWords,
} from './format/index.js';
// Frameworks a province may replace
export { BudgetCategory, COMMUNE_BUDGET_CATEGORIES } from './frameworks/budget.js';
export { DEFAULT_FRAMEWORKS, Frameworks, withFrameworks } from './frameworks/framework.js';
export { INDEX766_DECISION_5, INDEX766_PORTAL_6, Index766Framework } from './frameworks/index766.js';
export { CCHC_XA, OutlineFramework, OutlineNode } from './frameworks/outline.js';
export type { ExtraWording } from './messages/index.js';
// Messages
export { formatFinding, formatIssue, ruleTitle, severityLabel } from './messages/index.js';
export { formatSyntaxIssue } from './messages/syntax.js';
export type { Lang, RuleWording, Show } from './messages/types.js';
export type {
  FindingWords,
  InspectedFinding,
  InspectedIssue,
  Inspection,
  Inspector,
  InspectorOptions,
  Locate,
} from './pipeline/inspect.js';
export { createInspector } from './pipeline/inspect.js';

// Names: the commune's declared names and every other spelling of them

// What a rule reads (`CheckContext.index`): the types of the prepared index, so that a province's
// code rules and adapters can name what they are handed. Types only: the classes are built by the checker.
export type { ModelIndex } from './checks/model-index.js';
export type { TextEntry, Texts, WordsField } from './checks/texts.js';
export type { ValueEntry } from './checks/values.js';
export type { SectionEntry } from './checks/walk.js';
export type { CitationBook, Cited } from './citations/book.js';
export type { CitationEntry, CitationSource } from './citations/collect.js';
export type { IssuerKey } from './citations/issuer-key.js';
export type { IssuerLevel, IssuerReading } from './citations/issuers.js';
export type { TextReadings } from './citations/readings.js';
export type { RegisterDocument } from './citations/register.js';
export type { DecimalValue } from './numbers/decimal.js';
// Numbers
export { Decimal } from './numbers/decimal.js';
export type { NumberContext, ReadError, ReadNote, ReadResult, Reported } from './numbers/reported.js';
export { readNumber } from './numbers/reported.js';
export type { RateOptions, RoundingMode } from './numbers/rounding.js';
export { exactRate, matchingModes, ROUNDING_MODES, rate, roundTo } from './numbers/rounding.js';
// Packs: what a province brings to reuse the model without forking it
export { DEFAULT_PACK } from './packs/default.js';
export { packJsonSchema } from './packs/json-schema.js';
export { FIGURE_KINDS } from './packs/references.js';
export type { CodeRule, ResolvedPack, ResolveOptions, RuleInfo } from './packs/resolve.js';
export { PackInputError, resolvePack, safeResolvePack } from './packs/resolve.js';
export type { DataRuleInput, MissingStrategy, Operator, PackInput } from './packs/schema.js';
export {
  Bilingual,
  DataRule,
  DOCUMENT_LEVELS,
  MISSING_STRATEGIES,
  NUMBERING_STYLES,
  OPERATORS,
  Pack,
  PackDocument,
  PackOutline,
  PackOutlineNode,
  PackWording,
  RuleSide,
} from './packs/schema.js';
export type { PackTextResult } from './packs/text.js';
export { safeResolvePackText } from './packs/text.js';
export { parseCheckConfig } from './parse/config.js';
export type { InputIssue, InputIssueCode } from './parse/issues.js';
export type { ParseResult, TextParseResult } from './parse/parse.js';
// Parsing
export {
  parseSupervision,
  parseSupervisionText,
  parseSupervisionUnsafe,
  SupervisionInputError,
} from './parse/parse.js';
export type { Position, SyntaxIssue, TextResult } from './parse/yaml.js';
export { MAX_NESTING, type ReadOptions, readText } from './parse/yaml.js';
export { supervisionJsonSchema } from './supervision/json-schema.js';
export type { SectionInput, SupervisionInput } from './supervision/schema.js';
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
  SupervisingBody,
  Supervision,
} from './supervision/schema.js';
