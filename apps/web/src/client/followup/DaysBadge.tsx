import { deadlineWords } from '@diemmac/core/followup';
import { useI18n } from '../i18n/index.js';

/** "còn 12 ngày" / "quá hạn 30 ngày", coloured by urgency; the words are the core's. */
export function DaysBadge({ days, open }: { days: number | null; open: boolean }) {
  const { lang } = useI18n();
  const kind = days === null || !open ? 'none' : days < 0 ? 'overdue' : days <= 7 ? 'soon' : 'left';
  return (
    <span className={`days ${kind}`} data-days={days ?? ''}>
      {deadlineWords({ daysToDeadline: days ?? undefined, open }, lang)}
    </span>
  );
}
