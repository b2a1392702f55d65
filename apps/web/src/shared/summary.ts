import * as z from 'zod';
import { Day, SEVERITIES, SUPERVISION_STATUSES } from './api.js';

// The province's summary as the API sends it: counts, and exact decimals as strings (never floats).

const Sample = z.object({
  commune: z.string(),
  supervision: z.string(),
  value: z.object({
    written: z.string(),
    value: z.string(),
    scale: z.number().int(),
    notes: z.array(z.string()).meta({ description: 'How the figure was read ("dot-decimal"…)' }),
  }),
});
const Spread = z.object({ count: z.number().int(), min: Sample, median: z.string(), max: Sample });
const SeverityCounts = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
});
export const CommuneSummary = z.object({
  commune: z.string(),
  supervisions: z.number().int(),
  findings: SeverityCounts,
  onTime: z.object({
    resolved: z.string(),
    onTime: z.string(),
    late: z.string(),
    exact: z.string().optional().meta({ description: 'onTime ÷ resolved × 100, unrounded' }),
    rate: z.string().optional().meta({ description: 'The exact rate rounded as `rounding` says' }),
    blocks: z.number().int(),
    notBrokenDown: z.number().int(),
  }),
  index766: z.object({ total: Sample, year: z.number().int() }).optional(),
  recommendations: z.object({ open: z.number().int(), overdue: z.number().int() }),
});
export const Summary = z.object({
  asOf: Day,
  filters: z.object({
    year: z.number().int().optional(),
    body: z.string().optional(),
    status: z.enum(SUPERVISION_STATUSES).optional(),
  }),
  rounding: z.object({ precision: z.number().int(), mode: z.string() }),
  supervisions: z.number().int(),
  available: z.object({
    years: z.array(z.number().int()),
    bodies: z.array(z.string()),
    statuses: z.array(z.enum(SUPERVISION_STATUSES)),
  }),
  findings: SeverityCounts,
  communes: z.array(CommuneSummary),
  rules: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(SEVERITIES),
      count: z.number().int(),
      supervisions: z.number().int(),
      byCommune: z.array(z.unknown()),
    }),
  ),
  index766: z.array(
    z.object({
      framework: z.string(),
      supervisions: z.number().int(),
      total: Spread,
      components: z.array(
        z.object({
          key: z.string(),
          label: z.string().optional(),
          max: z.string().optional(),
          spread: Spread,
        }),
      ),
    }),
  ),
});
export type Summary = z.infer<typeof Summary>;
export const SummaryRead = z.object({ summary: Summary, today: Day });
