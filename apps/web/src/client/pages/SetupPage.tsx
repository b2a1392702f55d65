import { type FormEvent, useState } from 'react';
import { ApiFailure, api, type User } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { PASSWORD_RULE_ID, PasswordRule } from './PasswordRule.js';

/** First start without ADMIN_EMAIL/ADMIN_PASSWORD: create the administrator with the printed token. */
export function SetupPage({ onSignedIn }: { onSignedIn: (u: User) => void }) {
  const { t, lang } = useI18n();
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [form, setForm] = useState({ token: fromUrl, email: '', name: '', password: '' });
  const [errors, setErrors] = useState<string[]>([]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await api<{ user: User }>('POST', '/api/auth/setup', form);
      window.history.replaceState(null, '', '/');
      onSignedIn(r.user);
    } catch (err) {
      if (err instanceof ApiFailure) {
        setErrors([
          err.body.error[`message_${lang}`],
          ...(err.body.error.issues ?? []).map((i) => i[`message_${lang}`]),
        ]);
      } else setErrors([t.errors.network]);
    }
  };
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        required
        {...(key === 'password' ? { minLength: 10, 'aria-describedby': PASSWORD_RULE_ID } : {})}
      />
      {key === 'password' && <PasswordRule />}
    </label>
  );
  return (
    <form className="card login" onSubmit={(e) => void submit(e)}>
      <h1>{t.setupTitle}</h1>
      <p>{t.setupIntro}</p>
      {field('token', t.setupToken)}
      {field('name', t.name)}
      {field('email', t.email, 'email')}
      {field('password', t.password, 'password')}
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
