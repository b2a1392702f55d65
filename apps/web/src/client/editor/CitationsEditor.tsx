import type { Finding, Severity } from '@diemmac/core';
import { FindingItem, focusPath } from '../findings/FindingItem.js';
import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pathKey, startsWith } from './doc.js';
import { Field } from './Field.js';
import { RowList } from './RowList.js';

const WORST: Severity[] = ['error', 'warning', 'info'];

/** The fields of one structured citation (type, number, symbol, date, issuer…), or its text. */
export function CitationFields({ path }: { path: (string | number)[] }) {
  const { t } = useI18n();
  const { doc, findings } = useEditor();
  const value = getIn(doc, path);
  const mine = findings.filter((f) => f.paths.some((p) => pathKey(p) === pathKey(path)));
  const severity = WORST.find((s) => mine.some((f) => f.severity === s));
  const c = t.citation;
  return (
    <div className={`citation ${severity ? `has-${severity}` : ''}`} data-path={pathKey(path)} tabIndex={-1}>
      {typeof value === 'string' ? (
        <Field path={path} type="longtext" keepEmpty compact ariaLabel={c.text} />
      ) : (
        <>
          <Field path={[...path, 'text']} label={c.text} type="longtext" compact />
          <div className="grid citation-grid">
            <Field path={[...path, 'type']} label={c.type} compact />
            <Field path={[...path, 'number']} label={c.number} compact />
            <Field path={[...path, 'symbol']} label={c.symbol} compact />
            <Field path={[...path, 'date']} label={c.date} type="date" compact />
            <Field path={[...path, 'issuer']} label={c.issuer} compact />
            <Field path={[...path, 'subject']} label={c.subject} compact />
          </div>
        </>
      )}
      {mine.length > 0 && (
        <ul className="inline-findings">
          {mine.map((f: Finding) => (
            <FindingItem
              key={`${f.code}:${JSON.stringify(f.paths)}`}
              finding={f}
              onSelect={(x) => focusPath(x.paths[0] ?? path)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** A section's cited documents, with the citation findings (reused numbers, order, issuer) at each. */
export function CitationsEditor({ path }: { path: (string | number)[] }) {
  const { t } = useI18n();
  return (
    <RowList
      path={path}
      legend={t.citations}
      className="citations"
      empty={{ text: '' }}
      row={(_, i) => <CitationFields path={[...path, i]} />}
    />
  );
}

/** Findings about a section's own text (names, citations), to show beside its paragraphs. */
export function textFindings(findings: Finding[], section: (string | number)[]): Finding[] {
  return findings.filter((f) =>
    f.paths.some(
      (p) => startsWith(p, [...section, 'paragraphs']) || startsWith(p, [...section, 'citations']),
    ),
  );
}
