import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { receptionApi, type VisitAction, type VisitActionBody, type VisitDetail } from './api';

/**
 * The form of one reception step: for a refusal the ground (LTCD 2013 Art 9, each with its article) and, for the
 * grounds that need it, the written notice; for the steps that make a letter, what the letter will be; always a note.
 */
export function VisitActionForm({ visit, action, onDone }: { visit: VisitDetail; action: VisitAction; onDone(detail: VisitDetail): void }) {
  const { t, i18n } = useTranslation();
  const [reasonCode, setReasonCode] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [notice, setNotice] = useState(false);
  const [respondent, setRespondent] = useState('');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsCode = action.requires.includes('reasonCode');
  const chosen = action.reasonCodes.find((c) => c.code === reasonCode);
  const codeError = needsCode && !reasonCode ? t('reception.actions.reasonCodeRequired') : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (codeError) return;
    const body: VisitActionBody = { event: action.event, payload: {} };
    if (needsCode) body.payload = { reasonCode, reasonText: reasonText.trim() || undefined, documents: chosen?.writtenNotice && notice ? ['reception_refusal_notice'] : undefined };
    if (action.spawnsLetter && respondent.trim()) body.payload = { respondent: { name: respondent.trim() } };
    if (note.trim()) body.note = note.trim();
    setBusy(true);
    setError(null);
    try {
      onDone(await receptionApi.apply(visit.id, body));
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="small muted">
        {t('petitionLabels.basis')}: {action.basis}
      </p>
      <ErrorMessage message={error} />
      {needsCode && (
        <>
          <SelectField label={t('reception.actions.reasonCode')} value={reasonCode} required markRequired error={submitted ? codeError : null} onChange={(e) => setReasonCode(e.target.value)}>
            <option value="">{t('petitionActions.choose')}</option>
            {action.reasonCodes.map((c) => (
              <option key={c.code} value={c.code}>
                {i18n.language === 'en' ? c.labelEn : c.label}
              </option>
            ))}
          </SelectField>
          {chosen && (
            <p className="small muted">
              {t('petitionLabels.basis')}: {chosen.basis}
            </p>
          )}
          {chosen?.writtenNotice && (
            <div className="option-box">
              <label className="check">
                <input type="checkbox" checked={notice} onChange={(e) => setNotice(e.target.checked)} />
                {t('reception.actions.notice')}
              </label>
              <p className="field-help">{t('reception.actions.noticeHelp')}</p>
            </div>
          )}
          <TextAreaField label={t('reception.actions.reasonText')} value={reasonText} rows={2} maxLength={5000} onChange={(e) => setReasonText(e.target.value)} />
        </>
      )}
      {action.spawnsLetter && (
        <>
          <p className="alert alert-info">{t('reception.actions.spawnsLetter')}</p>
          {!visit.respondentName && <TextField label={t('reception.actions.respondentName')} value={respondent} maxLength={300} onChange={(e) => setRespondent(e.target.value)} />}
        </>
      )}
      <TextAreaField label={t('petitionActions.note')} value={note} rows={2} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <SubmitButton busy={busy} label={t('petitionActions.submit')} busyLabel={t('petitionActions.submitting')} />
    </form>
  );
}
