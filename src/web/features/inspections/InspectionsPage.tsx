import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { ListResults, Pager, ResetFilters, useListParams } from '../../components/ListControls';
import { useAuth } from '../../lib/auth';
import { formatIsoDate, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { inspectionsApi } from './api';
import { CHECK_STATUSES, INSPECTION_STATUSES, inspectionStatusLabel, isCheck, originLabel } from './model';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'status', 'member', 'caseType'] as const;
const CASE_TABS = ['', 'inspection', 'specialised_check'] as const;

/** The inspections of the user's agencies, or those whose team he is on (?member=me). */
export function InspectionsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { get, page, query, setQuery, setParam, reset } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, get(k)])) as Record<(typeof FILTERS)[number], string>;
  const list = useApi((signal) => inspectionsApi.list({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [...Object.values(filters), page]);
  const items = list.data?.items ?? [];
  const columns = [t('inspections.caseNo'), t('inspections.decision'), t('inspections.titleAndSubject'), t('inspections.status'), t('inspections.openRequests')];

  return (
    <>
      <PageHeader title={t('inspections.title')} intro={t('inspections.intro')}>
        <Link className="btn btn-secondary" to="/inspections/online-share">
          {t('insdocs.share.link')}
        </Link>
        {can('inspections.manage') && (
          <Link className="btn btn-secondary" to="/inspections/checks/new">
            + {t('checks.newCheck')}
          </Link>
        )}
        {can('inspections.manage') && (
          <Link className="btn btn-primary" to="/inspections/new">
            + {t('inspections.newCase')}
          </Link>
        )}
      </PageHeader>
      <nav className="case-type-tabs" aria-label={t('checks.tabsLabel')}>
        {CASE_TABS.map((k) => (
          <button key={k || 'all'} type="button" className={`case-type-tab${filters.caseType === k ? ' is-active' : ''}`} aria-pressed={filters.caseType === k} onClick={() => setParam({ caseType: k, status: '', page: '' })}>
            {t(`checks.tabs.${k || 'all'}`)}
          </button>
        ))}
      </nav>
      <section className="card">
        <form className="petition-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField className="filter-search" label={t('inspections.search')} placeholder={t('inspections.searchPlaceholder')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <SelectField label={t('inspections.status')} value={filters.status} onChange={(e) => setParam({ status: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            {(filters.caseType === 'specialised_check' ? CHECK_STATUSES : INSPECTION_STATUSES).map((s) => (
              <option key={s} value={s}>
                {inspectionStatusLabel(s, undefined, filters.caseType)}
              </option>
            ))}
          </SelectField>
          <label className="check">
            <input type="checkbox" checked={filters.member === 'me'} onChange={(e) => setParam({ member: e.target.checked ? 'me' : '', page: '' })} />
            <span>{t('inspections.myTeams')}</span>
          </label>
          <ResetFilters shown={FILTERS.some((k) => get(k))} label={t('inspections.reset')} onReset={reset} />
        </form>
        <ListResults
          loading={list.loading}
          error={list.error}
          hasData={!!list.data}
          empty={items.length === 0}
          emptyText={t('inspections.empty')}
          caption={t('inspections.listCaption')}
          className="petitions-table inspections-table"
          columns={columns}
          reload={list.reload}
        >
          {items.map((c) => (
            <tr key={c.id}>
              <td data-label={columns[0]} className="cell-no mono nowrap">
                {c.caseNo}
              </td>
              <td data-label={columns[1]} className="cell-date">
                <span className="nowrap">{c.decisionNo ?? t('inspections.noDecisionNo')}</span>
                <div className="small muted nowrap">{formatIsoDate(c.decisionDate)}</div>
              </td>
              <td data-label={columns[2]} className="cell-title">
                <Link to={`/inspections/${c.id}`} className="strong">
                  {c.title}
                </Link>
                <div className="small muted">
                  {isCheck(c) && <span className="badge badge-check">{t('checks.badge')}</span>} {c.subjectName} · {isCheck(c) ? null : `${originLabel(c.origin)} · `}
                  {c.agencyName}
                </div>
              </td>
              <td data-label={columns[3]}>
                <span className="badge badge-state">{inspectionStatusLabel(c.status, c.statusLabel, c.caseType)}</span>
              </td>
              <td data-label={columns[4]} className="nowrap">
                {c.openRequests > 0 ? <span className="badge badge-warning">{formatNumber(c.openRequests)}</span> : <span className="muted">0</span>}
              </td>
            </tr>
          ))}
        </ListResults>
        <Pager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} caption={t('inspections.listCaption')} range={(r) => t('inspections.range', r)} onPage={(n) => setParam({ page: String(n) })} />
      </section>
    </>
  );
}
