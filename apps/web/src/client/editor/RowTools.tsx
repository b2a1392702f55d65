import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { moveIn, removeIn } from './doc.js';

/**
 * Move up, move down and remove for item `index` of the list at `path`; each button names
 * the row it acts on (`what`), so a screen reader and the keyboard can tell them apart.
 */
export function RowTools({
  path,
  index,
  count,
  what,
}: {
  path: (string | number)[];
  index: number;
  count: number;
  what: string;
}) {
  const { t } = useI18n();
  const { update } = useEditor();
  return (
    <span className="row-tools">
      <button
        type="button"
        className="icon"
        aria-label={`${t.moveUp}: ${what}`}
        title={t.moveUp}
        disabled={index === 0}
        onClick={() => update((d) => moveIn(d, path, index, -1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        aria-label={`${t.moveDown}: ${what}`}
        title={t.moveDown}
        disabled={index === count - 1}
        onClick={() => update((d) => moveIn(d, path, index, 1))}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon remove"
        aria-label={`${t.remove}: ${what}`}
        title={t.remove}
        onClick={() => update((d) => removeIn(d, path, index))}
      >
        ×
      </button>
    </span>
  );
}
