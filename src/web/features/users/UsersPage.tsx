import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { useAuth } from '../../lib/auth';
import { usersApi } from '../../lib/endpoints';
import { formatDateTime, formatNumber } from '../../lib/format';
import { roleLabel } from '../../lib/labels';
import { useApi, useDebounced } from '../../lib/useApi';

export const PAGE_SIZE = 20;

export function StatusBadge({ status }: { status: 'active' | 'disabled' }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`users.${status}`)}</span>;
}

/** Searchable, paginated list of the accounts in the user's scope. */
export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'active' || params.get('status') === 'disabled' ? (params.get('status') as 'active' | 'disabled') : '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const [query, setQuery] = useState(params.get('q') ?? '');
  const q = useDebounced(query.trim(), 300);

  const setParam = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) setParam({ q, page: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const list = useApi((signal) => usersApi.list({ q: params.get('q') ?? '', status, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [params.get('q'), status, page]);
  const total = list.data?.total ?? 0;
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('users.title')}>
        {can('users.manage') && (
          <Link className="btn btn-primary" to="/users/new">
            {t('users.create')}
          </Link>
        )}
      </PageHeader>
      <section className="card">
        <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField className="grow" label={t('users.searchLabel')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <SelectField label={t('users.status')} value={status} onChange={(e) => setParam({ status: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            <option value="active">{t('users.active')}</option>
            <option value="disabled">{t('users.disabled')}</option>
          </SelectField>
        </form>
        <ErrorMessage message={list.error} onRetry={list.reload} />
        {list.loading && !list.data ? (
          <Loading />
        ) : items.length === 0 && !list.error ? (
          <p className="empty">{t('users.empty')}</p>
        ) : (
          <div className="table-wrap" aria-busy={list.loading}>
            <table className="table table-cards">
              <caption className="visually-hidden">{t('users.listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.fullName')}</th>
                  <th scope="col">{t('users.agency')}</th>
                  <th scope="col">{t('users.roles')}</th>
                  <th scope="col">{t('users.status')}</th>
                  <th scope="col">{t('users.lastLogin')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((u) => (
                  <tr key={u.id}>
                    <td data-label={t('users.fullName')}>
                      <Link to={`/users/${u.id}`} className="strong">
                        {u.fullName}
                      </Link>
                      <div className="muted small mono">{u.username}</div>
                    </td>
                    <td data-label={t('users.agency')}>{u.agencyName}</td>
                    <td data-label={t('users.roles')}>
                      {u.roles.length === 0 ? (
                        <span className="muted">{t('common.none')}</span>
                      ) : (
                        <ul className="badge-list">
                          {u.roles.map((r) => (
                            <li key={`${r.agencyId}-${r.role}`} className="badge badge-role" title={r.agencyName}>
                              {roleLabel(t, r.role)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td data-label={t('users.status')}>
                      <StatusBadge status={u.status} />
                    </td>
                    <td data-label={t('users.lastLogin')}>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : <span className="muted">{t('users.never')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {total > 0 && (
          <nav className="pager" aria-label={t('users.listCaption')}>
            <span aria-live="polite">
              {t('users.range', { from: formatNumber(page * PAGE_SIZE + 1), to: formatNumber(Math.min(total, (page + 1) * PAGE_SIZE)), total: formatNumber(total) })}
            </span>
            <span className="pager-buttons">
              <button type="button" className="btn btn-secondary btn-small" disabled={page === 0} onClick={() => setParam({ page: String(page - 1) })}>
                {t('users.prev')}
              </button>
              <button type="button" className="btn btn-secondary btn-small" disabled={(page + 1) * PAGE_SIZE >= total} onClick={() => setParam({ page: String(page + 1) })}>
                {t('users.next')}
              </button>
            </span>
          </nav>
        )}
      </section>
    </>
  );
}
