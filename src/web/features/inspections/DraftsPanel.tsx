import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useMe } from '../../lib/auth';
import { formatDateTime, formatIsoDate, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import type { InspectionDetail } from './api';
import { insdocsApi, type Draft, type Drafts } from './insdocsApi';

/** One draft with its due date, basis, file and the party's comments (shared with the party's portal). */
export function DraftCard({ draft: d, fileUrl, children }: { draft: Draft; fileUrl(fileId: string): string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className="request-item" aria-labelledby={`draft-${d.id}`}>
      <div className="request-head">
        <h3 id={`draft-${d.id}`}>{t('insdocs.draftNumber', { seq: String(d.seq), title: d.title })}</h3>
        <span className={`badge ${d.open ? 'badge-warning' : 'badge-active'}`}>{d.open ? t('insdocs.draftOpen') : t('insdocs.draftClosed')}</span>
      </div>
      <p className="request-due">
        {t('insdocs.commentsDue')}: <strong>{formatIsoDate(d.commentsDue)}</strong>
        <span className="small muted"> · {t('insdocs.sentBy', { name: d.sentByName, at: formatDateTime(d.sentAt) })}</span>
      </p>
      <p className="deadline-basis">
        {t('petitionLabels.basis')}: {d.basis}
      </p>
      {d.text && <div className="letter-content">{d.text}</div>}
      {d.file && (
        <p>
          <a href={fileUrl(d.file.id)} download>
            <Icon name="file" size={14} /> {d.file.name}
          </a>
        </p>
      )}
      <h4 className="small strong">{t('insdocs.comments')}</h4>
      {d.comments.length === 0 ? (
        <p className="small muted">{t('insdocs.noComments')}</p>
      ) : (
        <ol className="answer-list" aria-label={t('insdocs.comments')}>
          {d.comments.map((c) => (
            <li key={c.id}>
              <p className="small muted">
                {t('insdocs.commentBy', { at: formatDateTime(c.at), name: c.authorName })}
                {c.channel === 'paper' && <span className="badge">{t('insdocs.paper')}</span>}
              </p>
              <div className="letter-content">{c.text}</div>
              {c.files.length > 0 && (
                <ul className="attachment-list">
                  {c.files.map((f) => (
                    <li key={f.id}>
                      <a href={fileUrl(f.id)} download>
                        <Icon name="file" size={14} /> {f.name}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {children}
    </li>
  );
}

function SendDraftForm({ caseId, onDone }: { caseId: string; onDone(d: Drafts): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await action.run(async () => {
      if (!due || due <= todayIso()) throw new Error(t('insdocs.dueFuture'));
      onDone(await insdocsApi.sendDraft(caseId, title.trim(), text.trim(), due, file));
      return t('insdocs.draftSent');
    });
    if (ok) {
      setTitle('');
      setText('');
      setFile(null);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-labelledby="new-draft-title">
      <h3 id="new-draft-title">{t('insdocs.newDraft')}</h3>
      <p className="small muted">{t('insdocs.newDraftHelp')}</p>
      <TextField label={t('insdocs.draftTitle')} value={title} maxLength={300} required markRequired onChange={(e) => setTitle(e.target.value)} />
      <TextAreaField label={t('insdocs.draftText')} value={text} rows={5} maxLength={50000} onChange={(e) => setText(e.target.value)} />
      <div className="form-grid">
        <DateInput label={t('insdocs.commentsDue')} value={due} onChange={setDue} required />
        <label className="file-drop">
          <input ref={input} className="visually-hidden" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <span className="btn btn-secondary btn-small" aria-hidden="true">
            {t('files.chooseButton')}
          </span>
          <span className="field-label">{t('insdocs.draftFile')}</span>
          <span className="small muted file-names">{file ? file.name : t('files.noneChosen')}</span>
        </label>
      </div>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('insdocs.sendDraft')}
        </button>
      </div>
    </form>
  );
}

/** Drafts sent to the inspected party for comment (Luật Thanh tra 2025, Điều 34, khoản 1 Điều 50) and its comments. */
export function DraftsPanel({ detail, onCaseChange }: { detail: InspectionDetail; onCaseChange(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const loaded = useApi((signal) => insdocsApi.drafts(detail.id, signal), [detail.id]);
  const close = useAction();
  const sends = detail.can.manage || detail.team.some((m) => m.userId === me.user.id && (m.role === 'leader' || m.role === 'deputy_leader'));
  const open = !['closed', 'terminated', 'concluded', 'published'].includes(detail.status);
  const update = (d: Drafts) => {
    loaded.setData(d);
    onCaseChange();
  };
  return (
    <section className="card" aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('insdocs.draftsHeading')}</h2>
      {!loaded.data ? (
        loaded.loading ? <Loading /> : <ErrorMessage message={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          <ErrorMessage message={close.error} />
          {loaded.data.items.length === 0 ? (
            <p className="empty">{t('insdocs.noDrafts')}</p>
          ) : (
            <ol className="request-list">
              {loaded.data.items.map((d) => (
                <DraftCard key={d.id} draft={d} fileUrl={(f) => insdocsApi.fileUrl(detail.id, f)}>
                  {detail.can.request && d.status === 'open' && (
                    <div className="form-actions">
                      <button type="button" className="btn btn-secondary btn-small" disabled={close.busy} onClick={() => void close.run(async () => update(await insdocsApi.closeDraft(detail.id, d.id)))}>
                        {t('insdocs.closeDraft')}
                      </button>
                    </div>
                  )}
                </DraftCard>
              ))}
            </ol>
          )}
          {sends && open && <SendDraftForm caseId={detail.id} onDone={update} />}
        </>
      )}
    </section>
  );
}
