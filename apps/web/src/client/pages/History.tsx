import { showPath } from '@diemmac/core/adapters';
import { useEffect, useState } from 'react';
import type * as z from 'zod';
import { SupervisionAuditList } from '../../shared/api.js';
import { type ApiErrorBody, ApiFailure, api } from '../api.js';
import { describePath, describeValue } from '../editor/describe.js';
import type { Doc } from '../editor/doc.js';
import { useI18n } from '../i18n/index.js';

type Entry = z.infer<typeof SupervisionAuditList>['entries'][number];

/**
 * The audit trail of one supervision: who changed which fields, when, in words ("Mục 2.2 ·
 * Tiếp nhận · Trực tuyến: 2.173 → 2.172"); the data path only on hover. Sections are named
 * from the document as it is now.
 */
export function History({ id, doc }: { id: number; doc: Doc }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<Entry[]>();
  const [failure, setFailure] = useState<ApiErrorBody['error']>();
  useEffect(() => {
    api('GET', `/api/supervisions/${id}/audit`, SupervisionAuditList)
      .then((r) => setEntries(r.entries))
      .catch((e: unknown) => setFailure(e instanceof ApiFailure ? e.body.error : undefined));
  }, [id]);
  if (failure) return <p role="alert">{lang === 'vi' ? failure.message_vi : failure.message_en}</p>;
  if (!entries) return <p>{t.loading}</p>;
  if (entries.length === 0) return <p>{t.history.empty}</p>;
  return (
    <ol className="history" data-testid="history">
      {entries.map((e) => (
        <li key={e.id}>
          <p>
            <time dateTime={e.at}>{new Date(e.at).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</time> ·{' '}
            <strong>{e.user?.name ?? t.history.system}</strong> {t.history.actions[e.action] ?? e.action}
            {e.detail.version !== undefined && ` → ${t.version(e.detail.version)}`}
            {e.detail.changes && ` (${t.history.changes(e.detail.changes.length)})`}
            {e.detail.number && ` · ${t.issuing.numbered(e.detail.number, e.detail.date ?? '')}`}
          </p>
          {e.detail.reason && (
            <p className="reason">
              {t.issuing.reason}: {e.detail.reason}
            </p>
          )}
          {e.detail.changes && (
            <ul className="changes">
              {e.detail.changes.slice(0, 20).map((c) => (
                <li key={showPath(c.path)} title={showPath(c.path)}>
                  <span className="where">{describePath(doc, c.path, t)}</span>:{' '}
                  {describeValue(c.before, c.path, t)} → {describeValue(c.after, c.path, t)}
                </li>
              ))}
            </ul>
          )}
          {e.detail.body && <blockquote>{e.detail.body}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
