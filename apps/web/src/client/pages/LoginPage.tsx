import { type FormEvent, useState } from 'react';
import { SignedIn } from '../../shared/api.js';
import { ApiFailure, api, type User } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { emailOk, FormRow } from './FormRow.js';

/** Sign-in; the server limits failed attempts and answers in both languages. */
export function LoginPage({ onSignedIn }: { onSignedIn: (u: User) => void }) {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const emailError = !email.trim() ? t.rules.required : !emailOk(email) ? t.rules.emailInvalid : undefined;
  const passwordError = password ? undefined : t.rules.required;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (emailError || passwordError) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await api('POST', '/api/auth/login', SignedIn, { email, password });
      onSignedIn(r.user);
    } catch (err) {
      setError(err instanceof ApiFailure ? err.body.error[`message_${lang}`] : t.errors.network);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card login" noValidate onSubmit={(e) => void submit(e)}>
      <h1>{t.signIn}</h1>
      <FormRow
        id="login-email"
        label={t.email}
        rule={t.rules.email}
        error={tried ? emailError : undefined}
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <FormRow
        id="login-password"
        label={t.password}
        error={tried ? passwordError : undefined}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
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
