import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { useAction } from '../../lib/useAction';
import { usersApi, type User } from '../../lib/endpoints';
import { passwordError } from '../../lib/password';
import { newRoleRow, RolesEditor, toAssignments, type RoleRow } from './RolesEditor';
import { emailError, fullNameError } from './validation';

type Props = { user: User; onSaved(user: User): void };

/** Name and e-mail. */
export function ProfileForm({ user, onSaved }: Props) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(user.fullName);
  const [email, setEmail] = useState(user.email ?? '');
  const [submitted, setSubmitted] = useState(false);
  const { busy, error, done, run, clear } = useAction();
  const validation = { fullName: fullNameError(t, fullName), email: emailError(t, email) };
  const errors: Partial<typeof validation> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    clear();
    if (validation.fullName || validation.email) return;
    await run(async () => {
      onSaved(await usersApi.update(user.id, { fullName: fullName.trim(), email: email.trim() || null }));
      return t('users.saved');
    });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="profile-title">
      <h2 id="profile-title">{t('users.profile')}</h2>
      <ErrorMessage message={error} />
      <StatusMessage message={done} />
      <div className="form-grid">
        <TextField label={t('users.fullName')} value={fullName} onChange={(e) => setFullName(e.target.value)} required error={errors.fullName} />
        <TextField label={t('users.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

/** Replaces the user's roles (PUT /users/:id/roles). */
export function RolesForm({ user, onSaved }: Props) {
  const { t } = useTranslation();
  const home = { id: user.agencyId, name: user.agencyName };
  const [rows, setRows] = useState<RoleRow[]>(() => user.roles.map((r) => newRoleRow(r.role, { id: r.agencyId, name: r.agencyName })));
  const [rowsError, setRowsError] = useState<string | null>(null);
  const { busy, error, done, run, clear } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const roles = toAssignments(rows);
    clear();
    setRowsError(roles ? null : t('users.roleAgencyRequired'));
    if (!roles) return;
    await run(async () => {
      const saved = await usersApi.setRoles(user.id, roles);
      onSaved(saved);
      setRows(saved.roles.map((r) => newRoleRow(r.role, { id: r.agencyId, name: r.agencyName })));
      return t('users.rolesSaved');
    });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate>
      <ErrorMessage message={error} />
      <StatusMessage message={done} />
      <RolesEditor rows={rows} onChange={setRows} defaultAgency={home} error={rowsError} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

/** Sets a temporary password (the user must change it at next login). */
export function ResetPasswordForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const { busy, error, done, run, clear } = useAction();
  const validation = { password: passwordError(t, password, user.username), confirm: password === confirm ? null : t('password.mismatch') };
  const errors: Partial<typeof validation> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    clear();
    if (validation.password || validation.confirm) return;
    await run(async () => {
      await usersApi.resetPassword(user.id, password);
      setPassword('');
      setConfirm('');
      setSubmitted(false);
      return t('users.resetDone');
    });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="reset-title">
      <h2 id="reset-title">{t('users.resetTitle')}</h2>
      <ErrorMessage message={error} />
      <StatusMessage message={done} />
      <div className="form-grid">
        <TextField label={t('users.tempPassword')} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} help={t('password.rule')} error={errors.password} />
        <TextField label={t('password.confirm')} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={errors.confirm} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('users.resetSubmit')}
        </button>
      </div>
    </form>
  );
}
