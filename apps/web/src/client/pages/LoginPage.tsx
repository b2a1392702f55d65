import { type FormEvent, useState } from 'react';
import { ApiFailure, api, type User } from '../api.js';
import { useI18n } from '../i18n/index.js';

/** Sign-in; the server limits failed attempts and answers in both languages. */
export function LoginPage({ onSignedIn }: { onSignedIn: (u: User) => void }) {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const r = await api<{ user: User }>('POST', '/api/auth/login', { email, password });
      onSignedIn(r.user);
    } catch (err) {
      setError(err instanceof ApiFailure ? err.body.error[`message_${lang}`] : t.errors.network);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card login" onSubmit={(e) => void submit(e)}>
      <h1>{t.signIn}</h1>
      <label>
        {t.email}
        <input
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
      </label>
      <label>
        {t.password}
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t.signIn}
      </button>
    </form>
  );
}
