import { RECOMMENDATION_STATUS_WORDS } from '@diemmac/core/followup';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { SupervisionList } from '../../shared/api.js';
import { FollowUpRead } from '../../shared/followups.js';
import { ApiFailure, api, failureLines, type SupervisionSummary } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { DaysBadge } from './DaysBadge.js';
import { citationText, type RecommendationStatus, STATUSES, writtenDay } from './types.js';

type Rec = FollowUpRead['recommendations'][number];

/**
 * A supervision's recommendations followed up: where each stands today, its history, and
 * (for those who edit supervisions) a form to record a response once the notice is issued.
 */
export function FollowUpPanel({ id, canRecord }: { id: number; canRecord: boolean }) {
  const { t, lang } = useI18n();
  const w = t.followUps;
  const [read, setRead] = useState<FollowUpRead>();
  const [open, setOpen] = useState<number>();
  const [saved, setSaved] = useState<number>();
  const ref = useRef<HTMLElement>(null);

  const load = useCallback(async () => {
    setRead(await api('GET', `/api/supervisions/${id}/followups`, FollowUpRead));
  }, [id]);
  useEffect(() => {
    void load().catch(() => {});
  }, [load]);
  // Opened from the list of open recommendations: bring the panel into view.
  useEffect(() => {
    if (read && window.location.hash === '#kien-nghi') ref.current?.scrollIntoView();
  }, [read]);

  if (!read) return null;
  return (
    <section className="followup-panel" id="kien-nghi" ref={ref} data-testid="followup-panel">
      <div className="section-head followup-head">
        <h2>{w.panelTitle}</h2>
        {read.supervision.followable && read.recommendations.length > 0 && (
          <a
            href={`/api/supervisions/${id}/followups/report.docx`}
            download
            data-testid="followup-report"
            className="button report-link"
          >
            {w.report}
          </a>
        )}
      </div>
      {!read.supervision.followable && <p className="hint">{w.notIssued}</p>}
      {read.recommendations.length === 0 && <p className="hint">{w.noRecommendations}</p>}
      {read.takesUp.length > 0 && (
        <p className="hint">
          {w.takesUp}{' '}
          {read.takesUp.map((l) => (
            <Link key={`${l.supervision.id}-${l.recommendation}`} to={`/s/${l.supervision.id}#kien-nghi`}>
              {l.supervision.slug} ({w.recommendation.toLowerCase()} {l.recommendation + 1}){' '}
            </Link>
          ))}
        </p>
      )}
      <ol className="followup-recs">
        {read.recommendations.map((rec) => (
          <li
            key={rec.index}
            data-index={rec.index}
            data-status={rec.status}
            className={rec.overdue ? 'followup-rec overdue' : 'followup-rec'}
          >
            <div className="rec-head">
              <span className="rec-content">
                {rec.number ? `${rec.number} ` : ''}
                {rec.content}
              </span>
              <span className="rec-meta">
                <span className="addressee">{rec.addressee}</span>
                {rec.deadline && (
                  <span>
                    {w.deadline}: {rec.deadline.written}
                  </span>
                )}
                <span className={`rec-status ${rec.status}`}>
                  {RECOMMENDATION_STATUS_WORDS[lang][rec.status]}
                </span>
                {rec.deadline && rec.open && <DaysBadge days={rec.daysToDeadline} open />}
              </span>
            </div>
            {rec.parts.length > 0 && (
              <ul className="rec-parts">
                {rec.parts.map((p) => (
                  <li key={p.label} data-part={p.label}>
                    {p.label} {p.content}
                    <span className="rec-meta">
                      {p.deadline && (
                        <span>
                          {w.deadline}: {p.deadline.written}
                        </span>
                      )}
                      <span className={`rec-status ${p.status}`}>
                        {RECOMMENDATION_STATUS_WORDS[lang][p.status]}
                      </span>
                      {p.deadline && p.open && <DaysBadge days={p.daysToDeadline} open />}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {rec.takenUpBy && (
              <p className="hint" data-testid={`taken-up-${rec.index}`}>
                {w.takenUpBy} <Link to={`/s/${rec.takenUpBy.id}#kien-nghi`}>{rec.takenUpBy.slug}</Link>
              </p>
            )}
            {canRecord && <TakeUp id={id} rec={rec} onSaved={setRead} />}
            {rec.entries.length > 0 && <History rec={rec} />}
            {saved === rec.index && open !== rec.index && (
              <p className="notice ok" role="status">
                {w.saved}
              </p>
            )}
            {canRecord && read.supervision.followable && open !== rec.index && (
              <button
                type="button"
                className="record-button"
                data-testid={`record-${rec.index}`}
                onClick={() => {
                  setOpen(rec.index);
                  setSaved(undefined);
                }}
              >
                {w.record}
              </button>
            )}
            {open === rec.index && (
              <RecordForm
                id={id}
                rec={rec}
                today={writtenDay(read.asOf)}
                onCancel={() => setOpen(undefined)}
                onSaved={(r) => {
                  setRead(r);
                  setOpen(undefined);
                  setSaved(rec.index);
                }}
              />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function History({ rec }: { rec: Rec }) {
  const { t, lang } = useI18n();
  return (
    <details className="followup-history">
      <summary>
        {t.followUps.history} ({rec.entries.length})
      </summary>
      <ul>
        {rec.entries.map((e) => (
          <li key={e.id}>
            <strong>{e.date}</strong> · {RECOMMENDATION_STATUS_WORDS[lang][e.status]}
            {e.part && ` · ${t.followUps.part.toLowerCase()} ${e.part}`}
            {e.note && ` · ${e.note}`}
            {e.responses.length > 0 && ` · ${e.responses.map(citationText).join('; ')}`}
            {e.recordedBy && <span className="hint"> ({t.followUps.recordedBy(e.recordedBy.name)})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

function RecordForm({
  id,
  rec,
  today,
  onCancel,
  onSaved,
}: {
  id: number;
  rec: Rec;
  today: string;
  onCancel: () => void;
  onSaved: (r: FollowUpRead) => void;
}) {
  const { t, lang } = useI18n();
  const w = t.followUps;
  const [status, setStatus] = useState<RecommendationStatus>(
    rec.status === 'pending' ? 'in-progress' : rec.status,
  );
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [part, setPart] = useState('');
  const [number, setNumber] = useState('');
  const [responseDate, setResponseDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[]>();
  const key = `rec-${rec.index}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const r = await api('POST', `/api/supervisions/${id}/followups`, FollowUpRead, {
        recommendation: rec.index,
        date: date.trim(),
        status,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(part ? { part } : {}),
        responses: number.trim() ? [w.response(number.trim(), responseDate.trim())] : [],
      });
      onSaved(r);
    } catch (err) {
      setError(failureLines(err, lang, t.errors.network));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="record-form" onSubmit={(e) => void submit(e)} data-testid={`record-form-${rec.index}`}>
      <h3>{w.recordTitle}</h3>
      <div className="field">
        <label htmlFor={`${key}-status`}>{w.status}</label>
        <select
          id={`${key}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as RecommendationStatus)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {RECOMMENDATION_STATUS_WORDS[lang][s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${key}-date`}>{w.date}</label>
        <input
          id={`${key}-date`}
          required
          inputMode="numeric"
          placeholder={w.dateHint}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      {rec.parts.length > 0 && (
        <div className="field">
          <label htmlFor={`${key}-part`}>{w.part}</label>
          <select id={`${key}-part`} value={part} onChange={(e) => setPart(e.target.value)}>
            <option value="">{w.wholeRecommendation}</option>
            {rec.parts.map((p) => (
              <option key={p.label} value={p.label}>
                {p.label} {p.content}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${key}-number`}>{w.responseNumber}</label>
        <input
          id={`${key}-number`}
          placeholder={w.responseNumberHint}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${key}-rdate`}>{w.responseDate}</label>
        <input
          id={`${key}-rdate`}
          inputMode="numeric"
          placeholder={w.dateHint}
          value={responseDate}
          onChange={(e) => setResponseDate(e.target.value)}
        />
      </div>
      <div className="field wide">
        <label htmlFor={`${key}-note`}>{w.note}</label>
        <textarea id={`${key}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <div className="notice error wide" role="alert" data-testid="record-error">
          <ul>
            {error.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="buttons wide">
        <button type="submit" className="primary" disabled={busy} data-testid={`record-save-${rec.index}`}>
          {w.save}
        </button>
        <button type="button" onClick={onCancel}>
          {w.cancel}
        </button>
      </div>
    </form>
  );
}

/** Giám sát lại: the later supervision that takes this recommendation up, chosen from the list. */
function TakeUp({ id, rec, onSaved }: { id: number; rec: Rec; onSaved: (r: FollowUpRead) => void }) {
  const { t, lang } = useI18n();
  const w = t.followUps;
  const [others, setOthers] = useState<SupervisionSummary[]>();
  const [chosen, setChosen] = useState(rec.takenUpBy ? String(rec.takenUpBy.id) : '');
  const [error, setError] = useState<string>();
  const key = `takeup-${rec.index}`;
  const load = () => {
    if (others) return;
    void api('GET', '/api/supervisions?limit=200', SupervisionList)
      .then((r) => setOthers(r.supervisions.filter((s) => s.id !== id)))
      .catch(() => setError(t.errors.network));
  };
  const save = async (target: string) => {
    setError(undefined);
    try {
      onSaved(
        await api('POST', `/api/supervisions/${id}/followups/take-up`, FollowUpRead, {
          recommendation: rec.index,
          takenUpBy: target ? { supervision: Number(target) } : null,
        }),
      );
    } catch (e) {
      setError(e instanceof ApiFailure ? e.body.error[`message_${lang}`] : t.errors.network);
    }
  };
  return (
    <details className="take-up" onToggle={load}>
      <summary>{w.takeUp}</summary>
      <div className="take-up-row">
        <label htmlFor={key} className="visually-hidden">
          {w.takeUp}
        </label>
        <select
          id={key}
          className="take-up-select"
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          <option value="">{w.takeUpNone}</option>
          {others?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.year} · {s.slug}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void save(chosen)}>
          {w.takeUpSave}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
