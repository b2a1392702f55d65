import { AUTHORITY_PREFIXES, BODY_KINDS, MEMBER_ROLES } from '@diemmac/core';
import { useI18n } from '../i18n/index.js';
import { CitationFields } from './CitationsEditor.js';
import { useEditor } from './context.js';
import { getIn } from './doc.js';
import { Field } from './Field.js';
import { ListEditor } from './ListEditor.js';
import { RowList } from './RowList.js';
import { TextList } from './TextList.js';

/** Who supervised whom on what, the conclusion notice, the signatory, and the free text. */
export function GeneralEditor() {
  const { t } = useI18n();
  const { doc } = useEditor();
  const g = t.general;
  const s = t.start;
  return (
    <div className="general">
      <div className="grid">
        <Field path={['year']} label={g.year} type="count" numeric />
        <Field path={['subject']} label={g.subject} type="longtext" />
        <Field path={['body', 'name']} label={g.bodyName} />
        <Field path={['body', 'shortName']} label={g.bodyShortName} />
        <Field path={['locality', 'name']} label={g.locality} />
        <Field path={['locality', 'district']} label={g.district} />
        <Field path={['locality', 'province']} label={g.province} />
        <Field
          path={['body', 'kind']}
          label={s.bodyKind}
          type="select"
          options={BODY_KINDS.map((k) => ({ value: k, label: s.bodyKinds[k] }))}
        />
        <Field
          path={['locality', 'unit']}
          label={s.unit}
          type="select"
          fallback="xa"
          options={(['xa', 'phuong', 'thi-tran', 'dac-khu'] as const).map((k) => ({
            value: k,
            label: s.units[k],
          }))}
        />
      </div>
      <TextList path={['supervised']} title={g.supervised} long={false} />
      <RowList
        path={['legalBases']}
        legend={g.legalBases}
        className="citations"
        empty=""
        row={(_, i) => <CitationFields path={['legalBases', i]} />}
      />
      <ListEditor
        path={['delegation']}
        title={s.delegation}
        columns={[
          { field: 'name', type: 'text', label: s.memberName },
          {
            field: 'role',
            type: 'select',
            label: s.memberRole,
            options: MEMBER_ROLES.map((r) => ({ value: r, label: s.roles[r] })),
          },
          { field: 'title', type: 'text', label: s.memberTitle },
        ]}
      />
      <fieldset className="group">
        <legend>{g.conclusion}</legend>
        <div className="grid">
          <Field path={['documents', 'conclusion', 'number']} label={g.conclusionNumber} />
          <Field path={['documents', 'conclusion', 'date']} label={g.conclusionDate} type="date" />
          <Field path={['documents', 'conclusion', 'place']} label={g.conclusionPlace} />
          <Field path={['documents', 'conclusion', 'symbol']} label={t.citation.symbol} />
        </div>
        <p className="hint">{g.conclusionHint}</p>
      </fieldset>
      <fieldset className="group">
        <legend>{t.lifecycle.title}</legend>
        {(['programme', 'plan', 'delegationDecision', 'contentNotice'] as const).map((step) => (
          <fieldset key={step} className="group step" data-path={`documents.${step}`}>
            <legend>{t.lifecycle[step]}</legend>
            <div className="grid">
              <Field path={['documents', step, 'number']} label={t.citation.number} />
              <Field path={['documents', step, 'symbol']} label={t.citation.symbol} />
              <Field path={['documents', step, 'date']} label={t.citation.date} type="date" />
              <Field path={['documents', step, 'issuer']} label={t.citation.issuer} />
              <Field path={['documents', step, 'subject']} label={t.citation.subject} />
            </div>
            {getIn(doc, ['documents', step, 'citation']) !== undefined && (
              <>
                <p className="hint">{g.citationHint}</p>
                <CitationFields path={['documents', step, 'citation']} />
              </>
            )}
          </fieldset>
        ))}
      </fieldset>
      <ListEditor
        path={['documents', 'reports']}
        title={g.reports}
        columns={[
          { field: 'from', type: 'text', label: g.reportFrom },
          { field: 'due', type: 'date', label: g.reportDue },
          { field: 'received', type: 'date', label: g.reportReceived },
          { field: 'citation', type: 'text', label: t.citation.text },
        ]}
      />
      <fieldset className="group">
        <legend>{g.meetings}</legend>
        <div className="grid">
          <Field path={['documents', 'survey', 'date']} label={g.surveyDate} type="date" />
          <Field path={['documents', 'survey', 'note']} label={g.surveyNote} />
          <Field path={['documents', 'conference', 'date']} label={g.conferenceDate} type="date" />
          <Field path={['documents', 'conference', 'note']} label={g.conferenceNote} />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>{g.signature}</legend>
        <div className="grid">
          <Field
            path={['signature', 'authority']}
            label={g.authority}
            type="select"
            options={AUTHORITY_PREFIXES.map((a) => ({ value: a, label: a || '—' }))}
          />
          <Field path={['signature', 'body']} label={g.signatureBody} />
          <Field path={['signature', 'position']} label={g.position} />
          <Field path={['signature', 'title']} label={g.signatureTitle} />
          <Field path={['signature', 'signer']} label={g.signer} />
        </div>
      </fieldset>
      <TextList path={['preamble']} title={g.preamble} />
      <TextList path={['processAssessment', 'strengths']} title={g.processStrengths} />
      <TextList path={['processAssessment', 'limitations']} title={g.processLimitations} />
      <TextList path={['assessment', 'strengths']} title={g.strengths} />
      <TextList path={['assessment', 'limitations']} title={g.limitations} />
      <Field path={['closing']} label={g.closing} type="longtext" />
      <TextList path={['recipients']} title={g.recipients} long={false} />
      <details className="more technical">
        <summary>{t.technical}</summary>
        <div className="grid">
          <Field path={['id']} label={g.id} />
          <Field path={['body', 'level']} label={g.bodyLevel} />
          <Field path={['body', 'parent']} label={g.bodyParent} />
          <Field path={['framework']} label={t.start.framework} />
        </div>
      </details>
    </div>
  );
}
