import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { ListResults, Pager, useListParams } from '../../components/ListControls';
import { useAuth } from '../../lib/auth';
import { usersApi } from '../../lib/endpoints';
import { formatDateTime } from '../../lib/format';
import { roleLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';

export const PAGE_SIZE = 20;

export function StatusBadge({ status }: { status: 'active' | 'disabled' }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`users.${status}`)}</span>;
}

/** Searchable, paginated list of the accounts in the user's scope. */
export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { get, page, query, setQuery, setParam } = useListParams();
  const status = get('status') === 'active' || get('status') === 'disabled' ? (get('status') as 'active' | 'disabled') : '';
  const list = useApi((signal) => usersApi.list({ q: get('q'), status, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [get('q'), status, page]);
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
        <ListResults
          loading={list.loading}
          error={list.error}
          hasData={!!list.data}
          empty={items.length === 0}
          emptyText={t('users.empty')}
          caption={t('users.listCaption')}
          className=""
          columns={[t('users.fullName'), t('users.agency'), t('users.roles'), t('users.status'), t('users.lastLogin')]}
          reload={list.reload}
        >
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
        </ListResults>
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={total}
          caption={t('users.listCaption')}
          onPage={(n) => setParam({ page: String(n) })}
        />
      </section>
    </>
  );
}
