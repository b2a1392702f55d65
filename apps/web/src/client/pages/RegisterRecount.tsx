import { formatInteger } from '@diemmac/core';
import { useState } from 'react';
import { RecountRead } from '../../shared/api.js';
import { type ApiErrorBody, ApiFailure, api } from '../api.js';
import { focusPath } from '../findings/FindingsPanel.js';
import { useI18n } from '../i18n/index.js';

/**
 * The dossier register checked against the notice: the secretary uploads the one-stop
 * system's export (CSV or .xlsx), the server recounts the block's period, and each figure the
 * register counts otherwise is listed with a link to that figure. Nothing is stored.
 */
export function RegisterRecount({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ name: string; read: RecountRead }>();
  const [failure, setFailure] = useState<ApiErrorBody | 'network'>();
  const n = (v: number) => formatInteger(String(v), { locale: lang });

  const onFile = async (file: File) => {
    setBusy(true);
    setFailure(undefined);
    setResult(undefined);
    try {
      const read = await api('POST', `/api/supervisions/${id}/recount`, RecountRead, file);
      setResult({ name: file.name, read });
    } catch (e) {
      setFailure(e instanceof ApiFailure ? e.body : 'network');
    } finally {
      setBusy(false);
    }
  };

  const r = result?.read;
  return (
    <section className="register-recount" data-testid="register-recount">
      <h2>{t.recount.title}</h2>
      <p className="hint">{t.recount.hint}</p>
      <label className="button secondary file">
        {busy ? t.recount.working : t.recount.choose}
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="register-file"
          disabled={busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onFile(f);
            e.target.value = '';
          }}
        />
      </label>
      {failure && (
        <div className="notice error" role="alert" data-testid="recount-error">
          {failure === 'network' ? t.errors.network : failure.error[`message_${lang}`]}
          {failure !== 'network' && failure.error.issues && (
            <ul>
              {failure.error.issues.map((i) => (
                <li key={i.message_vi}>{i[`message_${lang}`]}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result && r && (
        <div data-testid="recount-result">
          <p>
            {t.recount.counted(result.name, n(r.recount.rows), r.block.period.from, r.block.period.to)}{' '}
            {t.recount.figures(
              n(r.recount.received.total),
              n(r.recount.resolved.total),
              n(r.recount.pending.total),
            )}
          </p>
          {r.findings.length === 0 ? (
            <p className="notice ok" data-testid="recount-agrees">
              {t.recount.agrees}
            </p>
          ) : (
            <>
              <p>{t.recount.differs}</p>
              <ul className="findings">
                {r.findings.map((f) => (
                  <li
                    key={(f.paths[0] ?? []).join('.')}
                    className={`finding sev-${f.severity}`}
                    data-code={f.code}
                    data-figure={(f.paths[0] ?? []).join('.')}
                  >
                    {f[`message_${lang}`]}{' '}
                    <button type="button" className="link" onClick={() => focusPath(f.paths[0] ?? [])}>
                      {t.recount.goTo}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.issues.length > 0 && (
            <>
              <p>{t.recount.register}</p>
              <ul className="register-issues">
                {r.issues.map((i) => (
                  <li key={i.message_vi} className={`sev-${i.severity}`} data-code={i.code}>
                    {i[`message_${lang}`]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
