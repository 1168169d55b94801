import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { ListResults, Pager, ResetFilters, useListParams } from '../../components/ListControls';
import { useAuth } from '../../lib/auth';
import { formatDateTime } from '../../lib/format';
import { petitionKindLabel } from '../../lib/labels';
import { tDynamic } from '../../i18n';
import { useApi } from '../../lib/useApi';
import { NextDeadline } from '../petitions/Deadlines';
import { KINDS } from '../petitions/model';
import { receptionApi } from './api';
import { RECEPTION_VISIT_STATES, SESSION_KINDS } from './model';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'kind', 'state', 'sessionKind', 'from', 'to'] as const;
/** A visit state in the interface language. */
export const visitStateLabel = (state: string) => tDynamic(`reception.states.${state}`, state);

/** The reception register: visits of the agencies in the user's scope, visitors masked by the server. */
export function ReceptionPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { get, page, query, setQuery, setParam, reset } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, get(k)])) as Record<(typeof FILTERS)[number], string>;
  const list = useApi((signal) => receptionApi.list({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [...Object.values(filters), page]);
  const total = list.data?.total ?? 0;
  const items = list.data?.items ?? [];
  const select = (key: (typeof FILTERS)[number], label: string, options: readonly string[], optionLabel: (o: string) => string) => (
    <SelectField label={label} value={filters[key]} onChange={(e) => setParam({ [key]: e.target.value, page: '' })}>
      <option value="">{t('common.all')}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {optionLabel(o)}
        </option>
      ))}
    </SelectField>
  );

  return (
    <>
      <PageHeader title={t('reception.title')} intro={t('reception.intro')}>
        {can('reception.record') && (
          <Link className="btn btn-primary" to="/reception/new">
            + {t('reception.newVisit')}
          </Link>
        )}
      </PageHeader>
      <section className="card">
        <form className="petition-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField className="filter-search" label={t('reception.search')} placeholder={t('reception.searchPlaceholder')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          {select('kind', t('reception.kind'), KINDS, petitionKindLabel)}
          {select('state', t('reception.state'), RECEPTION_VISIT_STATES, visitStateLabel)}
          {select('sessionKind', t('reception.session'), SESSION_KINDS, (s) => t(`reception.sessions.${s as 'regular'}`))}
          <DateInput label={t('reception.from')} value={filters.from} onChange={(from) => setParam({ from, page: '' })} />
          <DateInput label={t('reception.to')} value={filters.to} onChange={(to) => setParam({ to, page: '' })} />
          <ResetFilters shown={FILTERS.some((k) => get(k))} label={t('reception.reset')} onReset={reset} />
        </form>
        <ListResults
          loading={list.loading}
          error={list.error}
          hasData={!!list.data}
          empty={items.length === 0}
          emptyText={t('reception.empty')}
          caption={t('reception.listCaption')}
          className="petitions-table reception-table"
          columns={[t('reception.registerNo'), t('reception.receivedAt'), t('reception.kind'), t('reception.matter'), t('reception.who'), t('reception.letter'), t('reception.nextDeadline')]}
          reload={list.reload}
        >
            {items.map((v) => (
              <tr key={v.id}>
                <td data-label={t('reception.registerNo')} className="cell-no mono nowrap">
                  {v.registerNo}
                </td>
                <td data-label={t('reception.receivedAt')} className="cell-date">
                  <span className="nowrap">{formatDateTime(v.receivedAt)}</span>
                  <div className="small muted">{t(`reception.sessions.${v.sessionKind}`)}</div>
                </td>
                <td data-label={t('reception.kind')} className="cell-kind">
                  <span className={`badge badge-kind-${v.kindClaimed}`}>{petitionKindLabel(v.kindClaimed)}</span>
                  <div className="small muted">{visitStateLabel(v.state)}</div>
                </td>
                <td data-label={t('reception.matter')} className="cell-title">
                  <Link to={`/reception/${v.id}`} className="strong">
                    {v.title}
                  </Link>
                  <div className="small muted">{v.agencyName}</div>
                </td>
                <td data-label={t('reception.who')} className="cell-author">
                  {v.identityProtected && <Icon name="lock" size={14} className="lock-mark" />}
                  {v.visitorsLabel}
                  {v.isGroup && <div className="small muted">{t('reception.groupBadge', { n: String(v.visitorCount) })}</div>}
                </td>
                <td data-label={t('reception.letter')} className="nowrap">
                  {v.letterId ? <Link to={`/petitions/${v.letterId}`}>{t('reception.letterLink', { registerNo: v.letterRegisterNo ?? '' })}</Link> : <span className="muted">{t('reception.noLetter')}</span>}
                </td>
                <td data-label={t('reception.nextDeadline')} className="cell-deadline">
                  <NextDeadline deadline={v.nextDeadline} />
                </td>
              </tr>
            ))}
        </ListResults>
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={total}
          caption={t('reception.listCaption')}
          range={(r) => t('reception.range', r)}
          onPage={(n) => setParam({ page: String(n) })}
        />
      </section>
    </>
  );
}
