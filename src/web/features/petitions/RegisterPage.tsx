import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, PageHeader } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { errorMessage } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { petitionsApi, type NewPetition } from '../../lib/endpoints';
import { todayIso } from '../../lib/format';
import { channelLabel } from '../../lib/labels';
import { ContentFields, KindChooser, RespondentFields, respondentHeading } from './LetterFields';
import { draftBody, emptyDraft, focusFirstError, hasErrors, OFFICER_CHANNELS, validateDraft, type LetterDraft } from './model';
import { SenderFields } from './PersonFields';

type Channel = NewPetition['channel'];

/** An officer registers a letter received by post, at the desk, at reception or by transfer (POST /petitions). */
export function RegisterPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const agencies = workAgencies(me);
  const [agency, setAgency] = useState<AgencyRef | null>(() => agencies.find((a) => a.id === me.activeAgencyId) ?? null);
  const [channel, setChannel] = useState<Channel>('post');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [letterDate, setLetterDate] = useState('');
  const [postmarkDate, setPostmarkDate] = useState('');
  const [transferredFrom, setTransferredFrom] = useState('');
  const [draft, setDraft] = useState<LetterDraft>(emptyDraft);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const change = (patch: Partial<LetterDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const validation: Record<string, string | null> = {
    ...validateDraft(t, draft),
    agency: agency ? null : t('petitions.agencyRequired'),
    receivedOn: !receivedOn ? t('petitions.receivedRequired') : receivedOn > todayIso() ? t('petitions.receivedFuture') : null,
    transferredFrom: channel === 'transferred' && !transferredFrom.trim() ? t('petitions.transferredFromRequired') : null,
  };
  const errors: Record<string, string | null> = submitted ? validation : {};

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
      const created = await petitionsApi.register({
        ...draftBody(draft),
        agencyId: agency.id,
        channel,
        receivedOn,
        letterDate: letterDate || undefined,
        postmarkDate: channel === 'post' && postmarkDate ? postmarkDate : undefined,
        transferredFrom: channel === 'transferred' ? transferredFrom.trim() : undefined,
      });
      navigate(`/petitions/${created.id}`, { state: { flash: t('petitions.registered', { registerNo: created.registerNo }) } });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/petitions">{t('petitions.backToList')}</Link>
      </nav>
      <PageHeader title={t('petitions.registerTitle')} intro={t('petitions.registerIntro')} />
      <form className="form register-form" onSubmit={submit} noValidate>
        {submitted && hasErrors(validation) && <p className="alert alert-error">{t('letterForm.fixErrors')}</p>}
        <section className="card">
          <h2>{t('petitions.intake')}</h2>
          <div className="form-grid">
            <AgencyPicker label={t('petitions.receivingAgency')} value={agency} onChange={setAgency} suggestions={agencies} error={errors.agency} />
            <SelectField label={t('petitions.channel')} value={channel} required onChange={(e) => setChannel(e.target.value as Channel)}>
              {OFFICER_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </SelectField>
            <DateInput label={t('petitions.receivedOn')} value={receivedOn} onChange={setReceivedOn} required error={errors.receivedOn} />
            <DateInput label={t('petitions.letterDate')} value={letterDate} onChange={setLetterDate} />
            {channel === 'post' && <DateInput label={t('petitions.postmarkDate')} value={postmarkDate} onChange={setPostmarkDate} />}
            {channel === 'transferred' && (
              <TextField label={t('petitions.transferredFrom')} value={transferredFrom} maxLength={300} required error={errors.transferredFrom} onChange={(e) => setTransferredFrom(e.target.value)} />
            )}
          </div>
          {channel === 'post' && <p className="field-help">{t('petitions.postmarkHelp')}</p>}
        </section>
        <section className="card">
          <KindChooser draft={draft} onChange={change} errors={errors} legend={t('letterForm.kindLegend')} />
        </section>
        <section className="card">
          <h2>{t('petitions.content')}</h2>
          <ContentFields draft={draft} onChange={change} errors={errors} />
        </section>
        <section className="card">
          <h2>{t('letterForm.author')}</h2>
          <SenderFields draft={draft} onChange={change} errors={errors} />
        </section>
        <section className="card">
          <h2>{respondentHeading(t, draft)}</h2>
          <RespondentFields draft={draft} onChange={change} errors={errors} />
        </section>
        <ErrorMessage message={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('petitions.register')}
          </button>
          <Link className="btn btn-secondary" to="/petitions">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
