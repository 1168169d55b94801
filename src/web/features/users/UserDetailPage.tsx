import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useConfirm } from '../../components/Confirm';
import { ErrorMessage, Loading, PageHeader, StatusMessage } from '../../components/Feedback';
import { errorMessage } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { usersApi, type User } from '../../lib/endpoints';
import { formatDateTime } from '../../lib/format';
import { roleLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { ProfileForm, ResetPasswordForm, RolesForm } from './UserForms';
import { StatusBadge } from './UsersPage';

function Facts({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('users.username')}</dt>
        <dd className="mono">{user.username}</dd>
      </div>
      <div>
        <dt>{t('users.agency')}</dt>
        <dd>
          <Link to={`/agencies/${user.agencyId}`}>{user.agencyName}</Link>
        </dd>
      </div>
      <div>
        <dt>{t('users.email')}</dt>
        <dd>{user.email ?? t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('users.status')}</dt>
        <dd>
          <StatusBadge status={user.status} /> {user.mustChangePassword && <span className="badge badge-warning">{t('users.mustChange')}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('users.totp')}</dt>
        <dd>{user.totpEnabled ? t('users.totpOn') : t('users.totpOff')}</dd>
      </div>
      <div>
        <dt>{t('users.lastLogin')}</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}</dd>
      </div>
      <div>
        <dt>{t('users.createdAt')}</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
      </div>
    </dl>
  );
}

/** One account: facts, and for managers the edit, status, roles and password-reset forms. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can, me } = useAuth();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const loaded = useApi(() => usersApi.get(id), [id]);
  const [statusMsg, setStatusMsg] = useState<string | null>(flash);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, confirmDialog] = useConfirm();
  const user = loaded.data;
  const manage = can('users.manage');

  if (loaded.loading && !user) return <Loading />;
  if (!user) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;

  const toggle = async () => {
    const disabling = user.status === 'active';
    if (disabling && !(await confirm(t('users.confirmDisable', { username: user.username }), t('users.disable')))) return;
    setBusy(true);
    setError(null);
    setStatusMsg(null);
    try {
      loaded.setData(await usersApi.update(user.id, { status: disabling ? 'disabled' : 'active' }));
      setStatusMsg(disabling ? t('users.disabledDone') : t('users.enabledDone'));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/users">{t('users.backToList')}</Link>
      </nav>
      <PageHeader title={user.fullName}>
        {can('audit.read') && (
          <Link className="btn btn-secondary" to={`/audit?entityType=user&entityId=${user.id}`}>
            {t('users.history')}
          </Link>
        )}
        {manage && user.id !== me?.user.id && (
          <button type="button" className={`btn ${user.status === 'active' ? 'btn-danger' : 'btn-primary'}`} disabled={busy} onClick={() => void toggle()}>
            {user.status === 'active' ? t('users.disable') : t('users.enable')}
          </button>
        )}
      </PageHeader>
      {confirmDialog}
      <StatusMessage message={statusMsg} />
      <ErrorMessage message={error} />
      <section className="card">
        <Facts user={user} />
      </section>
      {manage ? (
        <>
          <ProfileForm key={`p-${user.id}`} user={user} onSaved={loaded.setData} />
          <RolesForm key={`r-${user.id}`} user={user} onSaved={loaded.setData} />
          <ResetPasswordForm user={user} />
        </>
      ) : (
        <section className="card">
          <h2>{t('users.rolesTitle')}</h2>
          <ul className="plain-list">
            {user.roles.map((r) => (
              <li key={`${r.agencyId}-${r.role}`}>
                <span className="badge badge-role">{roleLabel(t, r.role)}</span> <span className="muted">{r.agencyName}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
