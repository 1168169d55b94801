import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewList } from '../../shared/contracts/saved-views';
import { errorMessage } from '../lib/api';
import { savedViewsApi } from '../lib/endpoints';
import { useApi } from '../lib/useApi';
import { ErrorMessage, StatusMessage } from './Feedback';

/**
 * A user's saved views of a work list: apply one, save the current filters under a name, delete one. The views
 * belong to the user alone (the server keeps them per account).
 */
export function SavedViews({ list, current, onApply }: { list: SavedViewList; current: Record<string, string>; onApply(filters: Record<string, string>): void }) {
  const { t } = useTranslation();
  const views = useApi((signal) => savedViewsApi.list(list, signal), [list]);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const items = views.data?.items ?? [];
  const hasFilters = Object.keys(current).filter((k) => k !== 'page').length > 0;

  const run = async (action: () => Promise<string>) => {
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
      views.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="saved-views" aria-label={t('savedViews.title')} role="group">
      <span className="saved-views-title small strong">{t('savedViews.title')}:</span>
      {items.length === 0 && <span className="small muted">{t('savedViews.none')}</span>}
      {items.map((v) => (
        <span key={v.id} className="saved-view">
          <button type="button" className="btn btn-link btn-small" onClick={() => onApply(v.filters)}>
            {v.name}
          </button>
          <button type="button" className="btn btn-link btn-small saved-view-remove" aria-label={t('savedViews.remove', { name: v.name })} title={t('savedViews.remove', { name: v.name })} onClick={() => void run(async () => (await savedViewsApi.remove(v.id), t('savedViews.removed')))}>
            ×
          </button>
        </span>
      ))}
      {hasFilters && (
        <form
          className="saved-views-save"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            setSaving(true);
            void run(async () => {
              const { page: _page, ...filters } = current;
              const saved = await savedViewsApi.create(list, name.trim(), filters);
              setName('');
              return t('savedViews.saved', { name: saved.name });
            }).finally(() => setSaving(false));
          }}
        >
          <input className="input input-small" aria-label={t('savedViews.name')} placeholder={t('savedViews.namePlaceholder')} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="btn btn-secondary btn-small" disabled={saving || !name.trim()}>
            {t('savedViews.save')}
          </button>
        </form>
      )}
      <ErrorMessage message={error} />
      <StatusMessage message={status} />
    </div>
  );
}
