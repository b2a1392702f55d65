import { RECOMMENDATION_STATUS_WORDS } from '@diemmac/core/followup';
import { type FormEvent, useEffect, useState } from 'react';
import { type OpenItem, OpenList } from '../../shared/followups.js';
import { api, failureLines } from '../api.js';
import { DaysBadge } from '../followup/DaysBadge.js';
import { writtenDay } from '../followup/types.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';

const PAGE = 50;

interface Filter {
  addressee: string;
  /** dd/mm/yyyy as typed; empty means today (the council's day, from the server). */
  asOf: string;
}

const query = (f: Filter, extra: Record<string, string | number> = {}): string => {
  const q = new URLSearchParams();
  if (f.addressee.trim()) q.set('addressee', f.addressee.trim());
  if (f.asOf.trim()) q.set('asOf', f.asOf.trim());
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** "Theo dõi kiến nghị": every open recommendation across issued notices, as of a day. */
export function FollowUpsPage() {
  const { t, lang } = useI18n();
  const w = t.followUps;
  const [form, setForm] = useState<Filter>({ addressee: '', asOf: '' });
  const [filter, setFilter] = useState<Filter>(form);
  const [list, setList] = useState<OpenList>();
  const [items, setItems] = useState<OpenItem[]>([]);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string[]>();

  useEffect(() => {
    let live = true;
    setError(undefined);
    api('GET', `/api/followups/open${query(filter, { limit: PAGE, offset })}`, OpenList)
      .then((r) => {
        if (!live) return;
        setList(r);
        setItems((before) => [...(offset > 0 ? before : []), ...r.items]);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setError(failureLines(e, lang, t.errors.network));
      });
    return () => {
      live = false;
    };
  }, [filter, offset, lang, t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOffset(0);
    setFilter({ ...form });
  };

  return (
    <div className="page followups-page">
      <header className="page-head">
        <div>
          <h1>{w.title}</h1>
          <p className="hint">{w.intro}</p>
        </div>
      </header>
      <form className="followup-filter" onSubmit={submit} data-testid="followup-filter">
        <div className="field">
          <label htmlFor="f-addressee">{w.addressee}</label>
          <input
            id="f-addressee"
            placeholder={w.addresseeHint}
            value={form.addressee}
            onChange={(e) => setForm({ ...form, addressee: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="f-asof">{w.asOf}</label>
          <input
            id="f-asof"
            inputMode="numeric"
            placeholder={list ? writtenDay(list.asOf) : w.dateHint}
            aria-describedby="f-asof-hint"
            value={form.asOf}
            onChange={(e) => setForm({ ...form, asOf: e.target.value })}
          />
          <p className="hint" id="f-asof-hint">
            {w.asOfHint}
          </p>
        </div>
        <button type="submit" className="primary">
          {w.show}
        </button>
      </form>
      {error && (
        <div className="notice error" role="alert">
          <ul>
            {error.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      )}
      {list && (
        <div className="followup-bar">
          <p className="followup-summary" data-testid="followup-summary">
            {w.summary(list.total, list.overdue)}
          </p>
          <span className="downloads" data-testid="followup-exports">
            <span>{w.exports}:</span>
            <a href={`/api/followups/open.xlsx${query(filter, { lang })}`} download data-testid="export-xlsx">
              Excel (.xlsx)
            </a>
            <a href={`/api/followups/open.csv${query(filter, { lang })}`} download data-testid="export-csv">
              CSV
            </a>
          </span>
        </div>
      )}
      {!list ? (
        !error && <p>{t.loading}</p>
      ) : items.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <table className="list-table followup-table" data-testid="followup-list">
          <thead>
            <tr>
              <th>{w.recommendation}</th>
              <th>{w.addressee}</th>
              <th>{w.deadline}</th>
              <th>{w.days}</th>
              <th>{w.status}</th>
              <th>{w.supervision}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr
                key={`${o.supervision.id}-${o.index}`}
                data-supervision={o.supervision.slug}
                data-index={o.index}
                className={o.overdue ? 'overdue' : undefined}
              >
                <td data-label={w.recommendation}>{o.content}</td>
                <td data-label={w.addressee}>{o.addressee}</td>
                <td data-label={w.deadline}>
                  {o.deadline?.written ?? '—'}
                  {o.deadlinePart && <span className="hint"> ({w.partShort(o.deadlinePart)})</span>}
                </td>
                <td data-label={w.days}>
                  <DaysBadge days={o.daysToDeadline} open />
                </td>
                <td data-label={w.status}>
                  {RECOMMENDATION_STATUS_WORDS[lang][o.status]}
                  {o.latest && <span className="followup-subject">{o.latest[lang]}</span>}
                </td>
                <td data-label={w.supervision}>
                  {/* One box: on a phone the cell is a two-column grid (label, value). */}
                  <span className="followup-source">
                    <Link to={`/s/${o.supervision.id}#kien-nghi`}>
                      {o.supervision.commune} {o.supervision.year}
                    </Link>
                    <span className="followup-subject">{o.supervision.subject}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && items.length < list.total && (
        <button type="button" onClick={() => setOffset(items.length)} data-testid="followup-more">
          {w.more(items.length, list.total)}
        </button>
      )}
    </div>
  );
}
