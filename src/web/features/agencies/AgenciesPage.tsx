import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { agenciesApi } from '../../lib/endpoints';
import { useApi, useDebounced } from '../../lib/useApi';
import { AgencyLabel, TreeNode } from './AgencyTree';

const SEARCH_LIMIT = 50;

/** The agency directory: a tree opened level by level, and a diacritics-insensitive name search. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const q = useDebounced(query.trim(), 300);

  const roots = useApi((signal) => agenciesApi.list({ root: 'true', limit: SEARCH_LIMIT }, signal), []);
  const search = useApi((signal) => agenciesApi.list({ q, limit: SEARCH_LIMIT, includeInactive }, signal), [q, includeInactive], q.length >= 2);

  return (
    <>
      <PageHeader title={t('agencies.title')} />
      <section className="card">
        <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField className="grow" type="search" label={t('agencies.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
          <label className="check">
            <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
            {t('agencies.includeInactive')}
          </label>
        </form>
        {q.length >= 2 ? (
          <section aria-labelledby="search-title">
            <h2 id="search-title">{t('agencies.searchResults')}</h2>
            <ErrorMessage message={search.error} onRetry={search.reload} />
            {search.loading ? (
              <Loading />
            ) : search.data && search.data.length === 0 ? (
              <p className="empty" role="status">
                {t('agencyPicker.noResults')}
              </p>
            ) : (
              <ul className="result-list" aria-live="polite">
                {search.data?.map((a) => (
                  <li key={a.id}>
                    <AgencyLabel agency={a} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : (
          <section aria-labelledby="tree-title">
            <h2 id="tree-title">{t('agencies.tree')}</h2>
            <ErrorMessage message={roots.error} onRetry={roots.reload} />
            {roots.loading ? (
              <Loading />
            ) : (
              <ul className="tree" key={String(includeInactive)}>
                {roots.data?.map((a) => (
                  <TreeNode key={a.id} agency={a} includeInactive={includeInactive} startOpen />
                ))}
              </ul>
            )}
          </section>
        )}
      </section>
    </>
  );
}
