import { BODY_KINDS, DEFAULT_FRAMEWORKS, formatIssue, MEMBER_ROLES, parseSupervision } from '@diemmac/core';
import { type FormEvent, useEffect, useState } from 'react';
import { SupervisionList, SupervisionRead } from '../../shared/api.js';
import { api, type Day, failureLines } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { type StartForm, startDocument } from './start.js';

type Member = StartForm['members'][number];

function TextInput({
  id,
  label,
  value,
  onChange,
  hint,
  required,
  inputMode,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  required?: boolean;
  inputMode?: 'numeric';
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        name={id}
        type="text"
        value={value}
        required={required}
        inputMode={inputMode}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * A supervision from nothing: a short guided start (body, commune, subject, period,
 * delegation, plan) that lays out the default framework's sections; the editor takes over.
 */
export function StartPage() {
  const { t, lang } = useI18n();
  const s = t.start;
  const [today, setToday] = useState<Day>();
  const [form, setForm] = useState<StartForm>({
    framework: DEFAULT_FRAMEWORKS.outlines[0]!.id,
    bodyKind: 'doan',
    unit: 'xa',
    commune: '',
    province: '',
    subject: '',
    year: '',
    periodFrom: '',
    periodTo: '',
    planNumber: '',
    planSymbol: 'KH-HĐND',
    planDate: '',
    members: [{ name: '', role: 'truong-doan', title: '' }],
  });
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void api('GET', '/api/supervisions', SupervisionList).then((r) => {
      setToday(r.today);
      setForm((f) => (f.year ? f : { ...f, year: String(r.today.year) }));
    });
  }, []);
  const set =
    <K extends keyof StartForm>(k: K) =>
    (v: StartForm[K]) =>
      setForm((f) => ({ ...f, [k]: v }));
  const setMember = (i: number, m: Partial<Member>) =>
    setForm((f) => ({ ...f, members: f.members.map((x, j) => (j === i ? { ...x, ...m } : x)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!today) return;
    const framework = DEFAULT_FRAMEWORKS.outlines.find((o) => o.id === form.framework)!;
    const document = startDocument(form, framework, today);
    const parsed = parseSupervision(document);
    if (!parsed.ok) {
      setErrors(parsed.issues.map((i) => formatIssue(i, lang)));
      return;
    }
    setBusy(true);
    try {
      const r = await api('POST', '/api/supervisions', SupervisionRead, { document });
      navigate(`/s/${r.supervision.id}`);
    } catch (err) {
      setErrors(failureLines(err, lang, t.errors.network));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page start-page">
      <header className="page-head">
        <div>
          <p className="crumbs">
            <Link to="/">{t.supervisions}</Link>
          </p>
          <h1>{s.title}</h1>
          <p className="meta">{s.intro}</p>
        </div>
      </header>
      <form className="start-form" onSubmit={(e) => void submit(e)} data-testid="start-form">
        <fieldset className="group">
          <legend>{s.who}</legend>
          <div className="grid">
            <div className="field">
              <label htmlFor="start-body">{s.bodyKind}</label>
              <select
                id="start-body"
                value={form.bodyKind}
                onChange={(e) => set('bodyKind')(e.target.value as StartForm['bodyKind'])}
              >
                {BODY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {s.bodyKinds[k]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="start-unit">{s.unit}</label>
              <select
                id="start-unit"
                value={form.unit}
                onChange={(e) => set('unit')(e.target.value as StartForm['unit'])}
              >
                {(['xa', 'phuong', 'dac-khu'] as const).map((k) => (
                  <option key={k} value={k}>
                    {s.units[k]}
                  </option>
                ))}
              </select>
            </div>
            <TextInput
              id="start-commune"
              label={s.commune}
              value={form.commune}
              onChange={set('commune')}
              required
            />
            <TextInput
              id="start-province"
              label={s.province}
              value={form.province}
              onChange={set('province')}
              required
            />
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>{s.what}</legend>
          <div className="grid">
            <TextInput
              id="start-subject"
              label={s.subject}
              value={form.subject}
              onChange={set('subject')}
              hint={s.subjectHint}
              required
            />
            <TextInput
              id="start-year"
              label={s.year}
              value={form.year}
              onChange={set('year')}
              inputMode="numeric"
              required
            />
            <TextInput
              id="start-from"
              label={s.periodFrom}
              value={form.periodFrom}
              onChange={set('periodFrom')}
              hint={s.dateHint}
            />
            <TextInput
              id="start-to"
              label={s.periodTo}
              value={form.periodTo}
              onChange={set('periodTo')}
              hint={s.dateHint}
            />
            <div className="field">
              <label htmlFor="start-framework">{s.framework}</label>
              <select
                id="start-framework"
                value={form.framework}
                onChange={(e) => set('framework')(e.target.value)}
              >
                {DEFAULT_FRAMEWORKS.outlines.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>{s.plan}</legend>
          <div className="grid">
            <TextInput
              id="start-plan-number"
              label={t.citation.number}
              value={form.planNumber}
              onChange={set('planNumber')}
            />
            <TextInput
              id="start-plan-symbol"
              label={t.citation.symbol}
              value={form.planSymbol}
              onChange={set('planSymbol')}
            />
            <TextInput
              id="start-plan-date"
              label={t.citation.date}
              value={form.planDate}
              onChange={set('planDate')}
              hint={s.dateHint}
            />
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>{s.delegation}</legend>
          {form.members.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: members are positions in the form
            <div className="grid member" key={i}>
              <TextInput
                id={`start-member-${i}`}
                label={`${s.memberName} ${i + 1}`}
                value={m.name}
                onChange={(v) => setMember(i, { name: v })}
              />
              <div className="field">
                <label htmlFor={`start-role-${i}`}>{`${s.memberRole} ${i + 1}`}</label>
                <select
                  id={`start-role-${i}`}
                  value={m.role}
                  onChange={(e) => setMember(i, { role: e.target.value as Member['role'] })}
                >
                  {MEMBER_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {s.roles[r]}
                    </option>
                  ))}
                </select>
              </div>
              <TextInput
                id={`start-title-${i}`}
                label={`${s.memberTitle} ${i + 1}`}
                value={m.title}
                onChange={(v) => setMember(i, { title: v })}
              />
            </div>
          ))}
          <button
            type="button"
            className="link"
            onClick={() =>
              setForm((f) => ({ ...f, members: [...f.members, { name: '', role: 'thanh-vien', title: '' }] }))
            }
          >
            {s.addMember}
          </button>
        </fieldset>
        {errors.length > 0 && (
          <div className="notice error" role="alert">
            <ul>
              {errors.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" data-testid="start-create" disabled={busy || !today}>
            {busy ? t.saving : s.create}
          </button>
        </div>
      </form>
    </div>
  );
}
