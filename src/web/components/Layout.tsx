import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import type { Permission } from '../../shared/domain/access/roles';
import { useAuth, useMe } from '../lib/auth';
import { ErrorMessage, StatusMessage } from './Feedback';
import { Header } from './Header';
import { Icon } from './Icon';

type NavItem = { to: string; key: 'home' | 'petitions' | 'overdue' | 'stats' | 'reception' | 'inspections' | 'plans' | 'recsOverdue' | 'sanctions' | 'subjects' | 'warnings' | 'hotspots' | 'assistant' | 'users' | 'agencies' | 'audit' | 'calendar' | 'account'; permission?: Permission };

/** Side navigation; items need the listed permission (the server checks again on every call). */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', key: 'home' },
  { to: '/petitions', key: 'petitions', permission: 'petitions.read' },
  { to: '/reception', key: 'reception', permission: 'reception.read' },
  { to: '/petitions-overdue', key: 'overdue', permission: 'petitions.read' },
  { to: '/petitions-stats', key: 'stats', permission: 'petitions.read' },
  { to: '/inspections', key: 'inspections', permission: 'inspections.read' },
  { to: '/inspection-plans', key: 'plans', permission: 'inspections.read' },
  { to: '/inspections-overdue', key: 'recsOverdue', permission: 'inspections.read' },
  { to: '/sanctions', key: 'sanctions', permission: 'sanctions.read' },
  { to: '/subjects', key: 'subjects', permission: 'subjects.read' },
  { to: '/canh-bao-som', key: 'warnings', permission: 'risk.warnings' },
  { to: '/hotspots', key: 'hotspots', permission: 'petitions.read' },
  { to: '/tro-ly', key: 'assistant', permission: 'kb.read' },
  { to: '/users', key: 'users', permission: 'users.read' },
  { to: '/agencies', key: 'agencies', permission: 'agencies.read' },
  { to: '/audit', key: 'audit', permission: 'audit.read' },
  { to: '/calendar', key: 'calendar' },
  { to: '/account', key: 'account' },
];

function PasswordBanner() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  if (!me.user.mustChangePassword) return null;
  return (
    <div className="banner banner-warning" role="region" aria-label={t('password.changeNow')}>
      <span>{t('password.mustChange')}</span>
      {pathname !== '/account' && (
        <Link className="btn btn-small btn-primary" to="/account#password">
          {t('password.changeNow')}
        </Link>
      )}
    </div>
  );
}

/** The authenticated application: skip link, header, side navigation and the page. */
export function Layout() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [status, setStatus] = useState<{ message: string; error: boolean } | null>(null);
  const first = useRef(true);

  useEffect(() => {
    setMenuOpen(false);
    // After a navigation, move focus to the new page's title so screen readers announce it.
    if (first.current) {
      first.current = false;
      return;
    }
    const id = requestAnimationFrame(() => document.getElementById('page-title')?.focus());
    return () => cancelAnimationFrame(id);
  }, [location.pathname]);

  useEffect(() => {
    if (!status || status.error) return;
    const id = setTimeout(() => setStatus(null), 6000);
    return () => clearTimeout(id);
  }, [status]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <Header menuOpen={menuOpen} onMenu={() => setMenuOpen((v) => !v)} onStatus={(message, error = false) => setStatus({ message, error })} />
      <div className="app-body">
        <nav id="side-nav" className={`side-nav${menuOpen ? ' open' : ''}`} aria-label={t('nav.main')}>
          <ul>
            {NAV_ITEMS.filter((i) => !i.permission || can(i.permission)).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  <Icon name={item.key === 'recsOverdue' ? 'overdue' : item.key} />
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <PasswordBanner />
          <ErrorMessage message={status?.error ? status.message : null} />
          <StatusMessage message={status && !status.error ? status.message : null} />
          <Outlet />
        </main>
      </div>
      <footer className="app-footer">
        <span>© {new Date().getFullYear()} {t('common.appName')}</span>
      </footer>
    </div>
  );
}

/** Shown instead of a page the user may not open. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1 id="page-title" tabIndex={-1}>
        {t('errors.forbidden')}
      </h1>
      <Link to="/">{t('errors.toHome')}</Link>
    </section>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1 id="page-title" tabIndex={-1}>
        {t('errors.notFound')}
      </h1>
      <Link to="/">{t('errors.toHome')}</Link>
    </section>
  );
}

/** Renders the page only with the permission. */
export function RequirePermission({ permission, children }: { permission: Permission; children: React.ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? <>{children}</> : <Forbidden />;
}
