import { useEffect, useState } from 'react';
import { NoticeDraft, SEVERITIES, SupervisionList } from '../../shared/api.js';
import { ApiFailure, api, can, type SupervisionSummary, type User } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { ImportButton } from './ImportButton.js';

// The list needs no core: the counts come from the server, the words from the UI catalogue.
const PAGE = 100;

/** The supervisions: year, body, status, findings by severity; and import of a file. */
export function ListPage({ user }: { user: User }) {
  const { t, lang } = useI18n();
  const [list, setList] = useState<SupervisionSummary[]>();
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string>();
  // The server pages the list (PAGE rows at a time); "more" asks for the next page and appends it.
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    void api('GET', `/api/supervisions?limit=${PAGE}&offset=${offset}`, SupervisionList).then((r) => {
      setList((before) => [...(offset > 0 ? (before ?? []) : []), ...r.supervisions]);
      setTotal(r.total);
    });
  }, [offset]);
  const canEdit = can(user, 'edit');
  const onImport = async (file: File) => {
    // A notice as offices hold it is read by the server's reader; a supervision file (YAML, JSON)
    // in the browser, so its problems show at the fields before anything is saved.
    if (/\.(docx|doc|txt|md)$/i.test(file.name)) {
      try {
        const r = await api('POST', '/api/supervisions/read-notice', NoticeDraft, file);
        navigate('/new', { draft: r.draft, fileName: file.name });
      } catch (e) {
        setError(
          e instanceof ApiFailure
            ? e.body.error[lang === 'vi' ? 'message_vi' : 'message_en']
            : t.errors.network,
        );
      }
      return;
    }
    if (!/\.(ya?ml|json)$/i.test(file.name)) {
      setError(t.importFormats(file.name));
      return;
    }
    // The core's reader comes with the editor's chunk, not with the list.
    const { readFile } = await import('../importFile.js');
    const r = await readFile(file);
    if (!r.ok) setError(t.importSyntax(r.line, r.column, r.reason));
    else navigate('/new', { draft: r.data, fileName: file.name });
  };
  return (
    <div className="page">
      <header className="page-head">
        <h1>{t.supervisions}</h1>
        {canEdit && (
          <div className="actions">
            <Link to="/new" className="button primary" testId="start-new">
              {t.start.open}
            </Link>
            <ImportButton label={t.importAny} testId="import-new" notices onFile={(f) => void onImport(f)} />
          </div>
        )}
      </header>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {!list ? (
        <p>{t.loading}</p>
      ) : list.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="list-table" data-testid="supervision-list">
          <thead>
            <tr>
              <th>{t.year}</th>
              <th>{t.body}</th>
              <th>{t.subject}</th>
              <th>{t.status}</th>
              <th>{t.findingsCount}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id} data-slug={s.slug}>
                <td data-label={t.year}>{s.year}</td>
                <td data-label={t.body}>{s.bodyName}</td>
                <td data-label={t.subject}>
                  <Link to={`/s/${s.id}`}>{s.subject}</Link>
                </td>
                <td data-label={t.status}>
                  {s.stage === 'draft' || s.stage === 'signing' ? (
                    <span className={`status ${s.stage}`}>{t.issuing.stages[s.stage]}</span>
                  ) : (
                    <span className={`status ${s.status}`}>{t.statuses[s.status]}</span>
                  )}
                </td>
                <td className="counts" data-label={t.findingsCount}>
                  <span className="badge-row">
                    {SEVERITIES.map((sev) => (
                      <span key={sev} className={`badge ${sev}`} data-severity={sev}>
                        {s.counts[sev]} {t.severityShort[sev]}
                      </span>
                    ))}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && list.length < total && (
        <button type="button" onClick={() => setOffset(list.length)} data-testid="list-more">
          {lang === 'vi' ? `Xem thêm (${list.length}/${total})` : `Show more (${list.length}/${total})`}
        </button>
      )}
    </div>
  );
}
