import { Field } from './Field.js';
import { RowList } from './RowList.js';

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
  const type = long ? 'longtext' : 'text';
  return (
    <RowList
      path={path}
      legend={title}
      className="text-list"
      empty=""
      row={(item, i) =>
        typeof item === 'string' || item === undefined ? (
          <Field path={[...path, i]} type={type} keepEmpty ariaLabel={`${title} ${i + 1}`} />
        ) : (
          <Field path={[...path, i, 'text']} type={type} keepEmpty ariaLabel={`${title} ${i + 1}`} />
        )
      }
    />
  );
}
