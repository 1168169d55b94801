import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ACCEPTED_FILE_EXTENSIONS } from '../../../shared/contracts/files';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { TextAreaField } from '../../components/Field';
import { formatIsoDate } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { Timeline } from '../petitions/PetitionDetailPage';
import { partyApi, type InspectionRequestView, type PartyCase } from '../inspections/api';
import { inspectionEventLabel, timelineEvents } from '../inspections/model';
import { RequestCard } from '../inspections/RequestsPanel';
import { PartyDocumentsSection, PartyDraftsSection, PartyMeetingsSection } from './PartyInsdocsSections';

const MAX_FILES = 10;

/** The party answers one request: its text first, then its files (multipart, field "text" before the files). */
function AnswerForm({ caseId, request, onDone }: { caseId: string; request: InspectionRequestView; onDone(c: PartyCase): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  // After a first answer the form adds to it (more documents, a further explanation).
  const title = t(request.answers.length ? 'party.supplementTitle' : 'party.answerTitle', { seq: String(request.seq) });
  const textError = submitted && text.trim().length < 2 ? t('party.answerTextRequired') : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (text.trim().length < 2) return;
    const ok = await action.run(async () => {
      onDone(await partyApi.answer(caseId, request.id, text.trim(), files));
      return t('party.answerSent', { count: files.length });
    });
    if (ok) {
      setText('');
      setFiles([]);
      setSubmitted(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <form className="form sub-form answer-form" onSubmit={submit} noValidate aria-label={title}>
      <h4>{title}</h4>
      <TextAreaField label={t('party.answerText')} value={text} rows={4} maxLength={10000} required markRequired error={textError} help={t('party.answerTextHelp')} onChange={(e) => setText(e.target.value)} />
      <label className="file-drop">
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          multiple
          accept={ACCEPTED_FILE_EXTENSIONS.map((x) => `.${x}`).join(',')}
          onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, MAX_FILES))}
        />
        <span className="btn btn-secondary btn-small" aria-hidden="true">
          {t('files.chooseButton')}
        </span>
        <span className="field-label">{t('party.answerFiles')}</span>
        <span className="small muted file-names" aria-live="polite">
          {files.length ? files.map((f) => f.name).join(', ') : t('files.noneChosen')}
        </span>
      </label>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('party.answerSending') : t('party.answerSubmit')}
        </button>
      </div>
    </form>
  );
}

/** One inspection as its inspected party sees it: the requests addressed to it, its answers, the steps shown to it. */
export function PartyCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useApi((signal) => partyApi.get(id, signal), [id]);
  const c = loaded.data;
  if (loaded.loading && !c) return <Loading />;
  if (!c) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/doi-tuong">{t('party.backToList')}</Link>
      </nav>
      <div className="portal-page-head">
        <p className="eyebrow">
          {t('inspections.caseNo')} <span className="mono strong">{c.caseNo}</span> · {c.agencyName}
        </p>
        <h1 id="page-title" tabIndex={-1}>
          {c.title}
        </h1>
        <p className="page-intro">
          {t('party.decisionLine', { subject: c.subjectName, no: c.decisionNo ?? t('inspections.noDecisionNo'), date: formatIsoDate(c.decisionDate) })}
        </p>
      </div>
      <section className="card" aria-labelledby="party-requests-title">
        <h2 id="party-requests-title">{t('party.requestsTitle')}</h2>
        <p className="small muted">{t('party.requestsIntro')}</p>
        {c.requests.length === 0 ? (
          <p className="empty">{t('party.noRequests')}</p>
        ) : (
          <ol className="request-list">
            {c.requests.map((r) => (
              <RequestCard key={r.id} request={r} fileUrl={(fileId) => partyApi.fileUrl(c.id, fileId)}>
                {r.status !== 'closed' && <AnswerForm caseId={c.id} request={r} onDone={loaded.setData} />}
              </RequestCard>
            ))}
          </ol>
        )}
      </section>
      <PartyDraftsSection caseId={c.id} />
      <PartyMeetingsSection caseId={c.id} />
      <PartyDocumentsSection caseId={c.id} />
      <section className="card" aria-labelledby="party-timeline-title">
        <h2 id="party-timeline-title">{t('party.timeline')}</h2>
        <Timeline events={timelineEvents(c.timeline)} eventLabel={inspectionEventLabel} stateLabel={() => null} />
      </section>
    </>
  );
}
