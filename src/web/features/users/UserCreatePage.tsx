import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { ErrorMessage, PageHeader } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { usersApi } from '../../lib/endpoints';
import { passwordError } from '../../lib/password';
import { newRoleRow, RolesEditor, toAssignments, type RoleRow } from './RolesEditor';
import { emailError, fullNameError, usernameError } from './validation';

type Errors = Partial<Record<'username' | 'fullName' | 'email' | 'agency' | 'password' | 'confirm' | 'roles', string | null>>;

/** Creates an account with its home agency, a temporary password and roles. */
export function UserCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [agency, setAgency] = useState<AgencyRef | null>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [roles, setRoles] = useState<RoleRow[]>(() => [newRoleRow('inspector', null)]);
  // Errors appear after the first submit, then follow the user's corrections as they type.
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseAgency = (a: AgencyRef | null) => {
    setAgency(a);
    // Roles without an agency yet follow the home agency.
    if (a) setRoles((rows) => rows.map((r) => (r.agency ? r : { ...r, agency: a })));
  };

  const assignments = toAssignments(roles);
  const validation: Errors = {
    username: usernameError(t, username),
    fullName: fullNameError(t, fullName),
    email: emailError(t, email),
    agency: agency ? null : t('users.agencyRequired'),
    password: passwordError(t, password, username.trim()),
    confirm: password === confirm ? null : t('password.mismatch'),
    roles: assignments ? null : t('users.roleAgencyRequired'),
  };
  const errors: Errors = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(validation).some(Boolean) || !agency || !assignments) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await usersApi.create({ username: username.trim(), fullName: fullName.trim(), email: email.trim() || null, agencyId: agency.id, password, roles: assignments });
      navigate(`/users/${created.id}`, { state: { flash: t('users.created', { username: created.username }) } });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/users">{t('users.backToList')}</Link>
      </nav>
      <PageHeader title={t('users.createTitle')} />
      <form className="card form" onSubmit={submit} noValidate>
        <ErrorMessage message={error} />
        <div className="form-grid">
          <TextField label={t('users.username')} value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" autoCapitalize="none" spellCheck={false} required help={t('users.usernameRule')} error={errors.username} />
          <TextField label={t('users.fullName')} value={fullName} onChange={(e) => setFullName(e.target.value)} autoComplete="off" required error={errors.fullName} />
          <TextField label={t('users.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" error={errors.email} />
          <AgencyPicker label={t('users.agency')} value={agency} onChange={chooseAgency} error={errors.agency} suggestions={me.grants.map((g) => ({ id: g.agencyId, name: g.agencyName }))} />
          <TextField label={t('users.tempPassword')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" required help={`${t('password.rule')} ${t('users.tempPasswordNote')}`} error={errors.password} />
          <TextField label={t('password.confirm')} type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" required error={errors.confirm} />
        </div>
        <RolesEditor rows={roles} onChange={setRoles} defaultAgency={agency} error={errors.roles} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('users.create')}
          </button>
          <Link className="btn btn-secondary" to="/users">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
