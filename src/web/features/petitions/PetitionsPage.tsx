import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { ListResults, Pager, ResetFilters, useListParams } from '../../components/ListControls';
import { SavedViews } from '../../components/SavedViews';
import { useAuth } from '../../lib/auth';
import { petitionsApi, portalApi } from '../../lib/endpoints';
import { formatIsoDate } from '../../lib/format';
import { letterStateLabel, petitionKindLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { NextDeadline } from './Deadlines';
import { KINDS, LETTER_STATES } from './model';

export const PAGE_SIZE = 20;
const FILTERS = ['q', 'kind', 'state', 'from', 'to', 'deadline', 'handler', 'provinceCode', 'communeCode'] as const;
const DEADLINE_FILTERS = ['overdue', 'due_soon'] as const;
const HANDLER_FILTERS = ['me', 'none'] as const;

/** The work list: letters of the agencies in the user's scope, pseudonymised by the server, with their next deadline. */
export function PetitionsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { get, page, query, setQuery, setParam, reset, apply } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, get(k)])) as Record<(typeof FILTERS)[number], string>;
  const provinces = useApi((signal) => portalApi.provinces(signal), []);
  const communes = useApi((signal) => portalApi.communes(filters.provinceCode, signal), [filters.provinceCode], !!filters.provinceCode);
  const list = useApi((signal) => petitionsApi.list({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [...Object.values(filters), page]);
  const total = list.data?.total ?? 0;
  const items = list.data?.items ?? [];
  const filtered = FILTERS.some((k) => get(k));

  return (
    <>
      <PageHeader title={t('petitions.title')} intro={t('petitions.intro')}>
        {can('petitions.register') && (
          <Link className="btn btn-primary" to="/petitions/new">
            + {t('petitions.register')}
          </Link>
        )}
      </PageHeader>
      <section className="card">
        <form className="petition-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField className="filter-search" label={t('petitions.search')} placeholder={t('petitions.searchPlaceholder')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <SelectField label={t('petitions.kind')} value={filters.kind} onChange={(e) => setParam({ kind: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {petitionKindLabel(k)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('petitions.state')} value={filters.state} onChange={(e) => setParam({ state: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            {LETTER_STATES.map((s) => (
              <option key={s} value={s}>
                {letterStateLabel(s)}
              </option>
            ))}
          </SelectField>
          <DateInput label={t('petitions.from')} value={filters.from} onChange={(from) => setParam({ from, page: '' })} />
          <DateInput label={t('petitions.to')} value={filters.to} onChange={(to) => setParam({ to, page: '' })} />
          <SelectField label={t('worklist.deadline')} value={filters.deadline} onChange={(e) => setParam({ deadline: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            {DEADLINE_FILTERS.map((d) => (
              <option key={d} value={d}>
                {t(`worklist.deadlines.${d}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('worklist.handler')} value={filters.handler} onChange={(e) => setParam({ handler: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            {HANDLER_FILTERS.map((h) => (
              <option key={h} value={h}>
                {t(`worklist.handlers.${h}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('worklist.province')} value={filters.provinceCode} onChange={(e) => setParam({ provinceCode: e.target.value, communeCode: '', page: '' })}>
            <option value="">{t('common.all')}</option>
            {(provinces.data ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.fullName}
              </option>
            ))}
          </SelectField>
          {filters.provinceCode && (
            <SelectField label={t('worklist.commune')} value={filters.communeCode} onChange={(e) => setParam({ communeCode: e.target.value, page: '' })}>
              <option value="">{t('common.all')}</option>
              {(communes.data ?? []).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.fullName}
                </option>
              ))}
            </SelectField>
          )}
          <ResetFilters shown={filtered} label={t('petitions.reset')} onReset={reset} />
        </form>
        <SavedViews list="petitions" current={Object.fromEntries(Object.entries(filters).filter(([, v]) => v))} onApply={apply} />
        <ListResults
          loading={list.loading}
          error={list.error}
          hasData={!!list.data}
          empty={items.length === 0}
          emptyText={t('petitions.empty')}
          caption={t('petitions.listCaption')}
          className="petitions-table"
          columns={[t('petitions.registerNo'), t('petitions.receivedOn'), t('petitions.kind'), t('petitions.letterTitle'), t('petitions.author'), t('petitions.agency'), t('petitions.nextDeadline')]}
          reload={list.reload}
        >
          {items.map((p) => (
            <tr key={p.id}>
              <td data-label={t('petitions.registerNo')} className="cell-no mono nowrap">
                {p.registerNo}
              </td>
              <td data-label={t('petitions.receivedOn')} className="cell-date nowrap">
                {formatIsoDate(p.receivedOn)}
              </td>
              <td data-label={t('petitions.kind')} className="cell-kind">
                <span className={`badge badge-kind-${p.claimedKind}`}>{petitionKindLabel(p.kind ?? p.claimedKind)}</span>
                <div className="small muted">{letterStateLabel(p.state)}</div>
              </td>
              <td data-label={t('petitions.letterTitle')} className="cell-title">
                <Link to={`/petitions/${p.id}`} className="strong">
                  {p.title}
                </Link>
              </td>
              <td data-label={t('petitions.author')} className="cell-author">
                {p.identityProtected && <Icon name="lock" size={14} className="lock-mark" />}
                {p.author}
              </td>
              <td data-label={t('petitions.agency')} className="cell-agency">
                {p.agencyName}
                <div className="small muted">
                  {t('worklist.handlerColumn')}: {p.handlerName ?? t('worklist.unassigned')}
                </div>
              </td>
              <td data-label={t('petitions.nextDeadline')} className="cell-deadline">
                <NextDeadline deadline={p.nextDeadline} />
              </td>
            </tr>
          ))}
        </ListResults>
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={total}
          caption={t('petitions.listCaption')}
          onPage={(n) => setParam({ page: String(n) })}
        />
      </section>
    </>
  );
}
