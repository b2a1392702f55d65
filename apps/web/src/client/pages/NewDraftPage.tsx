import { type ResolvedPack, safeResolvePack } from '@diemmac/core';
import { useCallback, useEffect, useState } from 'react';
import { ActivePack, SupervisionList, SupervisionRead } from '../../shared/api.js';
import { ApiFailure, api, type Day } from '../api.js';
import { DocumentEditor } from '../editor/DocumentEditor.js';
import type { Doc } from '../editor/doc.js';
import { useI18n } from '../i18n/index.js';
import { PackContext } from '../packs/context.js';
import { Link, navigate } from '../router.js';

/**
 * An imported file, not saved yet: the core's input issues show at their fields; saving
 * creates the supervision (the server validates again).
 */
export function NewDraftPage({
  initial,
  fileName,
}: {
  initial: Doc | undefined;
  fileName: string | undefined;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Doc | undefined>(initial);
  const [today, setToday] = useState<Day>();
  const [error, setError] = useState<{ text: string; details: string[] }>();
  const [busy, setBusy] = useState(false);
  // Checked live under the pack in use, as the server will check it once saved.
  const [pack, setPack] = useState<ResolvedPack>();
  useEffect(() => {
    void api('GET', '/api/supervisions', SupervisionList).then((r) => setToday(r.today));
    void api('GET', '/api/packs/active', ActivePack)
      .then((r) => {
        const resolved = r.data === undefined ? undefined : safeResolvePack(r.data);
        if (resolved?.ok) setPack(resolved.value);
      })
      .catch(() => {});
  }, []);
  const onChange = useCallback((fn: (d: Doc) => Doc) => setDraft((d) => (d ? fn(d) : d)), []);
  if (!draft) {
    return (
      <p>
        <Link to="/">{t.supervisions}</Link>
      </p>
    );
  }
  if (!today) return <p>{t.loading}</p>;
  const create = async () => {
    setBusy(true);
    try {
      const r = await api('POST', '/api/supervisions', SupervisionRead, { document: draft });
      navigate(`/s/${r.supervision.id}`);
    } catch (e) {
      if (e instanceof ApiFailure) {
        setError({
          text: e.body.error[`message_${lang}`],
          details: (e.body.error.issues ?? []).map((i) => i[`message_${lang}`]),
        });
      } else setError({ text: t.errors.network, details: [] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page">
      <header className="page-head">
        <div>
          <p className="crumbs">
            <Link to="/">{t.supervisions}</Link>
          </p>
          <h1>{t.newDraft}</h1>
          {fileName && <p className="meta">{t.importLoaded(fileName)}</p>}
        </div>
        <div className="actions">
          <button
            type="button"
            className="primary"
            data-testid="create"
            disabled={busy}
            onClick={() => void create()}
          >
            {t.createFromDraft}
          </button>
        </div>
      </header>
      {error && (
        <div className="notice error" role="alert">
          {error.text}
          <ul>
            {error.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      )}
      <PackContext.Provider value={pack}>
        <DocumentEditor draft={draft} onChange={onChange} readOnly={false} today={today} />
      </PackContext.Provider>
    </div>
  );
}
