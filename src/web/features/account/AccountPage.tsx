import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { PageHeader } from '../../components/Feedback';
import { useMe } from '../../lib/auth';
import { roleLabel } from '../../lib/labels';
import { ChangePasswordForm } from './ChangePasswordForm';
import { TotpSection } from './TotpSection';

/** My account: details, password change, two-factor authentication. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { hash } = useLocation();

  useEffect(() => {
    if (hash === '#password') document.getElementById('password')?.scrollIntoView();
  }, [hash]);

  return (
    <>
      <PageHeader title={t('account.title')} />
      <section className="card" aria-labelledby="me-title">
        <h2 id="me-title">{t('account.profile')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('users.fullName')}</dt>
            <dd>{me.user.fullName}</dd>
          </div>
          <div>
            <dt>{t('users.username')}</dt>
            <dd className="mono">{me.user.username}</dd>
          </div>
          <div>
            <dt>{t('users.email')}</dt>
            <dd>{me.user.email ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('users.agency')}</dt>
            <dd>{me.user.agencyName}</dd>
          </div>
          <div>
            <dt>{t('users.roles')}</dt>
            <dd>
              <ul className="plain-list">
                {me.grants.map((g) => (
                  <li key={`${g.agencyId}-${g.role}`}>{t('home.roleAt', { role: roleLabel(t, g.role), agency: g.agencyName })}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </section>
      <ChangePasswordForm />
      <TotpSection />
    </>
  );
}
