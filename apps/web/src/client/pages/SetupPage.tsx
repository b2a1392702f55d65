import { type FormEvent, useState } from 'react';
import { SignedIn } from '../../shared/api.js';
import { api, failureLines, type User } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { emailOk, FormRow, MIN_PASSWORD } from './FormRow.js';

/** First start without ADMIN_EMAIL/ADMIN_PASSWORD: create the administrator with the printed token. */
export function SetupPage({ onSignedIn }: { onSignedIn: (u: User) => void }) {
  const { t, lang } = useI18n();
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [form, setForm] = useState({ token: fromUrl, email: '', name: '', password: '' });
  const [errors, setErrors] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const r = t.rules;
  const problems: Partial<Record<keyof typeof form, string>> = {
    token: form.token.trim() ? undefined : r.required,
    name: form.name.trim() ? undefined : r.required,
    email: !form.email.trim() ? r.required : emailOk(form.email) ? undefined : r.emailInvalid,
    password: [...form.password].length >= MIN_PASSWORD ? undefined : r.passwordShort(MIN_PASSWORD),
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    try {
      const r = await api('POST', '/api/auth/setup', SignedIn, form);
      window.history.replaceState(null, '', '/');
      onSignedIn(r.user);
    } catch (err) {
      setErrors(failureLines(err, lang, t.errors.network));
    }
  };
  const field = (key: keyof typeof form, label: string, type = 'text', rule?: string) => (
    <FormRow
      id={`setup-${key}`}
      label={label}
      rule={rule}
      error={tried ? problems[key] : undefined}
      type={type}
      name={key}
      value={form[key]}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
    />
  );
  return (
    <form className="card login" noValidate onSubmit={(e) => void submit(e)}>
      <h1>{t.setupTitle}</h1>
      <p>{t.setupIntro}</p>
      {field('token', t.setupToken, 'text', r.token)}
      {field('name', t.name)}
      {field('email', t.email, 'email', r.email)}
      {field('password', t.password, 'password', r.password(MIN_PASSWORD))}
      {errors.length > 0 && (
        <ul className="notice error" role="alert">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="primary">
        {t.create}
      </button>
    </form>
  );
}
