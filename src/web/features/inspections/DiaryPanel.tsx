import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { TextAreaField } from '../../components/Field';
import { formatDateTime, formatIsoDate, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { inspectionsApi, type InspectionDetail } from './api';

/** The team's diary: append-only entries per member and day; members write, the others read. */
export function DiaryPanel({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const diary = useApi((signal) => inspectionsApi.diary(detail.id, signal), [detail.id]);
  const [day, setDay] = useState(todayIso());
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const validation = {
    day: !day ? t('inspections.diary.dayRequired') : day > todayIso() ? t('inspections.diary.dayFuture') : null,
    text: text.trim().length >= 5 ? null : t('inspections.diary.textRequired'),
  };
  const errors: Partial<typeof validation> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (validation.day || validation.text) return;
    const ok = await action.run(async () => {
      diary.setData(await inspectionsApi.writeDiary(detail.id, { day, text: text.trim() }));
      return t('inspections.diary.saved');
    });
    if (ok) {
      setText('');
      setSubmitted(false);
    }
  };

  const items = diary.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="diary-title">
      <h2 id="diary-title">{t('inspections.diary.heading')}</h2>
      <ErrorMessage message={diary.error} onRetry={diary.reload} />
      {diary.loading && !diary.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="empty">{t('inspections.diary.empty')}</p>
      ) : (
        <ol className="timeline diary-list">
          {items.map((d) => (
            <li key={d.id}>
              <time dateTime={d.day}>{formatIsoDate(d.day)}</time>
              <span>
                <span className="timeline-note">{d.text}</span>
                <span className="small muted timeline-actor">{t('inspections.diary.by', { name: d.authorName, at: formatDateTime(d.at) })}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {detail.can.diary && (
        <form className="form sub-form" onSubmit={submit} noValidate aria-labelledby="diary-form-title">
          <h3 id="diary-form-title">{t('inspections.diary.addTitle')}</h3>
          <DateInput label={t('inspections.diary.day')} value={day} onChange={setDay} required error={errors.day} />
          <TextAreaField label={t('inspections.diary.text')} value={text} rows={3} maxLength={10000} required markRequired error={errors.text} help={t('inspections.diary.help')} onChange={(e) => setText(e.target.value)} />
          <ErrorMessage message={action.error} />
          <StatusMessage message={action.done} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={action.busy}>
              {action.busy ? t('common.saving') : t('inspections.diary.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
