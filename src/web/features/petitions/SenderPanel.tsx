import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextAreaField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../lib/api';
import { petitionsApi, type Identity, type PetitionDetail } from '../../lib/endpoints';
import { identityRoleLabel } from '../../lib/labels';

function Identities({ people, roleLabel }: { people: Identity[]; roleLabel(role: string): string }) {
  const { t } = useTranslation();
  return (
    <ol className="identity-list">
      {people.map((p, i) => (
          <li key={i}>
            <p className="identity-name">
              {p.fullName} <span className="badge">{roleLabel(p.role)}</span>
            </p>
            <dl className="facts facts-compact">
              {(
                [
                  ['idNumber', p.idNumber],
                  ['address', p.address],
                  ['phone', p.phone],
                  ['email', p.email],
                  ['organisation', p.organisation],
                ] as const
              )
                .filter(([, v]) => v)
                .map(([k, v]) => (
                  <div key={k}>
                    <dt>{t(`petitions.${k}`)}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
            </dl>
          </li>
      ))}
    </ol>
  );
}

type Reveal = (purpose: string) => Promise<{ identities: Identity[] }>;

function RevealForm({ reveal, onRevealed }: { reveal: Reveal; onRevealed(people: Identity[]): void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invalid = purpose.trim().length < 10 ? t('petitions.purposeTooShort') : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (invalid) return;
    setBusy(true);
    setError(null);
    try {
      onRevealed((await reveal(purpose.trim())).identities);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>{t('petitions.protectedText')}</p>
      <ErrorMessage message={error} />
      <TextAreaField
        label={t('petitions.purpose')}
        value={purpose}
        rows={3}
        maxLength={500}
        required
        autoFocus
        help={t('petitions.purposeHelp')}
        error={submitted ? invalid : null}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('petitions.revealSubmit')}
        </button>
      </div>
    </form>
  );
}

/** What the panel shows of a letter's sender or a visit's people. */
export type SenderSubject = Pick<PetitionDetail, 'id' | 'isGroup' | 'groupSize' | 'authorType' | 'identities' | 'identityProtected' | 'canRevealIdentity' | 'author'>;

/**
 * The sender: identities when visible; for a protected denouncer a locked panel and, when allowed, an audited reveal
 * (the letter's reveal endpoint unless another is given, e.g. a reception visit's).
 */
/** `roleLabel` words each person's role for the context (a visit's people are not a letter's signatories). */
export function SenderPanel({ letter, reveal, title, groupLabel, roleLabel }: { letter: SenderSubject; reveal?: Reveal; title?: string; groupLabel?: string; roleLabel?(role: string): string }) {
  const { t } = useTranslation();
  const doReveal: Reveal = reveal ?? ((purpose) => petitionsApi.reveal(letter.id, purpose));
  const [revealed, setRevealed] = useState<Identity[] | null>(null);
  const [asking, setAsking] = useState(false);
  const people = letter.identities ?? revealed;

  return (
    <section className="card sender-panel" aria-labelledby="sender-title">
      <h2 id="sender-title">{title ?? t('petitions.sender')}</h2>
      {letter.isGroup && <p className="badge badge-warning">{groupLabel ?? t('petitions.group', { n: String(letter.groupSize) })}</p>}
      <StatusMessage message={revealed ? t('petitions.revealed') : null} />
      {letter.authorType === 'anonymous' ? (
        <p className="muted">{t('petitions.anonymousSender')}</p>
      ) : people ? (
        <Identities people={people} roleLabel={roleLabel ?? identityRoleLabel} />
      ) : letter.identityProtected ? (
        <div className="locked-panel">
          <Icon name="lock" size={28} />
          <div>
            <p className="strong">{t('petitions.protectedTitle')}</p>
            <p className="small">{t('petitions.pseudonym', { name: letter.author })}</p>
            {letter.canRevealIdentity ? (
              <button type="button" className="btn btn-secondary btn-small" onClick={() => setAsking(true)}>
                {t('petitions.reveal')}
              </button>
            ) : (
              <p className="small muted">{t('petitions.protectedNoAccess')}</p>
            )}
          </div>
        </div>
      ) : (
        <p>{letter.author}</p>
      )}
      <Dialog title={t('petitions.revealTitle')} open={asking} onClose={() => setAsking(false)} variant="modal">
        <RevealForm
          reveal={doReveal}
          onRevealed={(p) => {
            setRevealed(p);
            setAsking(false);
          }}
        />
      </Dialog>
    </section>
  );
}
