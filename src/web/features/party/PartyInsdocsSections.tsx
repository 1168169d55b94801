import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILE_EXTENSIONS } from '../../../shared/contracts/files';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { TextAreaField } from '../../components/Field';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { DocumentList } from '../inspections/DocumentsPanel';
import { DraftCard } from '../inspections/DraftsPanel';
import { partyInsdocsApi, type Draft, type Drafts } from '../inspections/insdocsApi';
import { MeetingCard } from '../inspections/MeetingsPanel';

const MAX_FILES = 10;

/** The party comments on a draft: text first, then its files. */
function CommentForm({ caseId, draft, onDone }: { caseId: string; draft: Draft; onDone(d: Drafts): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const error = submitted && text.trim().length < 2 ? t('insdocs.party.commentRequired') : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (text.trim().length < 2) return;
    const ok = await action.run(async () => {
      onDone(await partyInsdocsApi.comment(caseId, draft.id, text.trim(), files));
      return t('insdocs.party.commentSent');
    });
    if (ok) {
      setText('');
      setFiles([]);
      setSubmitted(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <form className="form sub-form answer-form" onSubmit={submit} noValidate aria-label={t('insdocs.party.commentTitle')}>
      <h4>{t('insdocs.party.commentTitle')}</h4>
      <TextAreaField label={t('insdocs.party.commentText')} value={text} rows={4} maxLength={20000} required markRequired error={error} onChange={(e) => setText(e.target.value)} />
      <label className="file-drop">
        <input ref={input} className="visually-hidden" type="file" multiple accept={ACCEPTED_FILE_EXTENSIONS.map((x) => `.${x}`).join(',')} onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, MAX_FILES))} />
        <span className="btn btn-secondary btn-small" aria-hidden="true">
          {t('files.chooseButton')}
        </span>
        <span className="field-label">{t('insdocs.party.commentFiles')}</span>
        <span className="small muted file-names" aria-live="polite">
          {files.length ? files.map((f) => f.name).join(', ') : t('files.noneChosen')}
        </span>
      </label>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('insdocs.party.commentSubmit')}
        </button>
      </div>
    </form>
  );
}

/** The drafts sent to the party, with its comments and a form while comments are open. */
export function PartyDraftsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const loaded = useApi((signal) => partyInsdocsApi.drafts(caseId, signal), [caseId]);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data.items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="party-drafts-title">
      <h2 id="party-drafts-title">{t('insdocs.party.draftsTitle')}</h2>
      <p className="small muted">{t('insdocs.party.draftsIntro')}</p>
      <ol className="request-list">
        {loaded.data.items.map((d) => (
          <DraftCard key={d.id} draft={d} fileUrl={(f) => partyInsdocsApi.fileUrl(caseId, f)}>
            {d.open && <CommentForm caseId={caseId} draft={d} onDone={loaded.setData} />}
          </DraftCard>
        ))}
      </ol>
    </section>
  );
}

/** The meetings shown to the party (time, place or link, attendees, minutes). */
export function PartyMeetingsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const loaded = useApi((signal) => partyInsdocsApi.meetings(caseId, signal), [caseId]);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data.items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="party-meetings-title">
      <h2 id="party-meetings-title">{t('insdocs.party.meetingsTitle')}</h2>
      <ol className="request-list">
        {loaded.data.items.map((m) => (
          <MeetingCard key={m.id} meeting={m} fileUrl={(f) => partyInsdocsApi.fileUrl(caseId, f)} />
        ))}
      </ol>
    </section>
  );
}

/** The documents addressed to the party, with PDF and DOCX. */
export function PartyDocumentsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const loaded = useApi((signal) => partyInsdocsApi.documents(caseId, signal), [caseId]);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data.items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="party-documents-title">
      <h2 id="party-documents-title">{t('insdocs.party.documentsTitle')}</h2>
      <DocumentList items={loaded.data.items} fileUrl={(f) => partyInsdocsApi.fileUrl(caseId, f)} />
    </section>
  );
}
