import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pushIn, removeIn } from './doc.js';
import { Field } from './Field.js';

/** A list of paragraphs (or lines) of the document, each editable, with add and remove. */
export function TextList({
  path,
  title,
  long = true,
}: {
  path: (string | number)[];
  title: string;
  long?: boolean;
}) {
  const { t } = useI18n();
  const { doc, update, readOnly } = useEditor();
  const value = getIn(doc, path);
  const list = Array.isArray(value) ? value : [];
  return (
    <fieldset className="text-list">
      <legend>{title}</legend>
      {list.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positions in the document
        <div className="text-row" key={i}>
          {typeof item === 'string' || item === undefined ? (
            <Field path={[...path, i]} type={long ? 'longtext' : 'text'} keepEmpty />
          ) : (
            <Field path={[...path, i, 'text']} type={long ? 'longtext' : 'text'} keepEmpty />
          )}
          {!readOnly && (
            <button
              type="button"
              className="icon"
              title={t.remove}
              onClick={() => update((d) => removeIn(d, path, i))}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="link" onClick={() => update((d) => pushIn(d, path, ''))}>
          {t.addRow}
        </button>
      )}
    </fieldset>
  );
}
