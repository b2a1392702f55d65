import { type FormEvent, useState } from 'react';
import { NOTICE_STAGES, type StageRead } from '../../shared/api.js';
import { api, failureLines } from '../api.js';
import { useI18n } from '../i18n/index.js';

export type NoticeStage = StageRead['stage'];
export type { StageRead };

type Move =
  | { action: 'submit' | 'withdraw' }
  | { action: 'issue'; number: string; date: string }
  | { action: 'correct'; reason: string };

const STAGES = NOTICE_STAGES;

/**
 * Where the conclusion notice stands (Dự thảo → Trình ký → Đã ban hành) and the next move:
 * submit, withdraw, issue with its number and day, or reopen an issued notice to correct it
 * (with the reason). Unsaved changes must be saved first.
 */
export function IssuingBar({
  id,
  version,
  stage,
  canMove,
  dirty,
  onMoved,
}: {
  id: number;
  version: number;
  stage: StageRead;
  canMove: boolean;
  dirty: boolean;
  onMoved: () => void;
}) {
  const { t, lang } = useI18n();
  const w = t.issuing;
  const [form, setForm] = useState<'issue' | 'correct'>();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string[]>();
  const [busy, setBusy] = useState(false);

  const move = async (m: Move) => {
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', `/api/supervisions/${id}/issuing`, undefined, { ...m, version });
      setForm(undefined);
      onMoved();
    } catch (e) {
      setError(failureLines(e, lang, t.errors.network));
    } finally {
      setBusy(false);
    }
  };
  const submitForm = (e: FormEvent) => {
    e.preventDefault();
    if (form === 'issue') void move({ action: 'issue', number: number.trim(), date: date.trim() });
    if (form === 'correct') void move({ action: 'correct', reason: reason.trim() });
  };

  return (
    <section className="issuing" aria-label={w.title} data-testid="issuing" data-stage={stage.stage}>
      <ol className="stepper">
        {STAGES.map((s) => (
          <li
            key={s}
            className={s === stage.stage ? 'current' : undefined}
            aria-current={s === stage.stage ? 'step' : undefined}
          >
            {w.stages[s]}
          </li>
        ))}
      </ol>
      {stage.stage === 'draft' && stage.reason && (
        <p className="hint" data-testid="correction">
          {w.correcting}: {stage.reason}
        </p>
      )}
      {stage.stage !== 'draft' && (
        <p className="hint" data-testid="locked">
          {stage.stage === 'issued' ? w.lockedIssued : w.lockedSigning}
        </p>
      )}
      {canMove && (
        <div className="buttons">
          {stage.stage === 'draft' && (
            <button
              type="button"
              data-testid="submit-signing"
              disabled={busy || dirty}
              onClick={() => void move({ action: 'submit' })}
            >
              {w.submit}
            </button>
          )}
          {stage.stage === 'draft' && dirty && <span className="hint">{w.saveFirst}</span>}
          {stage.stage === 'signing' && (
            <>
              <button type="button" className="primary" data-testid="issue" onClick={() => setForm('issue')}>
                {w.issue}
              </button>
              <button type="button" disabled={busy} onClick={() => void move({ action: 'withdraw' })}>
                {w.withdraw}
              </button>
            </>
          )}
          {stage.stage === 'issued' && (
            <button type="button" data-testid="correct" onClick={() => setForm('correct')}>
              {w.correct}
            </button>
          )}
        </div>
      )}
      {form && (
        <form className="issuing-form" onSubmit={submitForm} data-testid={`${form}-form`}>
          {form === 'issue' ? (
            <>
              <p className="hint">{w.issueRule}</p>
              <div className="field">
                <label htmlFor="issue-number">{w.number}</label>
                <input
                  id="issue-number"
                  inputMode="numeric"
                  required
                  pattern="\d{1,6}"
                  value={number}
                  onChange={(e) => setNumber(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="issue-date">{w.date}</label>
                <input
                  id="issue-date"
                  required
                  placeholder="20/11/2025"
                  aria-describedby="issue-date-hint"
                  value={date}
                  onChange={(e) => setDate(e.target.value)}
                />
                <p className="hint" id="issue-date-hint">
                  {t.start.dateHint}
                </p>
              </div>
            </>
          ) : (
            <div className="field">
              <label htmlFor="correct-reason">{w.reason}</label>
              <textarea
                id="correct-reason"
                required
                minLength={5}
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          )}
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy} data-testid={`${form}-confirm`}>
              {form === 'issue' ? w.issueConfirm : w.correctConfirm}
            </button>
            <button type="button" onClick={() => setForm(undefined)}>
              {w.cancel}
            </button>
          </div>
        </form>
      )}
      {error && (
        <div className="notice error" role="alert" data-testid="issuing-error">
          <ul>
            {error.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
