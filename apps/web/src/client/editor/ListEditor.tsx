import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pushIn } from './doc.js';
import { Field, type FieldType } from './Field.js';
import { RowTools } from './RowTools.js';

export interface Column {
  field: string;
  type: FieldType;
  label: string;
  options?: readonly { value: string; label: string }[];
  numeric?: boolean;
}

/**
 * Rows of an array in the document (components, budget items, parts…) as a table of
 * fields (stacked as cards on a narrow screen, each cell naming its column); `scalar` lists
 * hold plain strings (places, paragraphs).
 */
export function ListEditor({
  path,
  title,
  columns,
  scalar,
}: {
  path: (string | number)[];
  title: string;
  columns: Column[];
  scalar?: boolean | undefined;
}) {
  const { t } = useI18n();
  const { doc, update, readOnly } = useEditor();
  const rows = getIn(doc, path);
  const list = Array.isArray(rows) ? rows : [];
  return (
    <fieldset className="list">
      <legend>{title}</legend>
      {list.length > 0 && (
        <table className="stack">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.field}>{c.label}</th>
              ))}
              {!readOnly && (
                <th>
                  <span className="visually-hidden">{t.rowActions}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {list.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the document's array
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.field} data-label={c.label}>
                    <Field
                      path={scalar ? [...path, i] : [...path, i, ...c.field.split('.')]}
                      type={c.type}
                      compact
                      ariaLabel={`${c.label} (${title} ${i + 1})`}
                      {...(c.options ? { options: c.options } : {})}
                      {...(scalar ? { keepEmpty: true } : {})}
                      {...(c.numeric ? { numeric: true } : {})}
                    />
                  </td>
                ))}
                {!readOnly && (
                  <td className="row-actions">
                    <RowTools path={path} index={i} count={list.length} what={`${title} ${i + 1}`} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <button
          type="button"
          className="link"
          onClick={() => update((d) => pushIn(d, path, scalar ? '' : {}))}
        >
          {t.addRow}
          <span className="visually-hidden"> ({title})</span>
        </button>
      )}
    </fieldset>
  );
}
