import type { Finding } from '@diemmac/core';
import { lazy, type ReactNode, Suspense, useContext, useDeferredValue, useMemo, useState } from 'react';
import type { Day } from '../api.js';
import { type CommentView, FindingsPanel, focusPath } from '../findings/FindingsPanel.js';
import { useI18n } from '../i18n/index.js';
import { PackContext } from '../packs/context.js';
import { runCheck } from './check.js';
import { EditorContext, type EditorState } from './context.js';
import { type Doc, getIn, setIn } from './doc.js';
import { GeneralEditor } from './GeneralEditor.js';
import { RecommendationsEditor } from './RecommendationsEditor.js';
import { SectionEditor, SectionNav } from './SectionEditor.js';

// chart.js and the chart view load only when the Charts tab opens.
const Charts = lazy(() => import('../charts/Charts.js'));

export type Tab = 'general' | 'sections' | 'recommendations' | 'charts' | 'history';

interface Props {
  draft: Doc;
  /** Receives an updater, like React's setState, so fast typing never loses a keystroke. */
  onChange: (fn: (doc: Doc) => Doc) => void;
  readOnly: boolean;
  today: Day;
  history?: ReactNode;
  comments?: CommentView[];
  onComment?: ((finding: Finding, body: string) => Promise<void>) | undefined;
}

/** The page body shared by a saved supervision and an imported draft: tabs, editors, live findings. */
export function DocumentEditor({
  draft,
  onChange,
  readOnly,
  today,
  history,
  comments = [],
  onComment,
}: Props) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('sections');
  // On a phone the findings live in a drawer opened from a count that stays on screen.
  const [drawer, setDrawer] = useState(false);
  // Typing stays responsive: the check runs on the deferred document.
  const checked = useDeferredValue(draft);
  const pack = useContext(PackContext);
  const check = useMemo(() => runCheck(checked, today, pack), [checked, today, pack]);
  const state = useMemo<EditorState>(
    () => ({
      doc: draft,
      readOnly,
      change: (path, value) => onChange((d) => setIn(d, path, value)),
      update: onChange,
      issuesAt: check.issuesAt,
      findingsAt: check.findingsAt,
      findings: check.findings,
    }),
    [draft, readOnly, onChange, check],
  );
  const select = (path: (string | number)[]) => {
    const target: Tab =
      path[0] === 'sections' ? 'sections' : path[0] === 'recommendations' ? 'recommendations' : 'general';
    setTab(target);
    setDrawer(false);
    setTimeout(() => focusPath(path), 50);
  };
  const sections = getIn(draft, ['sections']);
  const tabs: Tab[] = [
    'general',
    'sections',
    'recommendations',
    'charts',
    ...(history ? (['history'] as const) : []),
  ];
  return (
    <EditorContext.Provider value={state}>
      <div className="editor-layout">
        <div className="editor-main">
          <div className="tabs" role="tablist">
            {tabs.map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                aria-selected={tab === k}
                className={tab === k ? 'active' : undefined}
                data-tab={k}
                onClick={() => setTab(k)}
              >
                {t.tabs[k]}
              </button>
            ))}
          </div>
          {tab === 'general' && <GeneralEditor />}
          {tab === 'sections' && (
            <div className="sections-layout">
              <SectionNav sections={Array.isArray(sections) ? sections : []} />
              <div className="sections">
                {(Array.isArray(sections) ? sections : []).map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sections are positions in the document
                  <SectionEditor key={i} path={['sections', i]} depth={0} />
                ))}
              </div>
            </div>
          )}
          {tab === 'recommendations' && <RecommendationsEditor />}
          {tab === 'charts' && (
            <Suspense fallback={<p>{t.charts.loading}</p>}>
              <Charts model={check.model} />
            </Suspense>
          )}
          {tab === 'history' && history}
        </div>
        <button
          type="button"
          className="findings-toggle"
          data-testid="findings-toggle"
          aria-expanded={drawer}
          aria-controls="findings-panel"
          onClick={() => setDrawer((o) => !o)}
        >
          {t.findings}:{' '}
          {check.issues.length > 0
            ? `${check.issues.length} ${t.inputIssuesShort}`
            : (['error', 'warning', 'info'] as const)
                .map(
                  (sev) =>
                    `${check.findings.filter((f) => f.severity === sev).length} ${t.severityShort[sev]}`,
                )
                .join(' · ')}
        </button>
        <FindingsPanel
          open={drawer}
          onClose={() => setDrawer(false)}
          findings={check.findings}
          issues={check.issues}
          comments={comments}
          onComment={onComment}
          onSelect={select}
        />
      </div>
    </EditorContext.Provider>
  );
}
