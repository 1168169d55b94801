import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { inspectionsApi, type InspectionDetail } from './api';
import { partyStatusLabel } from './model';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The one-time activation link, shown to the inviter when the server sends no e-mail, with a copy button. */
function ActivationLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const full = new URL(url, window.location.origin).toString();
  return (
    <div className="activation-link alert alert-info" role="region" aria-label={t('inspections.parties.linkTitle')}>
      <p className="strong">{t('inspections.parties.linkTitle')}</p>
      <p className="small">{t('inspections.parties.noMail')}</p>
      <div className="code-row">
        <input className="mono" readOnly value={full} aria-label={t('inspections.parties.linkTitle')} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => {
            void navigator.clipboard
              ?.writeText(full)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {copied ? t('inspections.parties.copied') : t('inspections.parties.copy')}
        </button>
      </div>
    </div>
  );
}

/** Representatives of the inspected party invited to its portal (issue 5 item 3): invite, list, one-time link. */
export function PartiesPanel({ detail, canInvite, onInvited }: { detail: InspectionDetail; canInvite: boolean; onInvited(): void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [fullName, setFullName] = useState('');
  const [position, setPosition] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [link, setLink] = useState('');
  const action = useAction();
  const validation = {
    email: EMAIL.test(email.trim()) ? null : t('inspections.parties.emailInvalid'),
    fullName: fullName.trim().length >= 2 ? null : t('inspections.parties.nameRequired'),
  };
  const errors: Partial<typeof validation> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (validation.email || validation.fullName) return;
    setLink('');
    const ok = await action.run(async () => {
      const invited = await inspectionsApi.invite(detail.id, { email: email.trim(), fullName: fullName.trim(), position: position.trim() || undefined });
      setLink(invited.activationUrl);
      return invited.activationUrl ? t('inspections.parties.invitedNoMail', { email: email.trim() }) : t('inspections.parties.invitedMail', { email: email.trim() });
    });
    if (ok) {
      setEmail('');
      setFullName('');
      setPosition('');
      setSubmitted(false);
      onInvited();
    }
  };

  return (
    <section className="card" aria-labelledby="parties-title">
      <h2 id="parties-title">{t('inspections.parties.heading')}</h2>
      <p className="small muted">{t('inspections.parties.intro')}</p>
      {detail.parties.length === 0 ? (
        <p className="empty">{t('inspections.parties.empty')}</p>
      ) : (
        <ul className="plain-list party-list">
          {detail.parties.map((p) => (
            <li key={p.id}>
              <span className="strong">{p.fullName}</span>
              {p.position && <span className="muted"> — {p.position}</span>}
              <span className={`badge ${p.status === 'active' ? 'badge-active' : 'badge-warning'}`}>{partyStatusLabel(p.status)}</span>
              <span className="small muted block">
                {p.email} · {p.activatedAt ? t('inspections.parties.activatedAt', { at: formatDateTime(p.activatedAt) }) : t('inspections.parties.invitedAt', { at: formatDateTime(p.invitedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage message={action.done} />
      {link && <ActivationLink url={link} />}
      {canInvite && (
        <form className="form sub-form" onSubmit={submit} noValidate aria-labelledby="invite-title">
          <h3 id="invite-title">{t('inspections.parties.inviteTitle')}</h3>
          <TextField label={t('inspections.parties.email')} type="email" autoComplete="off" value={email} maxLength={200} required markRequired error={errors.email} onChange={(e) => setEmail(e.target.value)} />
          <TextField label={t('inspections.parties.fullName')} value={fullName} maxLength={200} required markRequired error={errors.fullName} onChange={(e) => setFullName(e.target.value)} />
          <TextField label={t('inspections.parties.position')} value={position} maxLength={200} onChange={(e) => setPosition(e.target.value)} />
          <ErrorMessage message={action.error} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={action.busy}>
              {action.busy ? t('common.saving') : t('inspections.parties.invite')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
