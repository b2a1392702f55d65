import { useI18n } from '../i18n/index.js';
import { CitationFields } from './CitationsEditor.js';
import { useEditor } from './context.js';
import { getIn } from './doc.js';
import { Field } from './Field.js';
import { TextList } from './TextList.js';

/** Who supervised whom on what, the conclusion notice, the signatory, and the free text. */
export function GeneralEditor() {
  const { t } = useI18n();
  const { doc } = useEditor();
  const g = t.general;
  return (
    <div className="general">
      <div className="grid">
        <Field path={['id']} label={g.id} />
        <Field path={['year']} label={g.year} type="count" numeric />
        <Field path={['subject']} label={g.subject} type="longtext" />
        <Field path={['body', 'name']} label={g.bodyName} />
        <Field path={['body', 'shortName']} label={g.bodyShortName} />
        <Field path={['locality', 'name']} label={g.locality} />
        <Field path={['locality', 'district']} label={g.district} />
        <Field path={['locality', 'province']} label={g.province} />
      </div>
      <fieldset className="group">
        <legend>{g.conclusion}</legend>
        <div className="grid">
          <Field path={['documents', 'conclusion', 'number']} label={g.conclusionNumber} />
          <Field path={['documents', 'conclusion', 'date']} label={g.conclusionDate} type="date" />
          <Field path={['documents', 'conclusion', 'place']} label={g.conclusionPlace} />
        </div>
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
              <CitationFields path={['documents', step, 'citation']} />
            )}
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="group">
        <legend>{g.signature}</legend>
        <div className="grid">
          <Field path={['signature', 'signer']} label={g.signer} />
          <Field path={['signature', 'position']} label={g.position} />
        </div>
      </fieldset>
      <TextList path={['preamble']} title={g.preamble} />
      <TextList path={['processAssessment', 'strengths']} title={g.processStrengths} />
      <TextList path={['processAssessment', 'limitations']} title={g.processLimitations} />
      <TextList path={['assessment', 'strengths']} title={g.strengths} />
      <TextList path={['assessment', 'limitations']} title={g.limitations} />
      <Field path={['closing']} label={g.closing} type="longtext" />
      <TextList path={['recipients']} title={g.recipients} long={false} />
    </div>
  );
}
