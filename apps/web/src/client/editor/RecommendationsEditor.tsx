import { type Finding, RECOMMENDATION_STATUSES } from '@diemmac/core';
import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pushIn } from './doc.js';
import { Field } from './Field.js';
import { RowTools } from './RowTools.js';

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
      <table className="stack">
        <thead>
          <tr>
            <th>#</th>
            <th>{t.addressee}</th>
            <th>{t.content}</th>
            <th>{t.deadline}</th>
            <th>{t.status}</th>
            {!readOnly && (
              <th>
                <span className="visually-hidden">{t.rowActions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {list.map((_, i) => (
            <RecommendationRow
              // biome-ignore lint/suspicious/noArrayIndexKey: recommendations are positions in the document
              key={i}
              index={i}
              count={list.length}
              overdue={overdue.has(i)}
              statuses={statuses}
            />
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
  count,
  overdue,
  statuses,
}: {
  index: number;
  count: number;
  overdue: boolean;
  statuses: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  const { readOnly } = useEditor();
  const what = `${t.recommendations} ${index + 1}`;
  const named = (column: string) => `${column} (${what})`;
  return (
    <tr className={overdue ? 'overdue' : undefined} data-overdue={overdue || undefined}>
      <td data-label="#">
        {index + 1}
        {overdue && <span className="badge warning">{t.overdue}</span>}
      </td>
      <td data-label={t.addressee}>
        <Field path={['recommendations', index, 'addressee']} compact ariaLabel={named(t.addressee)} />
      </td>
      <td data-label={t.content}>
        <Field
          path={['recommendations', index, 'content']}
          type="longtext"
          compact
          ariaLabel={named(t.content)}
        />
      </td>
      <td data-label={t.deadline}>
        <Field
          path={['recommendations', index, 'deadline']}
          type="date"
          compact
          ariaLabel={named(t.deadline)}
        />
      </td>
      <td data-label={t.status}>
        <Field
          ariaLabel={named(t.status)}
          path={['recommendations', index, 'status']}
          type="select"
          options={statuses}
          fallback="pending"
          compact
        />
      </td>
      {!readOnly && (
        <td className="row-actions">
          <RowTools path={['recommendations']} index={index} count={count} what={what} />
        </td>
      )}
    </tr>
  );
}
