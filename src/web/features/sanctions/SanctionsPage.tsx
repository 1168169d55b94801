import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { FilterSelect, ListResults, Pager, ResetFilters, useListParams } from '../../components/ListControls';
import { useAuth } from '../../lib/auth';
import { formatIsoDate, formatMoney } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { sanctionsApi } from './api';
import { SANCTION_STATES, sanctionStatusLabel } from './model';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'status', 'unpaid', 'overdue'] as const;

/** Sanction cases of the user's agencies, with the state, unpaid and overdue filters. */
export function SanctionsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { get, page, query, setQuery, setParam, reset } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, get(k)])) as Record<(typeof FILTERS)[number], string>;
  const list = useApi((signal) => sanctionsApi.list({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [...Object.values(filters), page]);
  const items = list.data?.items ?? [];
  const columns = [t('sanctions.caseNo'), t('sanctions.violator'), t('sanctions.decision'), t('sanctions.status'), t('sanctions.fine')];

  return (
    <>
      <PageHeader title={t('sanctions.title')} intro={t('sanctions.intro')}>
        {can('sanctions.manage') && (
          <Link className="btn btn-primary" to="/sanctions/new">
            + {t('sanctions.newCase')}
          </Link>
        )}
      </PageHeader>
      <section className="card">
        <form className="petition-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField className="filter-search" label={t('sanctions.search')} placeholder={t('sanctions.searchPlaceholder')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <FilterSelect label={t('sanctions.status')} value={filters.status} options={SANCTION_STATES.map((v) => ({ value: v, label: sanctionStatusLabel(v) }))} onChange={(v) => setParam({ status: v, page: '' })} />
          <label className="check">
            <input type="checkbox" checked={filters.unpaid === 'true'} onChange={(e) => setParam({ unpaid: e.target.checked ? 'true' : '', page: '' })} />
            <span>{t('sanctions.unpaid')}</span>
          </label>
          <label className="check">
            <input type="checkbox" checked={filters.overdue === 'true'} onChange={(e) => setParam({ overdue: e.target.checked ? 'true' : '', page: '' })} />
            <span>{t('sanctions.overdue')}</span>
          </label>
          <ResetFilters shown={FILTERS.some((k) => get(k))} label={t('sanctions.reset')} onReset={reset} />
        </form>
        <ListResults
          loading={list.loading}
          error={list.error}
          hasData={!!list.data}
          empty={items.length === 0}
          emptyText={t('sanctions.empty')}
          caption={t('sanctions.listCaption')}
          className="petitions-table sanctions-table"
          columns={columns}
          reload={list.reload}
        >
          {items.map((c) => (
            <tr key={c.id}>
              <td data-label={columns[0]} className="cell-no mono nowrap">
                {c.caseNo}
                <div className="small muted nowrap">{formatIsoDate(c.detectedOn)}</div>
              </td>
              <td data-label={columns[1]} className="cell-title">
                <Link to={`/sanctions/${c.id}`} className="strong">
                  {c.violatorName}
                </Link>
                <div className="small muted">
                  {t(`sanctions.kinds.${c.violatorKind as 'individual' | 'organisation'}`)}
                  {c.taxCode ? ` · MST ${c.taxCode}` : ''} · {c.field}
                </div>
              </td>
              <td data-label={columns[2]} className="cell-date">
                {c.decisionNo ? (
                  <>
                    <span className="nowrap">{c.decisionNo}</span>
                    <div className="small muted nowrap">{formatIsoDate(c.decidedOn)}</div>
                  </>
                ) : (
                  <span className="muted">{t('sanctions.noDecision')}</span>
                )}
              </td>
              <td data-label={columns[3]}>
                <span className="badge badge-state">{sanctionStatusLabel(c.status, c.statusLabel)}</span>
                {c.overdue && <span className="badge badge-deadline-overdue">{t('sanctions.overdueBadge')}</span>}
              </td>
              <td data-label={columns[4]} className="nowrap cell-money">
                {c.fineAmount !== null ? (
                  <>
                    {formatMoney(c.fineAmount)}
                    {c.balance > 0 && (
                      <div className={`small ${c.overdue ? 'text-late strong' : 'muted'}`}>
                        {t('sanctions.balance')}: {formatMoney(c.balance)}
                        {c.paymentDue ? ` · ${formatIsoDate(c.paymentDue)}` : ''}
                      </div>
                    )}
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </ListResults>
        <Pager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} caption={t('sanctions.listCaption')} range={(r) => t('sanctions.range', r)} onPage={(n) => setParam({ page: String(n) })} />
      </section>
    </>
  );
}
