import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pushIn } from './doc.js';
import { RowTools } from './RowTools.js';

/**
 * A list in the document shown as rows, each with move and remove buttons, and a button
 * that adds `empty`; read-only users see the rows only. The row's own fields come from `row`.
 */
export function RowList({
  path,
  legend,
  className,
  empty,
  row,
  addLabel,
}: {
  path: (string | number)[];
  legend: string;
  className: string;
  empty: unknown;
  row: (item: unknown, index: number) => ReactNode;
  addLabel?: string | undefined;
}) {
  const { t } = useI18n();
  const { doc, update, readOnly } = useEditor();
  const value = getIn(doc, path);
  const list: unknown[] = Array.isArray(value) ? value : [];
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {list.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the document
        <div className="text-row" key={i}>
          {row(item, i)}
          {!readOnly && <RowTools path={path} index={i} count={list.length} what={`${legend} ${i + 1}`} />}
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="link" onClick={() => update((d) => pushIn(d, path, empty))}>
          {addLabel ?? t.addRow}
          <span className="visually-hidden"> ({legend})</span>
        </button>
      )}
    </fieldset>
  );
}
