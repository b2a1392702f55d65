import { type FormEvent, useEffect, useState } from 'react';
import { PackInstalled, PackList } from '../../shared/packs.js';
import { ApiFailure, api } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { ImportButton } from './ImportButton.js';

type Message = { ok: boolean; text: string; issues?: { path: string; text: string }[] };

/** Administrators install packs from a file (or pasted text) and choose the one in use. */
export function PacksPage() {
  const { t, lang } = useI18n();
  const p = t.packs;
  const [list, setList] = useState<PackList>();
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const load = () => void api('GET', '/api/packs', PackList).then(setList);
  useEffect(load, []);

  const fail = (err: unknown) =>
    setMessage(
      err instanceof ApiFailure
        ? {
            ok: false,
            text: err.body.error[`message_${lang}`],
            issues: (err.body.error.issues ?? []).map((i) => ({
              path: i.path.join('.') || p.root,
              text: i[`message_${lang}`],
            })),
          }
        : { ok: false, text: t.errors.network },
    );

  const install = async (file: File) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const { pack } = await api('POST', '/api/packs', PackInstalled, file);
      setMessage({
        ok: true,
        text: (pack.created ? p.installedNew : p.installedSame)(pack.id, pack.version),
      });
      setPasted('');
      load();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  const installPasted = (e: FormEvent) => {
    e.preventDefault();
    const json = pasted.trimStart().startsWith('{');
    void install(new File([pasted], json ? 'pack.json' : 'pack.yaml'));
  };
  const use = async (row: number | null, id: string, version: string) => {
    try {
      await api('PUT', '/api/packs/active', undefined, { pack: row });
      setMessage({ ok: true, text: p.activated(id, version) });
      load();
    } catch (err) {
      fail(err);
    }
  };

  if (!list) return <p>{t.loading}</p>;
  const inUse = (active: boolean, action: () => void, label: string) =>
    active ? (
      <strong className="in-use">{p.inUse}</strong>
    ) : (
      <button type="button" className="link" onClick={action}>
        {label}
      </button>
    );

  return (
    <div className="page packs-page">
      <h1>{p.title}</h1>
      <p className="hint">{p.intro}</p>
      <table className="list-table" data-testid="packs">
        <thead>
          <tr>
            <th>{p.id}</th>
            <th>{p.version}</th>
            <th>{p.name}</th>
            <th>{p.installed}</th>
            <th>
              <span className="visually-hidden">{t.rowActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr data-pack={list.default.id}>
            <td data-label={p.id}>{list.default.id}</td>
            <td data-label={p.version}>{list.default.version}</td>
            <td data-label={p.name}>{list.default.name}</td>
            <td data-label={p.installed}>{p.builtIn}</td>
            <td data-label={t.rowActions}>
              {inUse(
                list.active === null,
                () => void use(null, list.default.id, list.default.version),
                p.useDefault,
              )}
            </td>
          </tr>
          {list.packs.map((pack) => (
            <tr key={pack.row} data-pack={`${pack.id}@${pack.version}`}>
              <td data-label={p.id}>{pack.id}</td>
              <td data-label={p.version}>{pack.version}</td>
              <td data-label={p.name}>{pack.name}</td>
              <td data-label={p.installed}>
                {new Date(pack.installedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}
                {pack.installedBy && ` · ${pack.installedBy}`}
              </td>
              <td data-label={t.rowActions}>
                {inUse(pack.active, () => void use(pack.row, pack.id, pack.version), p.use)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.packs.length === 0 && <p className="hint">{p.none}</p>}
      {message && (
        <div className={`notice ${message.ok ? 'ok' : 'error'}`} role="status" data-testid="pack-message">
          <p>{message.text}</p>
          {message.issues && message.issues.length > 0 && (
            <ul>
              {message.issues.map((i) => (
                <li key={`${i.path}:${i.text}`}>
                  <code>{i.path}</code> {i.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form className="card" onSubmit={installPasted}>
        <h2>{p.install}</h2>
        <p className="hint">{p.installHint}</p>
        <ImportButton label={p.file} testId="pack-file" onFile={(f) => void install(f)} />
        <label>
          {p.paste}
          <textarea
            rows={8}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            spellCheck={false}
            data-testid="pack-text"
          />
        </label>
        <button type="submit" className="primary" disabled={busy || pasted.trim() === ''}>
          {p.installButton}
        </button>
      </form>
    </div>
  );
}
