import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { CreateFormFooter, FixErrorsAlert, useCreateForm } from '../../components/CreateForm';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { useMe } from '../../lib/auth';
import { inspectionsApi } from './api';
import { decisionBody, decisionChecks, SubjectFields, type DecisionDraft } from './decisionForm';
import { readFromPlan } from './fromPlan';
import { INSPECTION_ORIGINS, originLabel } from './model';

type Draft = DecisionDraft & { origin: (typeof INSPECTION_ORIGINS)[number]; periodFrom: string; periodTo: string };

const empty: Draft = { title: '', origin: 'planned', subjectName: '', subjectTaxCode: '', subjectAddress: '', content: '', periodFrom: '', periodTo: '', decisionNo: '', decisionDate: '', signerName: '', durationDays: '' };

/** The decision to inspect as entered by the agency (Luật Thanh tra 2025, Điều 26 khoản 3). */
export function InspectionNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const agencies = workAgencies(me);
  // Opened from an item of an issued plan: the decision starts from the item and keeps its id (origin "planned").
  const fromPlan = readFromPlan(useLocation().state);
  const [agency, setAgency] = useState<AgencyRef | null>(() => (fromPlan ? { id: fromPlan.agencyId, name: fromPlan.agencyName } : (agencies.find((a) => a.id === me.activeAgencyId) ?? null)));
  const { draft, change, busy, error, check } = useCreateForm<Draft>(() =>
    fromPlan ? { ...empty, title: t('inspui.fromPlan.title', { subject: fromPlan.subjectName }), subjectName: fromPlan.subjectName, subjectTaxCode: fromPlan.subjectTaxCode ?? '', content: fromPlan.content, periodFrom: fromPlan.periodFrom ?? '', periodTo: fromPlan.periodTo ?? '' } : empty,
  );

  const days = Number(draft.durationDays);
  const opt = (v: string) => v.trim() || undefined;
  const { errors, invalid, submit } = check(
    {
      ...decisionChecks(t, draft, agency),
      periodTo: draft.periodFrom && draft.periodTo && draft.periodFrom > draft.periodTo ? t('inspections.form.periodInvalid') : null,
      durationDays: Number.isInteger(days) && days >= 1 && days <= 365 ? null : t('inspections.form.durationInvalid'),
    },
    () =>
      inspectionsApi.create({
        ...decisionBody(draft, agency!),
        origin: draft.origin,
        periodFrom: opt(draft.periodFrom),
        periodTo: opt(draft.periodTo),
        ...(fromPlan && draft.origin === 'planned' ? { planItemId: fromPlan.planItemId } : {}),
      }),
    (created) => ({ to: `/inspections/${created.id}`, flash: t('inspections.form.saved', { caseNo: created.caseNo }) }),
  );

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/inspections">{t('inspections.backToList')}</Link>
      </nav>
      <PageHeader title={t('inspections.form.title')} intro={t('inspections.form.intro')} />
      {fromPlan && <p className="alert alert-info">{t('inspui.fromPlan.notice', { item: fromPlan.label, agency: fromPlan.agencyName })}</p>}
      <form className="form register-form" onSubmit={submit} noValidate>
        <FixErrorsAlert show={invalid} />
        <section className="card">
          <h2>{t('inspections.form.decision')}</h2>
          <div className="form-grid">
            <AgencyPicker label={t('inspections.agency')} value={agency} onChange={setAgency} suggestions={agencies} error={errors.agency} />
            <SelectField label={t('inspections.origin')} value={draft.origin} required onChange={(e) => change({ origin: e.target.value as Draft['origin'] })} help={t('inspections.form.originHelp')}>
              {INSPECTION_ORIGINS.map((o) => (
                <option key={o} value={o}>
                  {originLabel(o)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('inspections.decisionNo')} value={draft.decisionNo} maxLength={100} placeholder="123/QĐ-TTr" onChange={(e) => change({ decisionNo: e.target.value })} />
            <DateInput label={t('inspections.decisionDate')} value={draft.decisionDate} onChange={(decisionDate) => change({ decisionDate })} required error={errors.decisionDate} />
            <TextField label={t('inspections.signer')} value={draft.signerName} maxLength={200} onChange={(e) => change({ signerName: e.target.value })} />
            <TextField
              label={t('inspections.duration')}
              value={draft.durationDays}
              inputMode="numeric"
              maxLength={3}
              required
              markRequired
              help={t('inspections.form.durationHelp')}
              error={errors.durationDays}
              onChange={(e) => change({ durationDays: e.target.value.replace(/\D/g, '') })}
            />
          </div>
          <TextField label={t('inspections.caseTitle')} value={draft.title} maxLength={300} required markRequired error={errors.title} onChange={(e) => change({ title: e.target.value })} />
        </section>
        <section className="card">
          <h2>{t('inspections.subject')}</h2>
          <SubjectFields draft={draft} errors={errors} nameLabel={t('inspections.subjectName')} change={change} />
        </section>
        <section className="card">
          <h2>{t('inspections.content')}</h2>
          <TextAreaField label={t('inspections.content')} value={draft.content} rows={4} maxLength={5000} required markRequired error={errors.content} onChange={(e) => change({ content: e.target.value })} />
          <div className="form-grid">
            <DateInput label={t('inspections.periodFrom')} value={draft.periodFrom} onChange={(periodFrom) => change({ periodFrom })} />
            <DateInput label={t('inspections.periodTo')} value={draft.periodTo} onChange={(periodTo) => change({ periodTo })} error={errors.periodTo} />
          </div>
          <p className="small muted">{t('inspections.form.periodHelp')}</p>
        </section>
        <CreateFormFooter error={error} busy={busy} saveLabel={t('inspections.form.save')} cancelTo="/inspections" />
      </form>
    </>
  );
}
