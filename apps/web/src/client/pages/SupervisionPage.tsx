import { type Finding, safeResolvePack } from '@diemmac/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CommentView } from '../../shared/api.js';
import { CommentList, StageRead, SupervisionRead } from '../../shared/api.js';
import { type ApiErrorBody, ApiFailure, api, can, type User } from '../api.js';
import { runCheck } from '../editor/check.js';
import { DocumentEditor } from '../editor/DocumentEditor.js';
import type { Doc } from '../editor/doc.js';
import { merge } from '../editor/merge.js';
import { FollowUpPanel } from '../followup/FollowUpPanel.js';
import { useI18n } from '../i18n/index.js';
import { readFile } from '../importFile.js';
import { PackContext } from '../packs/context.js';
import { PackPin } from '../packs/PackPin.js';
import { Link } from '../router.js';
import { History } from './History.js';
import { ImportButton } from './ImportButton.js';
import { IssuingBar } from './IssuingBar.js';
import { RegisterRecount } from './RegisterRecount.js';

const canEdit = (u: User) => can(u, 'edit');
const canComment = (u: User) => can(u, 'comment');

/** A saved supervision: edit by section, live findings, save with its version, conflicts, downloads. */
export function SupervisionPage({ id, user }: { id: number; user: User }) {
  const { t, lang } = useI18n();
  const [read, setRead] = useState<SupervisionRead>();
  const [draft, setDraft] = useState<Doc>();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ApiErrorBody>();
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error' | 'info'; text: string; details?: string[] }>();
  const [failure, setFailure] = useState<ApiErrorBody | 'network'>();
  const [comments, setComments] = useState<CommentView[]>([]);
  const [historyKey, setHistoryKey] = useState(0);
  const [stage, setStage] = useState<StageRead>({ stage: 'draft', reason: null });
  const [loads, setLoads] = useState(0);
  // The pack the server checked under, resolved here too so the live check and the wording agree.
  const packData = read?.pack?.data;
  const pack = useMemo(() => {
    if (packData === undefined) return undefined;
    const r = safeResolvePack(packData);
    return r.ok ? r.value : undefined;
  }, [packData]);
  // A notice submitted for signature or issued is read-only for everyone; a correction reopens it.
  const readOnly = !canEdit(user) || stage.stage !== 'draft';

  const loadComments = useCallback(async () => {
    const r = await api('GET', `/api/supervisions/${id}/comments`, CommentList);
    setComments(r.comments);
  }, [id]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `loads` re-reads after an issuing move
  useEffect(() => {
    let live = true;
    api('GET', `/api/supervisions/${id}`, SupervisionRead)
      .then((r) => {
        if (!live) return;
        setRead(r);
        setDraft(r.supervision.document as Doc);
      })
      .catch((e: unknown) => live && setFailure(e instanceof ApiFailure ? e.body : 'network'));
    void api('GET', `/api/supervisions/${id}/issuing`, StageRead)
      .then((r) => live && setStage(r))
      .catch(() => {});
    void loadComments().catch(() => {});
    setHistoryKey((k) => k + 1);
    return () => {
      live = false;
    };
  }, [id, loadComments, loads]);

  const onChange = useCallback((fn: (d: Doc) => Doc) => setDraft((d) => (d ? fn(d) : d)), []);

  if (failure) {
    return (
      <p className="error-box">
        {failure === 'network' ? t.errors.network : failure.error[`message_${lang}`]}
      </p>
    );
  }
  if (!read || !draft) return <p>{t.loading}</p>;
  const dirty = draft !== read.supervision.document;
  const s = read.supervision;
  const doc = draft as { subject?: string; year?: number; body?: { name?: string } };

  const save = async () => {
    if (runCheck(draft, read.today).issues.length > 0) {
      setNotice({ kind: 'error', text: t.invalidBeforeSave });
      return;
    }
    setSaving(true);
    setNotice(undefined);
    try {
      const r = await api('PUT', `/api/supervisions/${id}`, SupervisionRead, {
        version: s.version,
        document: draft,
      });
      setRead(r);
      setDraft(r.supervision.document as Doc);
      setConflict(undefined);
      setNotice({ kind: 'ok', text: `${t.saved} · ${t.version(r.supervision.version)}` });
      setHistoryKey((k) => k + 1);
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 409 && e.body.current) setConflict(e.body);
      else if (e instanceof ApiFailure) {
        setNotice({
          kind: 'error',
          text: e.body.error[`message_${lang}`],
          details: e.body.error.issues?.map((i) => i[`message_${lang}`]),
        });
      } else setNotice({ kind: 'error', text: t.errors.network });
    } finally {
      setSaving(false);
    }
  };

  const adopt = (current: NonNullable<ApiErrorBody['current']>, document: Doc) => {
    setRead({
      ...read,
      supervision: {
        ...s,
        version: current.version,
        document: current.document,
        updatedAt: current.updatedAt,
        updatedBy: current.updatedBy,
      },
    });
    setDraft(document);
    setConflict(undefined);
    setHistoryKey((k) => k + 1);
  };
  const reloadLatest = () => {
    if (!conflict?.current) return;
    adopt(conflict.current, conflict.current.document as Doc);
    setNotice(undefined);
  };
  const mergeMine = () => {
    if (!conflict?.current) return;
    const r = merge(s.document as Doc, draft, conflict.current.document as Doc);
    adopt(conflict.current, r.merged);
    setNotice({
      kind: r.clashes.length ? 'error' : 'info',
      text: r.clashes.length
        ? `${t.conflictMerged(r.applied)} ${t.conflictClashes(r.clashes.length)}`
        : t.conflictMerged(r.applied),
      details: r.clashes,
    });
  };

  const onImport = async (file: File) => {
    const r = await readFile(file);
    if (!r.ok) {
      setNotice({ kind: 'error', text: t.importSyntax(r.line, r.column, r.reason) });
      return;
    }
    setDraft(r.data as Doc);
    setNotice({ kind: 'info', text: t.importLoaded(file.name) });
  };

  const onComment = canComment(user)
    ? async (finding: Finding, body: string) => {
        const r = await api('POST', `/api/supervisions/${id}/comments`, CommentList, {
          findingCode: finding.code,
          path: finding.paths[0] ?? [],
          body,
        });
        setComments(r.comments);
      }
    : undefined;

  const base = `/api/supervisions/${id}`;
  return (
    <div className="page supervision-page" data-version={s.version}>
      <header className="page-head">
        <div>
          <p className="crumbs">
            <Link to="/">{t.supervisions}</Link> › {doc.year}
          </p>
          <h1>{doc.subject}</h1>
          <p className="meta">
            {doc.body?.name} · <span className={`status ${s.status}`}>{t.statuses[s.status]}</span> ·{' '}
            <span data-testid="version">{t.version(s.version)}</span>
            {s.updatedBy &&
              ` · ${t.updatedBy(s.updatedBy, new Date(s.updatedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB'))}`}
          </p>
          {read.pack && (
            <p className="meta">
              <span data-testid="pack" title={read.pack.name}>
                {t.packs.checkedUnder(read.pack.id, read.pack.version)}
                {read.pack.pinned && ` (${t.packs.pinned})`}
              </span>
              {can(user, 'administer') && (
                <>
                  {' · '}
                  <PackPin
                    id={id}
                    pin={read.pack.pinned ? read.pack.row : null}
                    onChanged={() => setLoads((n) => n + 1)}
                  />
                </>
              )}
            </p>
          )}
        </div>
        <div className="actions">
          {!canEdit(user) ? (
            <p className="readonly-note" data-testid="read-only">
              {t.readOnly}
            </p>
          ) : readOnly ? null : (
            <>
              {dirty && <span className="dirty">{t.unsaved}</span>}
              <ImportButton
                label={t.importReplace}
                testId="import-replace"
                onFile={(f) => void onImport(f)}
              />
              <button
                type="button"
                className="primary"
                data-testid="save"
                disabled={saving || !dirty}
                onClick={() => void save()}
              >
                {saving ? t.saving : t.save}
              </button>
            </>
          )}
        </div>
      </header>
      <IssuingBar
        id={id}
        version={s.version}
        stage={stage}
        canMove={canEdit(user)}
        dirty={dirty}
        onMoved={() => setLoads((n) => n + 1)}
      />
      {conflict && (
        <div className="conflict" role="alert" data-testid="conflict">
          <strong>{t.conflictTitle}.</strong> {conflict.error[`message_${lang}`]}
          <div className="buttons">
            <button type="button" onClick={reloadLatest} data-testid="conflict-reload">
              {t.conflictReload}
            </button>
            <button type="button" onClick={mergeMine} data-testid="conflict-merge">
              {t.conflictMerge}
            </button>
          </div>
        </div>
      )}
      {notice && (
        <div className={`notice ${notice.kind}`} role="status" data-testid="notice">
          {notice.text}
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="downloads" data-testid="downloads">
        <span>{t.downloads}:</span>
        <a href={`${base}/notice.docx`} download data-testid="download-docx">
          {t.docx}
        </a>
        <a href={`${base}/notice.docx?annex=1`} download>
          {t.docx} ({t.annex})
        </a>
        <a href={`${base}/notice.html`} target="_blank" rel="noreferrer">
          {t.html}
        </a>
        <a href={`${base}/export.json`} download>
          {t.json}
        </a>
        <a href={`${base}/export.yaml`} download>
          {t.yaml}
        </a>
        {dirty && <em className="hint">{t.downloadNote}</em>}
      </div>
      <FollowUpPanel key={`${s.version}`} id={id} canRecord={canEdit(user)} />
      {canEdit(user) && <RegisterRecount id={id} />}
      <PackContext.Provider value={pack}>
        <DocumentEditor
          draft={draft}
          onChange={onChange}
          readOnly={readOnly}
          today={read.today}
          comments={comments}
          onComment={onComment}
          history={<History key={historyKey} id={id} doc={draft} />}
        />
      </PackContext.Provider>
    </div>
  );
}
