import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pushIn, removeIn } from './doc.js';
import { Field, type FieldType } from './Field.js';

export interface Column {
  field: string;
  type: FieldType;
  label: string;
  options?: readonly { value: string; label: string }[];
  numeric?: boolean;
}

/**
 * Rows of an array in the document (components, budget items, parts…) as a table of
 * fields; `scalar` lists hold plain strings (places, paragraphs).
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
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.field}>{c.label}</th>
              ))}
              {!readOnly && <th aria-label={t.remove} />}
            </tr>
          </thead>
          <tbody>
            {list.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the document's array
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.field}>
                    <Field
                      path={scalar ? [...path, i] : [...path, i, ...c.field.split('.')]}
                      type={c.type}
                      compact
                      {...(c.options ? { options: c.options } : {})}
                      {...(scalar ? { keepEmpty: true } : {})}
                      {...(c.numeric ? { numeric: true } : {})}
                    />
                  </td>
                ))}
                {!readOnly && (
                  <td>
                    <button
                      type="button"
                      className="icon"
                      title={t.remove}
                      onClick={() => update((d) => removeIn(d, path, i))}
                    >
                      ×
                    </button>
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
        </button>
      )}
    </fieldset>
  );
}
