import { useState } from 'react';
import { vsicLabel } from '../../../shared/domain/subjects/vsic-2018';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { ListResults, Pager, ResetFilters, useListParams } from '../../components/ListControls';
import { useAuth } from '../../lib/auth';
import { portalApi } from '../../lib/endpoints';
import { useApi } from '../../lib/useApi';
import { SUBJECT_KINDS, SUBJECT_STATUSES } from '../../../shared/domain/subjects/subject';
import { subjectsApi } from './api';
import { ImportDialog } from './ImportDialog';
import { SubjectForm } from './SubjectForm';
import { Dialog } from '../../components/Dialog';
import { useNavigate } from 'react-router-dom';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'taxCode', 'provinceCode', 'status', 'kind'] as const;

/** The registry of managed subjects of the agencies in the user's scope: filters, import, export. */
export function SubjectsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const { get, page, query, setQuery, setParam, reset } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, get(k)])) as Record<(typeof FILTERS)[number], string>;
  const list = useApi((signal) => subjectsApi.list({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [...Object.values(filters), page]);
  const provinces = useApi((signal) => portalApi.provinces(signal), []);
  const items = list.data?.items ?? [];
  const select = (key: (typeof FILTERS)[number], label: string, options: readonly { value: string; label: string }[]) => (
    <SelectField label={label} value={filters[key]} onChange={(e) => setParam({ [key]: e.target.value, page: '' })}>
      <option value="">{t('common.all')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
  const exportFilters = { q: filters.q, taxCode: filters.taxCode, provinceCode: filters.provinceCode, status: filters.status, kind: filters.kind };

  return (
    <>
      <PageHeader title={t('subjects.title')} intro={t('subjects.intro')}>
        <a className="btn" href={subjectsApi.exportUrl('xlsx', exportFilters)}>
          {t('subjects.exportXlsx')}
        </a>
        <a className="btn" href={subjectsApi.exportUrl('csv', exportFilters)}>
          {t('subjects.exportCsv')}
        </a>
        {can('subjects.manage') && (
          <button type="button" className="btn btn-primary" onClick={() => setImporting(true)}>
            {t('subjects.importButton')}
          </button>
        )}
        {can('subjects.manage') && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('subjectForm.add')}
          </button>
        )}
      </PageHeader>
      <section className="card">
        <form className="petition-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField className="filter-search" label={t('subjects.search')} placeholder={t('subjects.searchPlaceholder')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <TextField label={t('subjects.taxCode')} value={filters.taxCode} inputMode="numeric" onChange={(e) => setParam({ taxCode: e.target.value, page: '' })} />
          {select('provinceCode', t('subjects.province'), (provinces.data ?? []).map((p) => ({ value: p.code, label: p.name })))}
          {select('status', t('subjects.status'), SUBJECT_STATUSES.map((s) => ({ value: s, label: t(`subjects.statuses.${s}`) })))}
          {select('kind', t('subjects.kind'), SUBJECT_KINDS.map((k) => ({ value: k, label: t(`subjects.kinds.${k}`) })))}
          <ResetFilters shown={FILTERS.some((k) => get(k))} label={t('subjects.reset')} onReset={reset} />
        </form>
        <ListResults
          loading={list.loading}
          error={list.error}
          hasData={!!list.data}
          empty={items.length === 0}
          emptyText={t('subjects.empty')}
          caption={t('subjects.title')}
          className="petitions-table"
          columns={[t('subjects.taxCode'), t('subjects.name'), t('subjects.place'), t('subjects.sector'), t('subjects.status'), t('subjects.agency')]}
          reload={list.reload}
        >
          {items.map((s) => (
            <tr key={s.id}>
              <td data-label={t('subjects.taxCode')} className="mono nowrap">
                {s.taxCode}
              </td>
              <td data-label={t('subjects.name')}>
                <Link to={`/subjects/${s.id}`} className="strong">
                  {s.name}
                </Link>
                <div className="small muted">{t(`subjects.kinds.${s.kind}`)}</div>
              </td>
              <td data-label={t('subjects.place')}>
                {s.communeName ? `${s.communeName}, ` : ''}
                {s.provinceName}
              </td>
              <td data-label={t('subjects.sector')}>
                <span className="mono">{s.vsicCode}</span>
                {s.vsicCode && vsicLabel(s.vsicCode) && <div className="small muted">{vsicLabel(s.vsicCode)!.divisionName}</div>}
              </td>
              <td data-label={t('subjects.status')}>
                <span className={`badge badge-subject-${s.status}`}>{t(`subjects.statuses.${s.status}`)}</span>
              </td>
              <td data-label={t('subjects.agency')} className="small">
                {s.managingAgencyName}
              </td>
            </tr>
          ))}
        </ListResults>
        <Pager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} caption={t('subjects.title')} range={(r) => t('subjects.range', r)} onPage={(n) => setParam({ page: String(n) })} />
      </section>
      <ImportDialog open={importing} onClose={() => setImporting(false)} onDone={list.reload} />
      <Dialog title={t('subjectForm.addTitle')} open={adding} onClose={() => setAdding(false)} variant="modal">
        {adding && <SubjectForm onDone={(s) => navigate(`/subjects/${s.id}`)} />}
      </Dialog>
    </>
  );
}
