import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/Field';
import { useAuth } from '../../lib/auth';
import { useAction } from '../../lib/useAction';
import { receptionApi, type VisitDetail } from './api';

type Draft = { place: string; title: string; content: string; respondentName: string; requests: string; notes: string; reason: string };
const draftOf = (v: VisitDetail): Draft => ({ place: v.place ?? '', title: v.title, content: v.content, respondentName: v.respondentName ?? '', requests: v.requests ?? '', notes: v.notes ?? '', reason: '' });

/**
 * Correcting what the register entry wrote down (place, summary, content, respondent, requests, notes) with a reason;
 * who came, when and the kind are never edited here. Only the fields that changed are sent.
 */
export function CorrectVisitPanel({ visit, onDone }: { visit: VisitDetail; onDone(detail: VisitDetail): void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [d, setD] = useState<Draft>(() => draftOf(visit));
  const [submitted, setSubmitted] = useState(false);
  const { busy, error, done, run } = useAction();
  if (!can('reception.record')) return null;
  const set = (patch: Partial<Draft>) => setD((v) => ({ ...v, ...patch }));
  const original = draftOf(visit);
  const changed = (k: keyof Draft) => d[k].trim() !== original[k].trim();
  const reasonError = submitted && d.reason.trim().length < 5 ? t('receptionCorrect.reasonInvalid') : null;

  return (
    <section className="card" aria-labelledby="correct-visit-title">
      <details>
        <summary>
          <h2 id="correct-visit-title" className="inline-heading">
            {t('receptionCorrect.title')}
          </h2>
        </summary>
        <p className="small muted">{t('receptionCorrect.help')}</p>
        <StatusMessage message={done} />
        <ErrorMessage message={error} />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(true);
            if (d.reason.trim().length < 5) return;
            void run(async () => {
              const body: Record<string, unknown> = { reason: d.reason.trim() };
              if (changed('place')) body.place = d.place.trim() || null;
              if (changed('title')) body.title = d.title.trim();
              if (changed('content')) body.content = d.content.trim();
              if (changed('respondentName')) body.respondent = d.respondentName.trim() ? { name: d.respondentName.trim(), ...(visit.respondentAddress ? { address: visit.respondentAddress } : {}) } : null;
              if (changed('requests')) body.requests = d.requests.trim() || null;
              if (changed('notes')) body.notes = d.notes.trim() || null;
              const updated = await receptionApi.correct(visit.id, body);
              onDone(updated);
              setD(draftOf(updated));
              setSubmitted(false);
              return t('receptionCorrect.done');
            });
          }}
        >
          <TextField label={t('receptionCorrect.place')} value={d.place} maxLength={300} onChange={(e) => set({ place: e.target.value })} />
          <TextField label={t('receptionCorrect.summary')} value={d.title} maxLength={300} onChange={(e) => set({ title: e.target.value })} />
          <TextAreaField label={t('receptionCorrect.content')} value={d.content} rows={4} maxLength={20000} onChange={(e) => set({ content: e.target.value })} />
          <TextField label={t('receptionCorrect.respondent')} value={d.respondentName} maxLength={300} onChange={(e) => set({ respondentName: e.target.value })} />
          <TextAreaField label={t('receptionCorrect.requests')} value={d.requests} rows={2} maxLength={2000} onChange={(e) => set({ requests: e.target.value })} />
          <TextAreaField label={t('receptionCorrect.notes')} value={d.notes} rows={2} maxLength={2000} onChange={(e) => set({ notes: e.target.value })} />
          <TextField label={t('receptionCorrect.reason')} value={d.reason} maxLength={1000} markRequired error={reasonError} onChange={(e) => set({ reason: e.target.value })} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
              {t('receptionCorrect.submit')}
            </button>
          </div>
        </form>
      </details>
    </section>
  );
}
