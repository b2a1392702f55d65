// The ground floor: the shapes every folder of the core speaks (paths, figures shown in findings,
// findings themselves). It imports nothing of ours, so any module may import it without making a
// circle (issue 10).

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where a value stands in the supervision's data: keys and indices, as zod reports them. */
export type Path = (string | number)[];

export type QuantityUnit = 'count' | 'dong' | 'percent' | 'points';

/** A figure shown in a finding: exact value, unit, and the written form when the notice wrote it. */
export interface Quantity {
  /** Canonical decimal text: "2169", "92.8763". */
  value: string;
  unit: QuantityUnit;
  /** Decimal places to show. */
  scale?: number | undefined;
  /** As the notice wrote it: "92,87". */
  written?: string | undefined;
}

export type Param = string | number | Quantity | string[];

/** A value that would make the figures agree. */
export interface Suggestion {
  path: Path;
  value: Quantity;
  /** What the field is, for the wording: "dossiers.resolved.total". */
  field?: string | undefined;
}

/** One thing the checker found: data, worded later by a message module. */
export interface Finding {
  code: string;
  severity: Severity;
  /** The figures the rule read. The first is where the reader should look. */
  paths: Path[];
  computed?: Quantity | undefined;
  reported?: Quantity | undefined;
  params: Record<string, Param>;
  suggestion?: Suggestion | undefined;
  legalBasis?: string | undefined;
}

/** What a rule returns; the engine adds code and severity. */
export type Draft = Omit<Finding, 'code' | 'severity' | 'legalBasis'>;
