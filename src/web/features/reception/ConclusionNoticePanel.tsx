import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Feedback';
import { SubmitButton, TextAreaField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { formatDateTime } from '../../lib/format';
import { receptionApi, type VisitDetail } from './api';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The head's notice concluding a reception he chaired (NĐ 154/2026 Art 25(2)): the drafts already made (PDF, DOCX) and
 * a form for the head's conclusions; the rest of the notice comes from the register entry. Shown for the head's own
 * sessions (periodic, ad hoc); when the notice cannot be made the reason and its article are shown instead.
 */
export function ConclusionNoticePanel({ visit, onDone }: { visit: VisitDetail; onDone(detail: VisitDetail): void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [conclusions, setConclusions] = useState('');
  const [assignees, setAssignees] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notice = visit.conclusionNotice;
  if (visit.sessionKind !== 'periodic' && visit.sessionKind !== 'ad_hoc' && notice.files.length === 0) return null;
  const missing = linesOf(conclusions).length === 0 ? t('reception.conclusion.required') : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (missing) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await receptionApi.conclusionNotice(visit.id, { conclusions: linesOf(conclusions), assignees: linesOf(assignees) }));
      setConclusions('');
      setAssignees('');
      setSubmitted(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="conclusion-title">
      <h2 id="conclusion-title">{t('reception.conclusion.title')}</h2>
      <p className="small muted">
        {t('petitionLabels.basis')}: {notice.basis}
      </p>
      {notice.files.length > 0 && (
        <ul className="attachment-list">
          {notice.files.map((f) => (
            <li key={f.fileId}>
              <a href={receptionApi.attachmentUrl(visit.id, f.fileId)} download>
                <Icon name="file" size={14} /> {f.name}
              </a>
              <span className="small muted"> · {formatDateTime(f.addedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {notice.blockedBy ? (
        <p className="alert alert-info">{notice.blockedBy}</p>
      ) : (
        can('reception.record') && (
          <form onSubmit={submit} noValidate>
            <ErrorMessage message={error} />
            <TextAreaField
              label={t('reception.conclusion.conclusions')}
              help={t('reception.conclusion.conclusionsHelp')}
              value={conclusions}
              rows={4}
              required
              markRequired
              error={submitted ? missing : null}
              onChange={(e) => setConclusions(e.target.value)}
            />
            <TextAreaField label={t('reception.conclusion.assignees')} help={t('reception.conclusion.assigneesHelp')} value={assignees} rows={2} onChange={(e) => setAssignees(e.target.value)} />
            <SubmitButton busy={busy} label={t('reception.conclusion.draft')} busyLabel={t('reception.conclusion.drafting')} />
          </form>
        )
      )}
    </section>
  );
}
