import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage, PageHeader } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { ListResults, Pager, ResetFilters, useListParams } from '../../components/ListControls';
import { useMe } from '../../lib/auth';
import { formatIsoDate, formatNumber, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { regimeLabel } from '../inspections/model';
import { plansApi } from './api';
import { ANNUAL_PLAN_STATES, planStatusLabel } from './model';

const PAGE_SIZE = 20;
const FILTERS = ['year', 'status'] as const;

/** Drafts a plan for an inspectorate and a year (Luật Thanh tra 2025, khoản 2 Điều 18). */
function NewPlanForm({ onDone }: { onDone(id: string): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const agencies = workAgencies(me);
  const nextYear = Number(todayIso().slice(0, 4)) + 1;
  const [agency, setAgency] = useState<AgencyRef | null>(() => agencies.find((a) => a.id === me.activeAgencyId) ?? null);
  const [year, setYear] = useState(String(nextYear));
  const [title, setTitle] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const errors = { agency: !agency ? t('plans.agencyRequired') : null, year: !/^\d{4}$/.test(year) ? t('plans.yearRequired') : null };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (errors.agency || errors.year) return;
    await run.run(async () => {
      const created = await plansApi.create({ agencyId: agency!.id, planYear: Number(year), title: title.trim() || t('plans.planTitleDefault', { year }) });
      onDone(created.id);
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('plans.newPlanTitle')}>
      <ErrorMessage message={run.error} />
      <AgencyPicker label={t('plans.agency')} value={agency} onChange={setAgency} suggestions={agencies} error={submitted ? errors.agency : null} />
      <TextField label={t('plans.year')} inputMode="numeric" value={year} maxLength={4} required markRequired error={submitted ? errors.year : null} onChange={(e) => setYear(e.target.value.replace(/\D/g, ''))} />
      <TextField label={t('plans.planTitle')} value={title} placeholder={t('plans.planTitleDefault', { year })} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={run.busy}>
          {run.busy ? t('common.saving') : t('plans.create')}
        </button>
      </div>
    </form>
  );
}

/** The annual inspection plans of the user's scope, by year and state. */
export function PlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { get, page, setParam, reset } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, get(k)])) as Record<(typeof FILTERS)[number], string>;
  const list = useApi((signal) => plansApi.list({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [...Object.values(filters), page]);
  const items = list.data?.items ?? [];
  const thisYear = Number(todayIso().slice(0, 4));
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  const columns = [t('plans.year'), t('plans.planTitle'), t('plans.status'), t('plans.items'), t('plans.issuedOn')];

  return (
    <>
      <PageHeader title={t('plans.title')} intro={t('plans.intro')}>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          + {t('plans.newPlan')}
        </button>
      </PageHeader>
      <section className="card">
        <form className="petition-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <SelectField label={t('plans.year')} value={filters.year} onChange={(e) => setParam({ year: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('plans.status')} value={filters.status} onChange={(e) => setParam({ status: e.target.value, page: '' })}>
            <option value="">{t('common.all')}</option>
            {ANNUAL_PLAN_STATES.map((s) => (
              <option key={s} value={s}>
                {planStatusLabel(s)}
              </option>
            ))}
          </SelectField>
          <ResetFilters shown={FILTERS.some((k) => get(k))} label={t('plans.reset')} onReset={reset} />
        </form>
        <ListResults loading={list.loading} error={list.error} hasData={!!list.data} empty={items.length === 0} emptyText={t('plans.empty')} caption={t('plans.listCaption')} className="petitions-table plans-table" columns={columns} reload={list.reload}>
          {items.map((p) => (
            <tr key={p.id}>
              <td data-label={columns[0]} className="mono nowrap">
                {p.planYear}
              </td>
              <td data-label={columns[1]} className="cell-title">
                <Link to={`/inspection-plans/${p.id}`} className="strong">
                  {p.title}
                </Link>
                <div className="small muted">
                  {p.agencyName} · {regimeLabel(p.regime)}
                </div>
              </td>
              <td data-label={columns[2]}>
                <span className="badge badge-state">{planStatusLabel(p.status, p.statusLabel)}</span>
                {p.revision > 1 && <div className="small muted">{t('plans.revisionValue', { n: p.revision })}</div>}
              </td>
              <td data-label={columns[3]} className="nowrap">
                {formatNumber(p.itemCount)}
              </td>
              <td data-label={columns[4]} className="nowrap">
                {p.issuedOn ? formatIsoDate(p.issuedOn) : <span className="muted">{t('plans.notIssued')}</span>}
              </td>
            </tr>
          ))}
        </ListResults>
        <Pager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} caption={t('plans.listCaption')} range={(r) => t('plans.range', r)} onPage={(n) => setParam({ page: String(n) })} />
      </section>
      <Dialog title={t('plans.newPlanTitle')} open={creating} onClose={() => setCreating(false)} variant="modal">
        <NewPlanForm onDone={(id) => navigate(`/inspection-plans/${id}`)} />
      </Dialog>
    </>
  );
}
