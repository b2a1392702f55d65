import type { FigureKind } from '@diemmac/core';
import { FindingItem, focusPath } from '../findings/FindingItem.js';
import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pathKey, startsWith } from './doc.js';
import { Field } from './Field.js';
import { ListEditor } from './ListEditor.js';
import { COMMON_SPECS, FIGURE_SPECS, type Spec, split } from './specs.js';

function SpecView({ spec, base, kind }: { spec: Spec; base: (string | number)[]; kind: string }) {
  const { t } = useI18n();
  const label = (key: string | undefined, field: string) => t.fields[key ?? `${kind}.${field}`] ?? field;
  const option = (o: string) => ({ value: o, label: t.options[o] ?? o });
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
    const listLabel = spec.label ?? `${kind}.${spec.list}`;
    return (
      <ListEditor
        path={[...base, ...split(spec.list)]}
        title={t.fields[listLabel] ?? spec.list}
        scalar={spec.scalar}
        columns={spec.columns.map((c) => ({
          field: c.field,
          type: c.type,
          label: t.fields[c.label ?? `${listLabel}.${c.field}`] ?? c.field,
          ...(c.options ? { options: c.options.map(option) } : {}),
          ...(c.numeric ? { numeric: true } : {}),
        }))}
      />
    );
  }
  return (
    <Field
      path={[...base, ...split(spec.field)]}
      label={label(spec.label, spec.field)}
      type={spec.type}
      {...(spec.options ? { options: spec.options.map(option) } : {})}
      {...(spec.numeric ? { numeric: true } : {})}
    />
  );
}

/**
 * Any figure block, rendered from the per-kind field list, with the findings that read its
 * figures beside it, recomputed as the user types.
 */
export function FigureEditor({ path }: { path: (string | number)[] }) {
  const { t } = useI18n();
  const { doc, findings } = useEditor();
  const block = getIn(doc, path) as { kind?: string; id?: string } | undefined;
  const kind = block?.kind as FigureKind | undefined;
  const specs = kind ? FIGURE_SPECS[kind] : undefined;
  const mine = findings.filter((f) => f.paths.some((p) => startsWith(p, path)));
  return (
    <article className="figure" id={`b-${pathKey(path)}`} data-kind={kind}>
      <header>
        <h4>{kind ? t.kinds[kind] : String(block?.kind)}</h4>
        {block?.id && <code>{block.id}</code>}
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
            <summary>{`${t.fields['period.from']} · ${t.fields.note} · ${t.fields.id}`}</summary>
            <div className="grid">
              {COMMON_SPECS.map((s) => (
                <SpecView key={'field' in s ? s.field : ''} spec={s} base={path} kind={kind ?? ''} />
              ))}
            </div>
          </details>
        </div>
        <aside className="figure-findings" aria-label={t.findings} data-block={pathKey(path)}>
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
        </aside>
      </div>
    </article>
  );
}
