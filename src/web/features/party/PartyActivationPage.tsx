import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Brand, LanguageSwitch } from '../../components/Header';
import { useAction } from '../../lib/useAction';
import { passwordError } from '../../lib/password';
import { partyApi } from '../inspections/api';

/**
 * /doi-tuong/kich-hoat?token=…: the invited representative of the inspected party sets a password (no session);
 * the link works once. Then he logs in with his e-mail address as the username.
 */
export function PartyActivationPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [username, setUsername] = useState<string | null>(null);
  const action = useAction();

  useEffect(() => {
    document.title = `${t('party.activation.title')} — ${t('common.appName')}`;
  }, [t, i18n.language]);

  const validation = { password: passwordError(t, password), confirm: password === confirm ? null : t('password.mismatch') };
  const errors: Partial<typeof validation> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (validation.password || validation.confirm || !token) return;
    await action.run(async () => {
      setUsername((await partyApi.activate(token, password)).username);
    });
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
            {t('party.activation.title')}
          </h1>
          {username ? (
            <div role="status">
              <p className="alert alert-success">{t('party.activation.done')}</p>
              <p>
                {t('party.activation.username')}: <strong className="mono">{username}</strong>
              </p>
              <Link className="btn btn-primary btn-block" to="/doi-tuong" state={{ username }}>
                {t('party.activation.toLogin')}
              </Link>
            </div>
          ) : !token ? (
            <ErrorMessage message={t('party.activation.noToken')} />
          ) : (
            <form onSubmit={submit} noValidate>
              <p className="muted">{t('party.activation.intro')}</p>
              <ErrorMessage message={action.error} />
              <TextField
                label={t('password.new')}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={errors.password}
                help={t('password.rule')}
                required
                autoFocus
              />
              <TextField label={t('password.confirm')} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={errors.confirm} required />
              <button type="submit" className="btn btn-primary btn-block" disabled={action.busy}>
                {action.busy ? t('common.saving') : t('party.activation.submit')}
              </button>
            </form>
          )}
        </section>
      </main>
    </div>
  );
}
