import { useEffect, useState } from 'react';
import { type InstalledPack, PackList } from '../../shared/packs.js';
import { api } from '../api.js';
import { useI18n } from '../i18n/index.js';

type Version = Pick<InstalledPack, 'row' | 'id' | 'version'>;

/**
 * An administrator pins one supervision to an installed pack version (an issued notice kept
 * under the rules it was written against), or lets it follow the installation's pack again.
 */
export function PackPin({ id, pin, onChanged }: { id: number; pin: number | null; onChanged: () => void }) {
  const { t } = useI18n();
  const [versions, setVersions] = useState<Version[]>();
  useEffect(() => {
    void api('GET', '/api/packs', PackList)
      .then((r) => setVersions(r.packs))
      .catch(() => setVersions([]));
  }, []);
  if (!versions || versions.length === 0) return null;
  const change = async (value: string) => {
    await api('PUT', `/api/supervisions/${id}/pack`, undefined, {
      pack: value === '' ? null : Number(value),
    });
    onChanged();
  };
  return (
    <label className="pack-pin">
      {t.packs.pinLabel}{' '}
      <select
        className="pack-pin-select"
        value={pin ?? ''}
        onChange={(e) => void change(e.target.value)}
        data-testid="pack-pin"
      >
        <option value="">{t.packs.followInstallation}</option>
        {versions.map((v) => (
          <option key={v.row} value={v.row}>
            {v.id} {v.version}
          </option>
        ))}
      </select>
    </label>
  );
}
