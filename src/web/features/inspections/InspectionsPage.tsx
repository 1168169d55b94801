import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { FilterSelect, ListResults, Pager, ResetFilters, useListParams } from '../../components/ListControls';
import { useAuth } from '../../lib/auth';
import { portalApi, usersApi } from '../../lib/endpoints';
import { formatIsoDate, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { inspectionsApi } from './api';
import { CHECK_STATUSES, INSPECTION_ORIGINS, INSPECTION_STATUSES, inspectionStatusLabel, isCheck, originLabel } from './model';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'status', 'member', 'caseType', 'origin', 'subject', 'provinceCode', 'deadline', 'year'] as const;
const CASE_TABS = ['', 'inspection', 'specialised_check'] as const;
/** The deadline filter's choices: overdue, or due within 7 / 30 days (`due_soon` with `dueWithinDays`). */
const DEADLINE_CHOICES = ['overdue', '7', '30'] as const;
const deadlineQuery = (v: string) => (v === 'overdue' ? { deadline: 'overdue' } : v ? { deadline: 'due_soon', dueWithinDays: v } : {});

/** The inspections of the user's agencies, or those whose team he is on (?member=me). */
export function InspectionsPage() {
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const { get, page, query, setQuery, setParam, reset } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, get(k)])) as Record<(typeof FILTERS)[number], string>;
  const { deadline, subject, ...plain } = filters;
  // The server needs two characters of a name or tax code; a single one is not sent yet.
  const request = { ...plain, ...deadlineQuery(deadline), subject: subject.trim().length >= 2 ? subject.trim() : '' };
  const list = useApi((signal) => inspectionsApi.list({ ...request, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [...Object.values(filters), page]);
  const provinces = useApi((signal) => portalApi.provinces(signal), []);
  // Officers of the agency, to find the cases where one of them is on the team (heads and administrators may list them).
  const canListOfficers = can('users.read') && !!me;
  const officers = useApi((signal) => (canListOfficers ? usersApi.list({ agencyId: me!.activeAgencyId, status: 'active', limit: 200, offset: 0 }, signal) : Promise.resolve(null)), [canListOfficers, me?.activeAgencyId]);
  const years = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i));
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
          <FilterSelect label={t('inspections.status')} value={filters.status} options={(filters.caseType === 'specialised_check' ? CHECK_STATUSES : INSPECTION_STATUSES).map((v) => ({ value: v, label: inspectionStatusLabel(v, undefined, filters.caseType) }))} onChange={(v) => setParam({ status: v, page: '' })} />
          <FilterSelect label={t('inspui.origin')} value={filters.origin} options={INSPECTION_ORIGINS.map((v) => ({ value: v, label: originLabel(v) }))} onChange={(v) => setParam({ origin: v, page: '' })} />
          <TextField label={t('inspui.subject')} placeholder={t('inspui.subjectPlaceholder')} type="search" value={filters.subject} onChange={(e) => setParam({ subject: e.target.value, page: '' })} />
          <FilterSelect label={t('inspui.province')} value={filters.provinceCode} options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))} onChange={(v) => setParam({ provinceCode: v, page: '' })} />
          <FilterSelect label={t('inspui.deadline')} value={filters.deadline} options={DEADLINE_CHOICES.map((d) => ({ value: d, label: d === 'overdue' ? t('inspui.overdue') : t('inspui.dueWithin', { days: d }) }))} onChange={(v) => setParam({ deadline: v, page: '' })} />
          <FilterSelect label={t('inspui.year')} value={filters.year} options={years.map((y) => ({ value: y, label: y }))} onChange={(v) => setParam({ year: v, page: '' })} />
          {officers.data && <FilterSelect label={t('inspui.member')} value={filters.member === 'me' ? '' : filters.member} options={officers.data.items.map((u) => ({ value: u.id, label: u.fullName }))} onChange={(v) => setParam({ member: v, page: '' })} />}
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
