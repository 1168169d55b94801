import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Brand, LanguageSwitch } from '../../components/Header';
import { errorMessage, setCsrfToken } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { authApi } from '../../lib/endpoints';

/** Log in with username and password; when the account has TOTP on, a second step asks for the code. */
export function LoginPage() {
  const { t } = useTranslation();
  const { signedIn, notice } = useAuth();
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const location = useLocation();
  // Coming from the inspected party's activation page, the username (its e-mail) is filled in.
  const [username, setUsername] = useState(() => (location.state as { username?: string } | null)?.username ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string; code?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showNotice, setShowNotice] = useState(true);
  const codeRef = useRef<HTMLInputElement>(null);

  const submitPassword = async (e: FormEvent) => {
    e.preventDefault();
    const errs = { username: username.trim() ? undefined : t('auth.usernameRequired'), password: password ? undefined : t('auth.passwordRequired') };
    setFieldErrors(errs);
    if (errs.username || errs.password) return;
    setShowNotice(false);
    setBusy(true);
    setError(null);
    try {
      const result = await authApi.login(username.trim(), password);
      if (result.status === 'ok') {
        signedIn(result.me);
        return;
      }
      setCsrfToken(result.csrfToken);
      setStep('totp');
      setPassword('');
      requestAnimationFrame(() => codeRef.current?.focus());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const submitCode = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setFieldErrors({ code: t('auth.codeInvalid') });
      return;
    }
    setFieldErrors({});
    setBusy(true);
    setError(null);
    try {
      signedIn(await authApi.loginTotp(code.trim()));
    } catch (err) {
      setError(errorMessage(err));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setStep('password');
    setCode('');
    setError(null);
    setFieldErrors({});
    setCsrfToken(null);
  };

  return (
    <div className="login-page">
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <header className="login-top">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="login-main">
        <section className="login-card" aria-labelledby="page-title">
          <h1 id="page-title" tabIndex={-1}>
            {step === 'password' ? t('auth.title') : t('auth.totpTitle')}
          </h1>
          <StatusMessage tone="info" message={notice && showNotice ? t(`auth.${notice}`) : null} />
          <ErrorMessage message={error} />
          {step === 'password' ? (
            <form onSubmit={submitPassword} noValidate>
              <p className="muted">{t('auth.intro')}</p>
              <TextField
                label={t('auth.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                error={fieldErrors.username}
                required
                autoFocus
              />
              <TextField
                label={t('auth.password')}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={fieldErrors.password}
                required
              />
              <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
                {busy ? t('auth.submitting') : t('auth.submit')}
              </button>
            </form>
          ) : (
            <form onSubmit={submitCode} noValidate>
              <p className="muted">{t('auth.totpHelp')}</p>
              <TextField
                ref={codeRef}
                label={t('auth.totpCode')}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                pattern="\d{6}"
                value={code}
                onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
                error={fieldErrors.code}
                required
              />
              <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
                {t('auth.totpSubmit')}
              </button>
              <button type="button" className="btn btn-link" onClick={restart}>
                {t('auth.otherAccount')}
              </button>
            </form>
          )}
          <p className="login-portal-link">
            <Link to="/cong-dan">{t('portal.citizenPortal')}</Link>
          </p>
        </section>
      </main>
    </div>
  );
}
