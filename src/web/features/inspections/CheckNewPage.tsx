import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { CreateFormFooter, FixErrorsAlert, useCreateForm } from '../../components/CreateForm';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { useMe } from '../../lib/auth';
import { inspectionsApi, type NewCheck } from './api';
import { decisionBody, decisionChecks, SubjectFields, type DecisionDraft } from './decisionForm';
import { CHECK_BASES } from './model';

type Draft = DecisionDraft & { bases: string[]; basisDetails: string; caughtInTheAct: boolean };
const empty: Draft = { title: '', bases: [], basisDetails: '', subjectName: '', subjectTaxCode: '', subjectAddress: '', content: '', decisionNo: '', decisionDate: '', signerName: '', durationDays: '', caughtInTheAct: false };

/** A specialised check decision (NĐ 217/2025 Art 11(3): bases, scope and content, subject, duration; the team follows). */
export function CheckNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const agencies = workAgencies(me);
  const [agency, setAgency] = useState<AgencyRef | null>(() => agencies.find((a) => a.id === me.activeAgencyId) ?? null);
  const { draft, change, busy, error, check } = useCreateForm<Draft>(empty);

  const days = Number(draft.durationDays);
  const { errors, invalid, submit } = check(
    {
      ...decisionChecks(t, draft, agency),
      bases: draft.bases.length > 0 ? null : t('checks.form.basesRequired'),
      basisDetails: draft.bases.includes('thematic_check_plan') && !draft.basisDetails.trim() ? t('checks.form.basisDetailsRequired') : null,
      durationDays: Number.isInteger(days) && days >= 1 && days <= 60 ? null : t('checks.form.durationInvalid'),
    },
    () => inspectionsApi.createCheck({ ...decisionBody(draft, agency!), bases: draft.bases as NewCheck['bases'], basisDetails: draft.basisDetails.trim() || undefined, caughtInTheAct: draft.caughtInTheAct }),
    (created) => ({ to: `/inspections/${created.id}`, flash: t('checks.form.saved', { caseNo: created.caseNo }) }),
  );

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/inspections?caseType=specialised_check">{t('inspections.backToList')}</Link>
      </nav>
      <PageHeader title={t('checks.form.title')} intro={t('checks.form.intro')} />
      <form className="form register-form" onSubmit={submit} noValidate>
        <FixErrorsAlert show={invalid} />
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
          <SubjectFields draft={draft} errors={errors} nameLabel={t('checks.form.subjectName')} change={change} />
          <TextAreaField label={t('checks.form.content')} value={draft.content} rows={4} maxLength={5000} required markRequired error={errors.content} onChange={(e) => change({ content: e.target.value })} />
        </section>
        <CreateFormFooter error={error} busy={busy} saveLabel={t('checks.form.save')} cancelTo="/inspections?caseType=specialised_check" />
      </form>
    </>
  );
}
