import { type FormEvent, useEffect, useState } from 'react';
import { type Account, UserList } from '../../shared/api.js';
import { NEW_ACCOUNT_ROLE, ROLES, roleOf } from '../../shared/roles.js';
import { api, failureLines, type Role } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { PASSWORD_RULE_ID, PasswordRule } from './PasswordRule.js';

/** Administrators add accounts, change roles and disable accounts. */
export function UsersPage() {
  const { t, lang } = useI18n();
  const [users, setUsers] = useState<Account[]>([]);
  const [form, setForm] = useState({ email: '', name: '', role: NEW_ACCOUNT_ROLE, password: '' });
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] }>();
  const load = () => void api('GET', '/api/users', UserList).then((r) => setUsers(r.users));
  useEffect(load, []);
  const fail = (err: unknown) =>
    setMessage({
      ok: false,
      lines: failureLines(err, lang, t.errors.network),
    });
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('POST', '/api/users', undefined, form);
      setMessage({ ok: true, lines: [t.usersPage.created(form.email)] });
      setForm({ email: '', name: '', role: NEW_ACCOUNT_ROLE, password: '' });
      load();
    } catch (err) {
      fail(err);
    }
  };
  const patch = async (id: number, change: Partial<{ role: Role; disabled: boolean }>) => {
    try {
      await api('PATCH', `/api/users/${id}`, undefined, change);
      load();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <div className="page">
      <h1>{t.usersPage.title}</h1>
      <table className="list-table">
        <thead>
          <tr>
            <th>{t.name}</th>
            <th>{t.email}</th>
            <th>{t.role}</th>
            <th>
              <span className="visually-hidden">{t.rowActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.disabled ? 'disabled' : undefined}>
              <td data-label={t.name}>{u.name}</td>
              <td data-label={t.email}>{u.email}</td>
              <td data-label={t.role}>
                <select
                  aria-label={`${t.role}: ${u.name}`}
                  value={u.role}
                  onChange={(e) => void patch(u.id, { role: roleOf(e.target.value) ?? u.role })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t.roles[r]}
                    </option>
                  ))}
                </select>
              </td>
              <td data-label={t.rowActions}>
                <button
                  type="button"
                  className="link"
                  onClick={() => void patch(u.id, { disabled: !u.disabled })}
                >
                  {u.disabled ? t.usersPage.enable : t.usersPage.disable}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="card" onSubmit={(e) => void add(e)}>
        <h2>{t.usersPage.add}</h2>
        <div className="grid">
          <label>
            {t.name}
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
          </label>
          <label>
            {t.email}
            <input
              type="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
              required
            />
          </label>
          <label>
            {t.role}
            <select
              value={form.role}
              onChange={(e) => setForm({ ...form, role: roleOf(e.target.value) ?? form.role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t.roles[r]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.password}
            <input
              type="password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              required
              minLength={10}
              aria-describedby={PASSWORD_RULE_ID}
            />
            <PasswordRule />
          </label>
        </div>
        {message && (
          <ul className={`notice ${message.ok ? 'ok' : 'error'}`}>
            {message.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )}
        <button type="submit" className="primary">
          {t.create}
        </button>
      </form>
    </div>
  );
}
