import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { TextAreaField } from '../../components/Field';
import { todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { inspectionsApi, type InspectionDetail } from './api';

/**
 * An answer the inspected party sent on paper (Luật Thanh tra 2025, khoản 1 Điều 41), entered by an officer with the
 * day it was received: it joins the request's answers and counts as paper in the online share.
 */
export function PaperAnswerForm({ caseId, requestId, onDone }: { caseId: string; requestId: string; onDone(d: InspectionDetail): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [valid, setValid] = useState(true);
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  if (!open)
    return (
      <button type="button" className="btn btn-secondary btn-small" onClick={() => setOpen(true)}>
        {t('inspui.paper.button')}
      </button>
    );
  const errors = {
    text: text.trim().length < 2 ? t('inspui.paper.textRequired') : null,
    receivedOn: !receivedOn || !valid ? t('inspections.steps.dateRequired') : receivedOn > todayIso() ? t('inspections.steps.dateFuture') : null,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (errors.text || errors.receivedOn) return;
    await run.run(async () => {
      await inspectionsApi.paperAnswer(caseId, requestId, { text: text.trim(), receivedOn });
      onDone(await inspectionsApi.get(caseId));
      setOpen(false);
    });
  };
  return (
    <form className="form sub-form paper-answer" onSubmit={submit} noValidate aria-label={t('inspui.paper.heading')}>
      <p className="small muted">{t('inspui.paper.help')}</p>
      <ErrorMessage message={run.error} />
      <DateInput label={t('inspui.paper.receivedOn')} value={receivedOn} onChange={setReceivedOn} onValidity={setValid} required error={submitted ? errors.receivedOn : null} />
      <TextAreaField label={t('inspui.paper.text')} value={text} rows={3} maxLength={10000} required markRequired error={submitted ? errors.text : null} onChange={(e) => setText(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={run.busy}>
          {run.busy ? t('common.saving') : t('inspui.paper.submit')}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
