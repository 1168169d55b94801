import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { SenderDocuments } from './SenderDocuments';
import { ErrorMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { portalApi, type PublicStatus } from '../../lib/endpoints';
import { formatDateTime, formatIsoDate } from '../../lib/format';
import { petitionKindLabel } from '../../lib/labels';

function TrackResult({ status, secret, onChanged }: { status: PublicStatus; secret: string; onChanged(): void }) {
  const { t } = useTranslation();
  return (
    <div className="track-result">
      <section className="card">
        <h2 id="track-result-title" tabIndex={-1}>
          {t('portal.status')}: <span className={`badge badge-big badge-public-${status.status}`}>{status.statusLabel}</span>
        </h2>
        <dl className="facts facts-compact">
          <div>
            <dt>{t('portal.trackingCode')}</dt>
            <dd className="mono">{status.trackingCode}</dd>
          </div>
          <div>
            <dt>{t('portal.registerNo')}</dt>
            <dd>{status.registerNo}</dd>
          </div>
          <div>
            <dt>{t('portal.receivedOn')}</dt>
            <dd>{formatIsoDate(status.receivedOn)}</dd>
          </div>
          <div>
            <dt>{t('letterForm.kindLegend')}</dt>
            <dd>{petitionKindLabel(status.kind)}</dd>
          </div>
          <div>
            <dt>{t('portal.agency')}</dt>
            <dd>{status.agencyName}</dd>
          </div>
        </dl>
      </section>
      <section className="card">
        <h2>{t('portal.deadlines')}</h2>
        <p className="muted">{t('portal.deadlinesIntro')}</p>
        {status.deadlines.length === 0 ? (
          <p className="empty">{t('portal.noDeadlines')}</p>
        ) : (
          <ul className="deadline-list">
            {status.deadlines.map((d) => (
              <li key={`${d.label}-${d.dueDate}`}>
                <span className="deadline-label">{d.label}</span>
                <span className="deadline-due">
                  {t('portal.dueDate')}: <strong>{formatIsoDate(d.dueDate)}</strong>
                </span>
                <span className="deadline-basis">
                  {t('petitionLabels.basis')}: {d.basis}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2>{t('portal.timeline')}</h2>
        {status.events.length === 0 ? (
          <p className="empty">{t('portal.noEvents')}</p>
        ) : (
          <ol className="timeline">
            {status.events.map((e, i) => (
              <li key={i}>
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                <span>{e.label}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <SenderDocuments trackingCode={status.trackingCode} secret={secret} sent={status.attachments} left={status.attachmentsLeft} onSent={onChanged} />
    </div>
  );
}

/** Tracking: tracking code + secret → status, timeline and deadlines with their legal basis. */
export function TrackPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const given = location.state as { trackingCode?: string; secret?: string } | null;
  const [code, setCode] = useState(given?.trackingCode ?? '');
  const [secret, setSecret] = useState(given?.secret ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<PublicStatus | null>(null);
  const auto = useRef(!!(given?.trackingCode && given.secret));

  const errors = submitted ? { code: code.trim() ? null : t('portal.codeRequired'), secret: secret.trim() ? null : t('portal.secretRequired') } : { code: null, secret: null };

  const search = async (c: string, s: string) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await portalApi.track(c.trim().toUpperCase(), s.trim()));
      requestAnimationFrame(() => document.getElementById('track-result-title')?.focus());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    // Coming from the receipt: look the letter up at once, and drop the secret from the history entry.
    if (!auto.current) return;
    auto.current = false;
    navigate(location.pathname, { replace: true, state: null });
    void search(code, secret);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!code.trim() || !secret.trim()) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    void search(code, secret);
  };

  return (
    <>
      <div className="portal-page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('portal.trackPageTitle')}
        </h1>
        <p className="page-intro">{t('portal.trackIntro')}</p>
      </div>
      <form className="card track-form" onSubmit={submit} noValidate>
        <div className="form-grid two-col">
          <TextField
            label={t('portal.trackingCode')}
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            required
            help={t('portal.codeHelp')}
            error={errors.code}
            onChange={(e) => setCode(e.target.value)}
          />
          <TextField
            label={t('portal.secret')}
            value={secret}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={100}
            required
            help={t('portal.secretHelp')}
            error={errors.secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        </div>
        <ErrorMessage message={error} />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('portal.searching') : t('portal.trackSubmit')}
        </button>
      </form>
      {status && (
        <TrackResult
          status={status}
          secret={secret.trim()}
          onChanged={() => {
            // Refresh in place: the result (and the confirmation under it) stays on screen meanwhile.
            portalApi.track(status.trackingCode, secret.trim()).then(setStatus, (err: unknown) => setError(errorMessage(err)));
          }}
        />
      )}
    </>
  );
}
