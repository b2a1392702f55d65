import { type FigureKind, SEVERITIES } from '@diemmac/core';
import { useState } from 'react';
import { useI18n } from '../i18n/index.js';
import { CitationsEditor, textFindings } from './CitationsEditor.js';
import { useEditor } from './context.js';
import { getIn, pathKey, pushIn } from './doc.js';
import { Field } from './Field.js';
import { FigureEditor } from './FigureEditor.js';
import { RowTools } from './RowTools.js';
import { FIGURE_SPECS } from './specs.js';
import { TextList } from './TextList.js';

interface SectionLike {
  number?: string;
  title?: string;
  figures?: unknown[];
  sections?: unknown[];
}

/** A section of the results: its title, paragraphs, figure blocks, citations and subsections. */
export function SectionEditor({ path, depth }: { path: (string | number)[]; depth: number }) {
  const { t } = useI18n();
  const { doc, findings, readOnly } = useEditor();
  const section = (getIn(doc, path) ?? {}) as SectionLike;
  const siblings = getIn(doc, path.slice(0, -1));
  const own = textFindings(findings, path);
  const Heading = depth === 0 ? 'h2' : depth === 1 ? 'h3' : 'h4';
  return (
    <section className={`doc-section depth-${depth}`} id={`s-${pathKey(path)}`}>
      <div className="section-head">
        <Heading>
          {section.number} {section.title}
        </Heading>
        {/* A section the delegation did not supervise can go, as the outline's template says. */}
        {!readOnly && (
          <RowTools
            path={path.slice(0, -1)}
            index={path.at(-1) as number}
            count={Array.isArray(siblings) ? siblings.length : 1}
            what={`${t.section} ${section.number ?? ''} ${section.title ?? ''}`.trim()}
          />
        )}
      </div>
      <div className="grid narrow">
        <Field path={[...path, 'number']} label={t.number} />
        <Field path={[...path, 'title']} label={t.title} />
      </div>
      {(section.figures ?? []).length > 0 && (
        <div className="figures">
          {(section.figures ?? []).map((_, i) => (
            <FigureEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: figure blocks are positions in the section
              key={i}
              path={[...path, 'figures', i]}
              count={section.figures?.length ?? 0}
              level={depth === 0 ? 3 : depth === 1 ? 4 : 5}
            />
          ))}
        </div>
      )}
      <AddFigure path={[...path, 'figures']} />
      <details className="texts">
        <summary>
          {t.paragraphs} · {t.citations}
          {own.length > 0 && (
            <span className="summary-findings">
              {SEVERITIES.filter((s) => own.some((f) => f.severity === s)).map((s) => (
                <span key={s} className={`badge ${s}`}>
                  {own.filter((f) => f.severity === s).length} {t.severityShort[s]}
                </span>
              ))}
            </span>
          )}
        </summary>
        <TextList path={[...path, 'paragraphs']} title={t.paragraphs} />
        <CitationsEditor path={[...path, 'citations']} />
      </details>
      {(section.sections ?? []).map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: subsections are positions in the section
        <SectionEditor key={i} path={[...path, 'sections', i]} depth={depth + 1} />
      ))}
    </section>
  );
}

const KINDS = Object.keys(FIGURE_SPECS) as FigureKind[];

/** Adds a figure block of a chosen kind at the end of a section; its fields then show what is missing. */
function AddFigure({ path }: { path: (string | number)[] }) {
  const { t } = useI18n();
  const { update, readOnly } = useEditor();
  const [kind, setKind] = useState<FigureKind>('dossiers');
  if (readOnly) return null;
  const id = `add-${pathKey(path)}`;
  return (
    <div className="add-figure">
      <label htmlFor={id}>{t.figureKind}</label>
      <select
        id={id}
        className="auto-width"
        value={kind}
        onChange={(e) => setKind(e.target.value as FigureKind)}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t.kinds[k]}
          </option>
        ))}
      </select>
      <button type="button" data-testid="add-figure" onClick={() => update((d) => pushIn(d, path, { kind }))}>
        {t.addFigure}
      </button>
    </div>
  );
}

/** The table of contents: every section, linked to its place on the page. */
export function SectionNav({
  sections,
  base = ['sections'],
}: {
  sections: unknown[];
  base?: (string | number)[];
}) {
  return (
    <ul className="toc">
      {sections.map((s, i) => {
        const section = (s ?? {}) as SectionLike;
        const path = [...base, i];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections are positions in the document
          <li key={i}>
            <a href={`#s-${pathKey(path)}`}>
              {section.number} {section.title}
            </a>
            {section.sections && section.sections.length > 0 && (
              <SectionNav sections={section.sections} base={[...path, 'sections']} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
