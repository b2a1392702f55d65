import { type Finding, formatIssue, type InputIssue, SEVERITIES, severityLabel } from '@diemmac/core';
import { showPath } from '@diemmac/core/adapters';
import { useContext, useState } from 'react';
import type { CommentView } from '../../shared/api.js';
import { EditorContext } from '../editor/context.js';
import { describePath } from '../editor/describe.js';
import { pathKey } from '../editor/doc.js';
import { useI18n } from '../i18n/index.js';
import { FindingItem, focusPath } from './FindingItem.js';

export type { CommentView };

interface Props {
  findings: Finding[];
  issues: InputIssue[];
  comments: CommentView[];
  /** Given when the user may comment (members, secretaries, administrators) on a saved supervision. */
  onComment?: ((finding: Finding, body: string) => Promise<void>) | undefined;
  onSelect: (path: (string | number)[]) => void;
  /** Open as a drawer (narrow screens); on a wide screen the panel is always shown. */
  open?: boolean;
  onClose?: () => void;
}

function CommentBox({
  finding,
  onComment,
}: {
  finding: Finding;
  onComment: NonNullable<Props['onComment']>;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="comment-box"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        setBusy(true);
        void onComment(finding, text.trim())
          .then(() => setText(''))
          .finally(() => setBusy(false));
      }}
    >
      <textarea
        aria-label={t.commentPlaceholder}
        value={text}
        placeholder={t.commentPlaceholder}
        rows={2}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" disabled={busy || !text.trim()}>
        {t.send}
      </button>
    </form>
  );
}

/**
 * The whole check, live: input issues first (the document does not parse yet), then the
 * findings by severity, each with its comments.
 */
export function FindingsPanel({
  findings,
  issues,
  comments,
  onComment,
  onSelect,
  open: drawerOpen,
  onClose,
}: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<string>();
  const editor = useContext(EditorContext);
  // The core words an issue as "path: what is wrong"; the list names the place in words instead.
  const issueText = (issue: InputIssue) => {
    const text = formatIssue(issue, lang);
    const prefix = `${showPath(issue.path)}: `;
    return editor && text.startsWith(prefix)
      ? `${describePath(editor.doc, issue.path, t)}: ${text.slice(prefix.length)}`
      : text;
  };
  return (
    <aside
      className={`findings-panel${drawerOpen ? ' open' : ''}`}
      id="findings-panel"
      data-testid="findings-panel"
      aria-label={t.findings}
    >
      <div className="panel-head">
        <h2>{t.findings}</h2>
        {onClose && (
          <button type="button" className="icon drawer-close" aria-label={t.close} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <p className="hint">{t.findingsLive}</p>
      {issues.length > 0 && (
        <section className="issues" data-testid="input-issues">
          <h3>
            {t.inputIssues} ({issues.length})
          </h3>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.code}-${pathKey(issue.path)}`}>
                <button type="button" className="finding-link" onClick={() => onSelect(issue.path)}>
                  {issueText(issue)}
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">{t.fixFieldsFirst}</p>
        </section>
      )}
      {issues.length === 0 && (
        <>
          <p className="counts" data-testid="finding-counts">
            {SEVERITIES.map((s) => (
              <span key={s} className={`badge ${s}`}>
                {severityLabel(s, lang)}: {findings.filter((f) => f.severity === s).length}
              </span>
            ))}
          </p>
          {findings.length === 0 ? (
            <p className="ok">✓ {t.noFindings}</p>
          ) : (
            <ul className="finding-list">
              {findings.map((f, i) => {
                const key = `${f.code}-${i}`;
                const mine = comments.filter(
                  (c) => c.findingCode === f.code && pathKey(c.path) === pathKey(f.paths[0] ?? []),
                );
                return (
                  <li key={key} className="finding-wrap">
                    <FindingItem as="div" finding={f} onSelect={(x) => onSelect(x.paths[0] ?? [])} />
                    {(mine.length > 0 || onComment) && (
                      <div className="comments">
                        <button
                          type="button"
                          className="link"
                          onClick={() => setOpen(open === key ? undefined : key)}
                        >
                          {t.comments} ({mine.length})
                        </button>
                        {open === key && (
                          <>
                            <ul>
                              {mine.map((c) => (
                                <li key={c.id}>
                                  <strong>{c.user.name}</strong>: {c.body}
                                </li>
                              ))}
                            </ul>
                            {onComment && <CommentBox finding={f} onComment={onComment} />}
                          </>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}

export { focusPath };
