import { type Finding, formatFinding, ruleTitle, severityLabel } from '@diemmac/core';
import { showPath } from '@diemmac/core/adapters';
import { useContext } from 'react';
import { pathKey } from '../editor/doc.js';
import { useI18n } from '../i18n/index.js';
import { PackContext } from '../packs/context.js';

/** Scrolls to the field a finding points at first, and puts the cursor there. */
export function focusPath(path: readonly (string | number)[]): void {
  // The nearest element the page has for the path: the field itself, or the citation,
  // figure block or section that holds it.
  let el: HTMLElement | null = null;
  for (let n = path.length; n > 0 && !el; n--) {
    el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathKey(path.slice(0, n)))}"]`);
  }
  if (!el) return;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.focus({ preventScroll: true });
}

/**
 * One finding in words: its severity, the rule's Vietnamese (or English) title and the core's
 * sentence; the stable code and the data paths only inside "Chi tiết kỹ thuật".
 */
export function FindingItem({
  finding,
  onSelect,
  as: Tag = 'li',
}: {
  finding: Finding;
  onSelect?: (f: Finding) => void;
  /** 'div' when the caller puts it inside its own list item (with comments). */
  as?: 'li' | 'div';
}) {
  const { lang, t } = useI18n();
  // A pack's own rules and its rewording of the core's findings.
  const wording = useContext(PackContext)?.wording;
  return (
    <Tag
      className={`finding sev-${finding.severity}`}
      data-code={finding.code}
      data-severity={finding.severity}
    >
      <button type="button" className="finding-link" onClick={() => onSelect?.(finding)}>
        <span className={`badge ${finding.severity}`}>{severityLabel(finding.severity, lang)}</span>
        <strong className="finding-title">{ruleTitle(finding.code, lang, wording)}</strong>
        <span className="finding-text">{formatFinding(finding, lang, wording)}</span>
      </button>
      <details className="technical">
        <summary>{t.technical}</summary>
        <code className="finding-code">{finding.code}</code>
        {finding.paths.map((p) => (
          <code key={pathKey(p)} className="finding-path">
            {showPath(p)}
          </code>
        ))}
      </details>
    </Tag>
  );
}
