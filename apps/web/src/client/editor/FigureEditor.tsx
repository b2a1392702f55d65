import type { FigureKind } from '@diemmac/core';
import { FindingItem, focusPath } from '../findings/FindingItem.js';
import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pathKey, startsWith } from './doc.js';
import { Field } from './Field.js';
import { ListEditor } from './ListEditor.js';
import { RowTools } from './RowTools.js';
import { COMMON_SPECS, FIGURE_SPECS, type FieldSpec, type Spec, split, withUnit } from './specs.js';

function useChoices() {
  const { lang } = useI18n();
  return (spec: FieldSpec) => spec.choices?.(lang);
}

function SpecView({ spec, base, kind }: { spec: Spec; base: (string | number)[]; kind: string }) {
  const { t } = useI18n();
  const choices = useChoices();
  const label = (f: FieldSpec) => withUnit(t.fields[f.label] ?? f.field, f.type);
  if ('group' in spec) {
    return (
      <fieldset className="group">
        <legend>{t.fields[spec.group] ?? spec.group}</legend>
        <div className="grid">
          {spec.items.map((s) => (
            <SpecView
              key={'field' in s ? s.field : 'list' in s ? s.list : s.group}
              spec={s}
              base={base}
              kind={kind}
            />
          ))}
        </div>
      </fieldset>
    );
  }
  if ('list' in spec) {
    return (
      <ListEditor
        path={[...base, ...split(spec.list)]}
        title={t.fields[spec.label] ?? spec.list}
        scalar={spec.scalar}
        columns={spec.columns.map((c) => {
          const options = choices(c);
          return {
            field: c.field,
            type: c.type,
            label: label(c),
            ...(options ? { options } : {}),
            ...(c.numeric ? { numeric: true } : {}),
          };
        })}
      />
    );
  }
  const options = choices(spec);
  return (
    <Field
      path={[...base, ...split(spec.field)]}
      label={label(spec)}
      type={spec.type}
      {...(options ? { options } : {})}
      {...(spec.numeric ? { numeric: true } : {})}
    />
  );
}

/**
 * Any figure block, rendered from the per-kind field list, with the findings that read its
 * figures beside it, recomputed as the user types. It is named by its kind and period, never
 * by its id (the id stays under "Chi tiết kỹ thuật").
 */
export function FigureEditor({
  path,
  count,
  level = 4,
}: {
  path: (string | number)[];
  count: number;
  /** The heading level under its section's heading. */
  level?: 3 | 4 | 5;
}) {
  const { t } = useI18n();
  const { doc, findings, readOnly } = useEditor();
  const block = getIn(doc, path) as { kind?: string; period?: { label?: string } } | undefined;
  const kind = block?.kind as FigureKind | undefined;
  const specs = kind ? FIGURE_SPECS[kind] : undefined;
  const mine = findings.filter((f) => f.paths.some((p) => startsWith(p, path)));
  const name = kind ? t.kinds[kind] : String(block?.kind);
  const index = path.at(-1) as number;
  const Heading = `h${level}` as const;
  return (
    <article className="figure" id={`b-${pathKey(path)}`} data-kind={kind} data-path={pathKey(path)}>
      <header>
        <Heading className="figure-title">
          {name}
          {block?.period?.label && <span className="period"> · {block.period.label}</span>}
        </Heading>
        {!readOnly && <RowTools path={path.slice(0, -1)} index={index} count={count} what={name} />}
      </header>
      <div className="figure-body">
        <div className="figure-fields">
          {specs ? (
            <div className="grid">
              {specs.map((s) => (
                <SpecView
                  key={'field' in s ? s.field : 'list' in s ? s.list : s.group}
                  spec={s}
                  base={path}
                  kind={kind!}
                />
              ))}
            </div>
          ) : null}
          <details className="more">
            <summary>{t.periodAndNote}</summary>
            <div className="grid">
              {COMMON_SPECS.map((s) => (
                <SpecView
                  key={'field' in s ? s.field : 'list' in s ? s.list : ''}
                  spec={s}
                  base={path}
                  kind={kind ?? ''}
                />
              ))}
            </div>
          </details>
        </div>
        <div className="figure-findings" data-block={pathKey(path)}>
          {mine.length === 0 ? (
            <p className="ok">✓ {t.noFindings}</p>
          ) : (
            <ul>
              {mine.map((f) => (
                <FindingItem
                  key={`${f.code}:${JSON.stringify(f.paths)}`}
                  finding={f}
                  onSelect={(x) => focusPath(x.paths[0] ?? path)}
                />
              ))}
            </ul>
          )}
        </div>
      </div>
    </article>
  );
}
