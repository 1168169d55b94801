import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { useAuth, useMe } from '../../lib/auth';
import { authApi, type TotpSetup } from '../../lib/endpoints';

/** Turns two-factor authentication on (QR code, then a code to prove the app works) or off (with a code). */
export function TotpSection() {
  const { t } = useTranslation();
  const me = useMe();
  const { refresh } = useAuth();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(message);
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const start = () => void run(async () => setSetup(await authApi.totpSetup()), '');

  const submitCode = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t('auth.codeInvalid'));
      return;
    }
    setCodeError(null);
    const enabling = !me.user.totpEnabled;
    const ok = await run(() => (enabling ? authApi.totpEnable(code) : authApi.totpDisable(code)), enabling ? t('account.enabled') : t('account.disabled'));
    setCode('');
    if (ok) {
      setSetup(null);
      await refresh();
    }
  };

  const codeForm = (submitLabel: string, help: string) => (
    <form className="form totp-code" onSubmit={submitCode} noValidate>
      <TextField
        label={t('auth.totpCode')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
        error={codeError}
        help={help}
      />
      <div className="form-actions">
        <button type="submit" className={`btn ${me.user.totpEnabled ? 'btn-danger' : 'btn-primary'}`} disabled={busy}>
          {submitLabel}
        </button>
        {setup && (
          <button type="button" className="btn btn-secondary" onClick={() => setSetup(null)}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );

  return (
    <section className="card" aria-labelledby="totp-title">
      <h2 id="totp-title">{t('account.totpTitle')}</h2>
      <ErrorMessage message={error} />
      <StatusMessage message={done || null} />
      {me.user.totpEnabled ? (
        <>
          <p>
            <span className="badge badge-active">{t('users.totpOn')}</span> {t('account.totpOn')}
          </p>
          {codeForm(t('account.disable'), t('account.disableHelp'))}
        </>
      ) : setup ? (
        <div className="totp-setup">
          <img src={setup.qrDataUrl} alt={t('account.qrAlt')} width={200} height={200} className="qr" />
          <div>
            <p>{t('account.totpScan')}</p>
            <p className="small">
              {t('account.secret')}: <code className="secret">{setup.secret}</code>
            </p>
            {codeForm(t('account.enable'), t('auth.totpHelp'))}
          </div>
        </div>
      ) : (
        <>
          <p>{t('account.totpOff')}</p>
          <button type="button" className="btn btn-primary" onClick={start} disabled={busy}>
            {t('account.totpStart')}
          </button>
        </>
      )}
    </section>
  );
}
