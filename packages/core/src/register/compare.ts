import { computedQuantity, reportedQuantity } from '../checks/quantity.js';
import type { DossierBlock } from '../figures/schema.js';
import type { Reported } from '../numbers/reported.js';
import type { Finding, Path } from '../shared/types.js';
import { dayNumber, showDayNumber } from './dates.js';
import type { DossierRecount } from './recount.js';

/** The code of a figure that the register does not bear out. */
export const REGISTER_DIFFERS = 'register.differs';

type Figure = {
  field: string;
  reported: Reported | undefined;
  counted: number;
  needs?: 'channel' | 'status';
};

/**
 * The notice's dossier figures against the register's recount: one finding per figure the
 * notice states and the register counts otherwise, at that figure's path, with the
 * recounted value as `computed`. Figures the register cannot tell (no channel or status
 * column) are not compared.
 *
 * @example
 * compareRecount(recount, block, ['sections', 1, 'figures', 0]) // [{ code: 'register.differs', paths: [[…, 'resolved', 'total']], … }]
 */
export function compareRecount(recount: DossierRecount, block: DossierBlock, blockPath: Path): Finding[] {
  const { received, resolved, pending } = recount;
  const figures: Figure[] = [
    { field: 'received.total', reported: block.received.total, counted: received.total },
    { field: 'received.online', reported: block.received.online, counted: received.online, needs: 'channel' },
    { field: 'received.direct', reported: block.received.direct, counted: received.direct, needs: 'channel' },
    { field: 'received.postal', reported: block.received.postal, counted: received.postal, needs: 'channel' },
    {
      field: 'received.directOrPostal',
      reported: block.received.directOrPostal,
      counted: received.direct + received.postal,
      needs: 'channel',
    },
    { field: 'received.carriedOver', reported: block.received.carriedOver, counted: received.carriedOver },
    { field: 'resolved.total', reported: block.resolved.total, counted: resolved.total },
    { field: 'resolved.early', reported: block.resolved.early, counted: resolved.early },
    { field: 'resolved.onTime', reported: block.resolved.onTime, counted: resolved.onTime },
    { field: 'resolved.late', reported: block.resolved.late, counted: resolved.late },
    { field: 'pending.total', reported: block.pending?.total, counted: pending.total },
    {
      field: 'pending.withinDeadline',
      reported: block.pending?.withinDeadline,
      counted: pending.withinDeadline,
    },
    { field: 'pending.overdue', reported: block.pending?.overdue, counted: pending.overdue },
    { field: 'withdrawn', reported: block.withdrawn, counted: recount.withdrawn, needs: 'status' },
    { field: 'suspended', reported: block.suspended, counted: recount.suspended, needs: 'status' },
  ];
  const period = `${showDayNumber(recount.period.from)} – ${showDayNumber(recount.period.to)}`;
  const findings: Finding[] = [];
  for (const f of figures) {
    if (!f.reported || (f.needs && !recount.read[f.needs])) continue;
    const counted = BigInt(f.counted);
    if (f.reported.value.eq(counted.toString())) continue;
    const path = [...blockPath, ...f.field.split('.')];
    const computed = computedQuantity(counted, 'count');
    findings.push({
      code: REGISTER_DIFFERS,
      severity: 'warning',
      paths: [path],
      reported: reportedQuantity(f.reported, 'count'),
      computed,
      params: { field: f.field, period, rows: recount.rows },
    });
  }
  return findings;
}

/** The period of a dossier block as day numbers, when the block states both ends. */
export function blockPeriod(block: DossierBlock): { from: number; to: number } | undefined {
  const { from, to } = block.period ?? {};
  return from && to ? { from: dayNumber(from), to: dayNumber(to) } : undefined;
}
