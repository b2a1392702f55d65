import { type Finding, RECOMMENDATION_STATUSES } from '@diemmac/core';
import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pushIn, removeIn } from './doc.js';
import { Field } from './Field.js';

/**
 * The recommendations with addressee, deadline and status; an overdue one is marked from
 * the core's recommendation.overdue finding (as of the server's day).
 */
export function RecommendationsEditor() {
  const { t } = useI18n();
  const { doc, update, readOnly, findings } = useEditor();
  const value = getIn(doc, ['recommendations']);
  const list = Array.isArray(value) ? value : [];
  const overdue = new Set(
    findings
      .filter((f: Finding) => f.code === 'recommendation.overdue')
      .map((f) => f.paths[0]?.[1])
      .filter((i): i is number => typeof i === 'number'),
  );
  const statuses = RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t.recStatuses[s] }));
  return (
    <div className="recommendations">
      {list.length === 0 && <p>{t.noRecommendations}</p>}
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t.addressee}</th>
            <th>{t.content}</th>
            <th>{t.deadline}</th>
            <th>{t.status}</th>
            {!readOnly && <th aria-label={t.remove} />}
          </tr>
        </thead>
        <tbody>
          {list.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: recommendations are positions in the document
            <RecommendationRow key={i} index={i} overdue={overdue.has(i)} statuses={statuses} />
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <button
          type="button"
          className="link"
          onClick={() =>
            update((d) => pushIn(d, ['recommendations'], { addressee: '', content: '', status: 'pending' }))
          }
        >
          {t.addRow}
        </button>
      )}
    </div>
  );
}

function RecommendationRow({
  index,
  overdue,
  statuses,
}: {
  index: number;
  overdue: boolean;
  statuses: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  const { update, readOnly } = useEditor();
  return (
    <tr className={overdue ? 'overdue' : undefined} data-overdue={overdue || undefined}>
      <td>
        {index + 1}
        {overdue && <span className="badge warning">{t.overdue}</span>}
      </td>
      <td>
        <Field path={['recommendations', index, 'addressee']} compact />
      </td>
      <td>
        <Field path={['recommendations', index, 'content']} type="longtext" compact />
      </td>
      <td>
        <Field path={['recommendations', index, 'deadline']} type="date" compact />
      </td>
      <td>
        <Field
          path={['recommendations', index, 'status']}
          type="select"
          options={statuses}
          fallback="pending"
          compact
        />
      </td>
      {!readOnly && (
        <td>
          <button
            type="button"
            className="icon"
            title={t.remove}
            onClick={() => update((d) => removeIn(d, ['recommendations'], index))}
          >
            ×
          </button>
        </td>
      )}
    </tr>
  );
}
