import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { useAuth, useMe } from '../../lib/auth';
import { authApi } from '../../lib/endpoints';
import { passwordError } from '../../lib/password';

/** Changes one's own password (POST /auth/password); other sessions are closed by the server. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const me = useMe();
  const { refresh } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const validation = {
    current: current ? null : t('common.required', { field: t('password.current').toLowerCase() }),
    next: passwordError(t, next, me.user.username),
    confirm: next === confirm ? null : t('password.mismatch'),
  };
  const errors: Partial<typeof validation> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setDone(null);
    if (validation.current || validation.next || validation.confirm) return;
    setBusy(true);
    setError(null);
    try {
      await authApi.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setSubmitted(false);
      setDone(t('password.changed'));
      await refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id="password" className="card form" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.changePassword')}</h2>
      <ErrorMessage message={error} />
      <StatusMessage message={done} />
      <input type="text" name="username" autoComplete="username" value={me.user.username} readOnly hidden />
      <div className="form-grid">
        <TextField label={t('password.current')} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={errors.current} required />
        <TextField label={t('password.new')} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} error={errors.next} help={t('password.rule')} required />
        <TextField label={t('password.confirm')} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={errors.confirm} required />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : t('password.submit')}
        </button>
      </div>
    </form>
  );
}
