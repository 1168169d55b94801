import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, PageHeader } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { errorMessage } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { todayIso } from '../../lib/format';
import { focusFirstError } from '../petitions/model';
import { inspectionsApi, type NewCheck } from './api';
import { CHECK_BASES } from './model';

type Draft = { title: string; bases: string[]; basisDetails: string; subjectName: string; subjectTaxCode: string; subjectAddress: string; content: string; decisionNo: string; decisionDate: string; signerName: string; durationDays: string; caughtInTheAct: boolean };
const empty: Draft = { title: '', bases: [], basisDetails: '', subjectName: '', subjectTaxCode: '', subjectAddress: '', content: '', decisionNo: '', decisionDate: '', signerName: '', durationDays: '', caughtInTheAct: false };

/** A specialised check decision (NĐ 217/2025 Art 11(3): bases, scope and content, subject, duration; the team follows). */
export function CheckNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const agencies = workAgencies(me);
  const [agency, setAgency] = useState<AgencyRef | null>(() => agencies.find((a) => a.id === me.activeAgencyId) ?? null);
  const [draft, setDraft] = useState<Draft>(empty);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const days = Number(draft.durationDays);
  const validation: Record<string, string | null> = {
    agency: agency ? null : t('inspections.form.agencyRequired'),
    title: draft.title.trim().length >= 5 ? null : t('inspections.form.titleRequired'),
    bases: draft.bases.length > 0 ? null : t('checks.form.basesRequired'),
    basisDetails: draft.bases.includes('thematic_check_plan') && !draft.basisDetails.trim() ? t('checks.form.basisDetailsRequired') : null,
    subjectName: draft.subjectName.trim().length >= 2 ? null : t('inspections.form.subjectRequired'),
    subjectTaxCode: !draft.subjectTaxCode.trim() || /^\d{10}(-\d{3})?$/.test(draft.subjectTaxCode.trim()) ? null : t('inspections.form.taxCodeInvalid'),
    content: draft.content.trim().length >= 10 ? null : t('inspections.form.contentRequired'),
    decisionDate: !draft.decisionDate ? t('inspections.form.decisionDateRequired') : draft.decisionDate > todayIso() ? t('inspections.form.decisionDateFuture') : null,
    durationDays: Number.isInteger(days) && days >= 1 && days <= 60 ? null : t('checks.form.durationInvalid'),
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
    const body: NewCheck = {
      agencyId: agency.id,
      title: draft.title.trim(),
      bases: draft.bases as NewCheck['bases'],
      basisDetails: opt(draft.basisDetails),
      subjectName: draft.subjectName.trim(),
      subjectTaxCode: opt(draft.subjectTaxCode),
      subjectAddress: opt(draft.subjectAddress),
      content: draft.content.trim(),
      decisionNo: opt(draft.decisionNo),
      decisionDate: draft.decisionDate,
      signerName: opt(draft.signerName),
      durationDays: days,
      caughtInTheAct: draft.caughtInTheAct,
    };
    setBusy(true);
    setError(null);
    try {
      const created = await inspectionsApi.createCheck(body);
      navigate(`/inspections/${created.id}`, { state: { flash: t('checks.form.saved', { caseNo: created.caseNo }) } });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/inspections?caseType=specialised_check">{t('inspections.backToList')}</Link>
      </nav>
      <PageHeader title={t('checks.form.title')} intro={t('checks.form.intro')} />
      <form className="form register-form" onSubmit={submit} noValidate>
        {submitted && invalid && <p className="alert alert-error">{t('letterForm.fixErrors')}</p>}
        <section className="card">
          <h2>{t('checks.form.decision')}</h2>
          <div className="form-grid">
            <AgencyPicker label={t('inspections.agency')} value={agency} onChange={setAgency} suggestions={agencies} error={errors.agency} />
            <TextField label={t('checks.form.decisionNo')} value={draft.decisionNo} maxLength={100} placeholder="45/QĐ-SCT" onChange={(e) => change({ decisionNo: e.target.value })} />
            <DateInput label={t('checks.form.decisionDate')} value={draft.decisionDate} onChange={(decisionDate) => change({ decisionDate })} required error={errors.decisionDate} />
            <TextField label={t('checks.form.signer')} value={draft.signerName} maxLength={200} onChange={(e) => change({ signerName: e.target.value })} />
            <TextField
              label={t('checks.form.duration')}
              value={draft.durationDays}
              inputMode="numeric"
              maxLength={2}
              required
              markRequired
              help={t('checks.form.durationHelp')}
              error={errors.durationDays}
              onChange={(e) => change({ durationDays: e.target.value.replace(/\D/g, '') })}
            />
          </div>
          <TextField label={t('checks.form.caseTitle')} value={draft.title} maxLength={300} required markRequired error={errors.title} onChange={(e) => change({ title: e.target.value })} />
          <fieldset className="tag-group">
            <legend className="strong">{t('checks.form.bases')}</legend>
            {CHECK_BASES.map((b) => (
              <label key={b} className="check">
                <input type="checkbox" checked={draft.bases.includes(b)} onChange={(e) => change({ bases: e.target.checked ? [...draft.bases, b] : draft.bases.filter((x) => x !== b) })} />
                <span>{t(`checks.bases.${b}`)}</span>
              </label>
            ))}
            {errors.bases && <p className="field-error">{errors.bases}</p>}
          </fieldset>
          <TextAreaField label={t('checks.form.basisDetails')} value={draft.basisDetails} rows={2} maxLength={2000} error={errors.basisDetails} onChange={(e) => change({ basisDetails: e.target.value })} />
          <label className="check">
            <input type="checkbox" checked={draft.caughtInTheAct} onChange={(e) => change({ caughtInTheAct: e.target.checked })} />
            <span>{t('checks.form.caughtInTheAct')}</span>
          </label>
        </section>
        <section className="card">
          <h2>{t('checks.form.subject')}</h2>
          <div className="form-grid">
            <TextField label={t('checks.form.subjectName')} value={draft.subjectName} maxLength={300} required markRequired error={errors.subjectName} onChange={(e) => change({ subjectName: e.target.value })} />
            <TextField label={t('inspections.taxCode')} value={draft.subjectTaxCode} maxLength={14} inputMode="numeric" error={errors.subjectTaxCode} onChange={(e) => change({ subjectTaxCode: e.target.value })} />
          </div>
          <TextField label={t('inspections.address')} value={draft.subjectAddress} maxLength={500} onChange={(e) => change({ subjectAddress: e.target.value })} />
          <TextAreaField label={t('checks.form.content')} value={draft.content} rows={4} maxLength={5000} required markRequired error={errors.content} onChange={(e) => change({ content: e.target.value })} />
        </section>
        <ErrorMessage message={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('checks.form.save')}
          </button>
          <Link className="btn btn-secondary" to="/inspections?caseType=specialised_check">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
