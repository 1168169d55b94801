import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { formatDateTime, formatIsoDate, formatNumber, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { inspectionsApi, type InspectionDetail, type InspectionRequestView } from './api';
import { REQUEST_KINDS, requestKindLabel, requestStatusLabel } from './model';
import { PaperAnswerForm } from './PaperAnswerForm';

/** The answers to one request, each with its files (downloaded through `fileUrl`). */
export function Answers({ request, fileUrl }: { request: InspectionRequestView; fileUrl(fileId: string): string }) {
  const { t } = useTranslation();
  if (request.answers.length === 0) return <p className="small muted">{t('inspections.requests.noAnswer')}</p>;
  return (
    <ol className="answer-list" aria-label={t('inspections.requests.answers')}>
      {request.answers.map((a) => (
        <li key={a.id}>
          <p className="small muted">{t('inspections.requests.answeredBy', { at: formatDateTime(a.at), name: a.authorName })}</p>
          <div className="letter-content">{a.text}</div>
          {a.files.length > 0 && (
            <ul className="attachment-list">
              {a.files.map((f) => (
                <li key={f.id}>
                  <a href={fileUrl(f.id)} download>
                    <Icon name="file" size={14} /> {f.name}
                  </a>
                  <span className="small muted"> · {t('attachments.size', { size: formatNumber(Math.max(1, Math.round(f.size / 1024))) })}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** One request: number, kind, title, due date (overdue badge), basis, status; its details and answers. */
export function RequestCard({ request, fileUrl, children }: { request: InspectionRequestView; fileUrl(fileId: string): string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className={`request-item request-${request.status}`} aria-labelledby={`request-${request.id}`}>
      <div className="request-head">
        <h3 id={`request-${request.id}`}>
          {t('inspections.requests.number', { seq: String(request.seq) })} — {request.title}
        </h3>
        <span className="badge-row">
          <span className="badge badge-state">{requestKindLabel(request.kind)}</span>
          <span className={`badge ${request.status === 'open' ? 'badge-warning' : 'badge-active'}`}>{requestStatusLabel(request.status)}</span>
          {request.overdue && <span className="badge badge-deadline-overdue">{t('inspections.requests.overdue')}</span>}
        </span>
      </div>
      <p className="request-due">
        {t('inspections.requests.due')}: <strong className={request.overdue ? 'text-late' : undefined}>{formatIsoDate(request.dueDate)}</strong>
        <span className="small muted"> · {t('inspections.requests.requestedBy', { name: request.requestedByName, at: formatDateTime(request.requestedAt) })}</span>
      </p>
      <p className="deadline-basis">
        {t('petitionLabels.basis')}: {request.basis}
      </p>
      <div className="letter-content">{request.details}</div>
      <h4 className="small strong">{t('inspections.requests.answers')}</h4>
      <Answers request={request} fileUrl={fileUrl} />
      {children}
    </li>
  );
}

function NewRequestForm({ caseId, onDone }: { caseId: string; onDone(detail: InspectionDetail): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof REQUEST_KINDS)[number]>('documents');
  const [title, setTitle] = useState('');
  const [details, setDetails] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const validation = {
    title: title.trim().length >= 5 ? null : t('inspections.requests.titleRequired'),
    details: details.trim().length >= 10 ? null : t('inspections.requests.detailsRequired'),
    dueDate: !dueDate ? t('inspections.requests.dueRequired') : dueDate < todayIso() ? t('inspections.requests.duePast') : null,
  };
  const errors: Partial<typeof validation> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (validation.title || validation.details || validation.dueDate) return;
    await action.run(async () => {
      onDone(await inspectionsApi.request(caseId, { kind, title: title.trim(), details: details.trim(), dueDate }));
      setTitle('');
      setDetails('');
      setDueDate('');
      setSubmitted(false);
      return t('inspections.requests.sent');
    });
  };

  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-labelledby="new-request-title">
      <h3 id="new-request-title">{t('inspections.requests.newTitle')}</h3>
      <p className="small muted">{t('inspections.requests.newHelp')}</p>
      <div className="form-grid">
        <SelectField label={t('inspections.requests.kind')} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          {REQUEST_KINDS.map((k) => (
            <option key={k} value={k}>
              {requestKindLabel(k)}
            </option>
          ))}
        </SelectField>
        <DateInput label={t('inspections.requests.due')} value={dueDate} onChange={setDueDate} required error={errors.dueDate} />
      </div>
      <TextField label={t('inspections.requests.title')} value={title} maxLength={300} required markRequired error={errors.title} onChange={(e) => setTitle(e.target.value)} />
      <TextAreaField label={t('inspections.requests.details')} value={details} rows={4} maxLength={10000} required markRequired error={errors.details} onChange={(e) => setDetails(e.target.value)} />
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('inspections.requests.send')}
        </button>
      </div>
    </form>
  );
}

/** Requests to the inspected party (Luật Thanh tra 2025, Điều 41 khoản 1) with their answers; a form to send one. */
export function RequestsPanel({ detail, onChange }: { detail: InspectionDetail; onChange(detail: InspectionDetail): void }) {
  const { t } = useTranslation();
  const close = useAction();
  return (
    <section className="card" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('inspections.requests.heading')}</h2>
      <ErrorMessage message={close.error} />
      {detail.requests.length === 0 ? (
        <p className="empty">{t('inspections.requests.empty')}</p>
      ) : (
        <ol className="request-list">
          {detail.requests.map((r) => (
            <RequestCard key={r.id} request={r} fileUrl={(fileId) => inspectionsApi.fileUrl(detail.id, fileId)}>
              {detail.can.request && r.status !== 'closed' && (
                <div className="form-actions">
                  <button type="button" className="btn btn-secondary btn-small" disabled={close.busy} onClick={() => void close.run(async () => onChange(await inspectionsApi.closeRequest(detail.id, r.id)))}>
                    {t('inspections.requests.close')}
                  </button>
                  <PaperAnswerForm caseId={detail.id} requestId={r.id} onDone={onChange} />
                </div>
              )}
            </RequestCard>
          ))}
        </ol>
      )}
      {detail.can.request && <NewRequestForm caseId={detail.id} onDone={onChange} />}
    </section>
  );
}
