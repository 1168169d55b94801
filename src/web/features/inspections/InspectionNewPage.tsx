import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, PageHeader } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { errorMessage } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { todayIso } from '../../lib/format';
import { focusFirstError } from '../petitions/model';
import { inspectionsApi, type NewInspection } from './api';
import { readFromPlan } from './fromPlan';
import { INSPECTION_ORIGINS, originLabel } from './model';

type Draft = {
  title: string;
  origin: (typeof INSPECTION_ORIGINS)[number];
  subjectName: string;
  subjectTaxCode: string;
  subjectAddress: string;
  content: string;
  periodFrom: string;
  periodTo: string;
  decisionNo: string;
  decisionDate: string;
  signerName: string;
  durationDays: string;
};

const empty: Draft = { title: '', origin: 'planned', subjectName: '', subjectTaxCode: '', subjectAddress: '', content: '', periodFrom: '', periodTo: '', decisionNo: '', decisionDate: '', signerName: '', durationDays: '' };

/** The decision to inspect as entered by the agency (Luật Thanh tra 2025, Điều 26 khoản 3). */
export function InspectionNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const agencies = workAgencies(me);
  // Opened from an item of an issued plan: the decision starts from the item and keeps its id (origin "planned").
  const fromPlan = readFromPlan(useLocation().state);
  const [agency, setAgency] = useState<AgencyRef | null>(() => (fromPlan ? { id: fromPlan.agencyId, name: fromPlan.agencyName } : (agencies.find((a) => a.id === me.activeAgencyId) ?? null)));
  const [draft, setDraft] = useState<Draft>(() =>
    fromPlan ? { ...empty, title: t('inspui.fromPlan.title', { subject: fromPlan.subjectName }), subjectName: fromPlan.subjectName, subjectTaxCode: fromPlan.subjectTaxCode ?? '', content: fromPlan.content, periodFrom: fromPlan.periodFrom ?? '', periodTo: fromPlan.periodTo ?? '' } : empty,
  );
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const days = Number(draft.durationDays);
  const validation: Record<string, string | null> = {
    agency: agency ? null : t('inspections.form.agencyRequired'),
    title: draft.title.trim().length >= 5 ? null : t('inspections.form.titleRequired'),
    subjectName: draft.subjectName.trim().length >= 2 ? null : t('inspections.form.subjectRequired'),
    subjectTaxCode: !draft.subjectTaxCode.trim() || /^\d{10}(-\d{3})?$/.test(draft.subjectTaxCode.trim()) ? null : t('inspections.form.taxCodeInvalid'),
    content: draft.content.trim().length >= 10 ? null : t('inspections.form.contentRequired'),
    decisionDate: !draft.decisionDate ? t('inspections.form.decisionDateRequired') : draft.decisionDate > todayIso() ? t('inspections.form.decisionDateFuture') : null,
    periodTo: draft.periodFrom && draft.periodTo && draft.periodFrom > draft.periodTo ? t('inspections.form.periodInvalid') : null,
    durationDays: Number.isInteger(days) && days >= 1 && days <= 365 ? null : t('inspections.form.durationInvalid'),
  };
  const errors = submitted ? validation : {};
  const invalid = Object.values(validation).some(Boolean);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (invalid || !agency) {
      focusFirstError();
      return;
    }
    const opt = (v: string) => v.trim() || undefined;
    const body: NewInspection = {
      agencyId: agency.id,
      title: draft.title.trim(),
      origin: draft.origin,
      subjectName: draft.subjectName.trim(),
      subjectTaxCode: opt(draft.subjectTaxCode),
      subjectAddress: opt(draft.subjectAddress),
      content: draft.content.trim(),
      periodFrom: opt(draft.periodFrom),
      periodTo: opt(draft.periodTo),
      decisionNo: opt(draft.decisionNo),
      decisionDate: draft.decisionDate,
      signerName: opt(draft.signerName),
      durationDays: days,
      ...(fromPlan && draft.origin === 'planned' ? { planItemId: fromPlan.planItemId } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      const created = await inspectionsApi.create(body);
      navigate(`/inspections/${created.id}`, { state: { flash: t('inspections.form.saved', { caseNo: created.caseNo }) } });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/inspections">{t('inspections.backToList')}</Link>
      </nav>
      <PageHeader title={t('inspections.form.title')} intro={t('inspections.form.intro')} />
      {fromPlan && <p className="alert alert-info">{t('inspui.fromPlan.notice', { item: fromPlan.label, agency: fromPlan.agencyName })}</p>}
      <form className="form register-form" onSubmit={submit} noValidate>
        {submitted && invalid && <p className="alert alert-error">{t('letterForm.fixErrors')}</p>}
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
          <div className="form-grid">
            <TextField label={t('inspections.subjectName')} value={draft.subjectName} maxLength={300} required markRequired error={errors.subjectName} onChange={(e) => change({ subjectName: e.target.value })} />
            <TextField label={t('inspections.taxCode')} value={draft.subjectTaxCode} maxLength={14} inputMode="numeric" error={errors.subjectTaxCode} onChange={(e) => change({ subjectTaxCode: e.target.value })} />
          </div>
          <TextField label={t('inspections.address')} value={draft.subjectAddress} maxLength={500} onChange={(e) => change({ subjectAddress: e.target.value })} />
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
        <ErrorMessage message={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('inspections.form.save')}
          </button>
          <Link className="btn btn-secondary" to="/inspections">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
