import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, PageHeader } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { errorMessage } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { ContentFields, KindChooser, RespondentFields, respondentHeading } from '../petitions/LetterFields';
import { focusFirstError, hasErrors, type LetterDraft } from '../petitions/model';
import { receptionApi } from './api';
import { emptyVisit, SESSION_KINDS, validateVisit, visitBody, type SessionKind, type VisitDraft } from './model';
import { VisitorsFields } from './VisitorsFields';

/** "Ghi sổ tiếp công dân": one person or a group with its representatives, what they say, what they hand over. */
export function ReceptionNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const agencies = workAgencies(me);
  const [agency, setAgency] = useState<AgencyRef | null>(() => agencies.find((a) => a.id === me.activeAgencyId) ?? null);
  const [draft, setDraft] = useState<VisitDraft>(emptyVisit);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const change = (patch: Partial<VisitDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const changeLetter = (patch: Partial<LetterDraft>) => setDraft((d) => ({ ...d, letter: { ...d.letter, ...patch } }));
  const validation = validateVisit(t, draft, !!agency);
  const errors = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (hasErrors(validation) || !agency) {
      focusFirstError();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await receptionApi.create(visitBody(draft, agency.id));
      navigate(`/reception/${created.id}`, { state: { flash: t('reception.saved', { registerNo: created.registerNo }) } });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/reception">{t('reception.backToList')}</Link>
      </nav>
      <PageHeader title={t('reception.newTitle')} intro={t('reception.newIntro')} />
      <form className="form register-form" onSubmit={submit} noValidate>
        {submitted && hasErrors(validation) && <p className="alert alert-error">{t('letterForm.fixErrors')}</p>}
        <section className="card">
          <h2>{t('reception.facts')}</h2>
          <div className="form-grid">
            <AgencyPicker label={t('reception.agency')} value={agency} onChange={setAgency} suggestions={agencies} error={errors.agency} />
            <SelectField label={t('reception.session')} value={draft.sessionKind} required help={t('reception.sessionHelp')} onChange={(e) => change({ sessionKind: e.target.value as SessionKind })}>
              {SESSION_KINDS.map((s) => (
                <option key={s} value={s}>
                  {t(`reception.sessions.${s}`)}
                </option>
              ))}
            </SelectField>
            <DateInput label={t('reception.receivedDate')} value={draft.date} onChange={(date) => change({ date })} required error={errors.date} />
            <TextField label={t('reception.receivedTime')} value={draft.time} placeholder="08:30" maxLength={5} inputMode="numeric" required markRequired error={errors.time} onChange={(e) => change({ time: e.target.value })} />
            <TextField label={t('reception.officer')} value={draft.officerName} maxLength={200} placeholder={me.user.fullName} help={t('reception.officerHelp')} onChange={(e) => change({ officerName: e.target.value })} />
            <TextField label={t('reception.place')} value={draft.place} maxLength={300} onChange={(e) => change({ place: e.target.value })} />
          </div>
        </section>
        <section className="card">
          <h2>{t('reception.visitors')}</h2>
          <VisitorsFields draft={draft} onChange={change} errors={errors} />
        </section>
        <section className="card">
          <KindChooser draft={draft.letter} onChange={changeLetter} errors={errors} legend={t('reception.kindLegend')} />
        </section>
        <section className="card">
          <h2>{t('reception.content')}</h2>
          <ContentFields draft={draft.letter} onChange={changeLetter} errors={errors} />
        </section>
        <section className="card">
          <h2>{respondentHeading(t, draft.letter)}</h2>
          <RespondentFields draft={draft.letter} onChange={changeLetter} errors={errors} />
        </section>
        <section className="card">
          <h2>{t('reception.details')}</h2>
          <TextAreaField label={t('reception.priorResolution')} value={draft.priorResolution} rows={2} maxLength={2000} onChange={(e) => change({ priorResolution: e.target.value })} />
          <TextAreaField label={t('reception.requests')} value={draft.requests} rows={2} maxLength={2000} onChange={(e) => change({ requests: e.target.value })} />
          <TextAreaField label={t('reception.documents')} value={draft.documents} rows={3} help={t('reception.documentsHelp')} onChange={(e) => change({ documents: e.target.value })} />
          <TextAreaField label={t('reception.notes')} value={draft.notes} rows={2} maxLength={2000} onChange={(e) => change({ notes: e.target.value })} />
        </section>
        <ErrorMessage message={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('reception.save')}
          </button>
          <Link className="btn btn-secondary" to="/reception">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
