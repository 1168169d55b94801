import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import { NotFound } from '../../components/Layout';
import { LanguageSwitch } from '../../components/Header';
import { useAuth, useMe } from '../../lib/auth';
import { PartyCasePage } from './PartyCasePage';
import { PartyCasesPage } from './PartyCasesPage';

/** The inspected party's portal shell: brand, language, who is logged in, log out — no officers' navigation. */
function PartyLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    document.title = `${t('party.name')} — ${t('common.appName')}`;
  }, [t, i18n.language]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const id = requestAnimationFrame(() => document.getElementById('page-title')?.focus());
    return () => cancelAnimationFrame(id);
  }, [pathname]);

  return (
    <div className="portal">
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <header className="portal-header">
        <div className="portal-top">
          <Link to="/doi-tuong" className="brand-link portal-brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span className="brand-text">
              <span className="brand-name">{t('common.appName')}</span>
              <span className="portal-tagline">{t('party.name')}</span>
            </span>
          </Link>
          <div className="portal-tools">
            <span className="party-user small">{me.user.fullName}</span>
            <LanguageSwitch />
            <button type="button" className="btn btn-header" onClick={() => void logout()}>
              {t('header.logout')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="portal-main">
        <Outlet />
      </main>
      <footer className="portal-footer">
        <p>{t('party.footer')}</p>
        <p>
          © {new Date().getFullYear()} {t('common.appName')}
        </p>
      </footer>
    </div>
  );
}

/** What an account of kind `inspected_party` sees after logging in, whatever address it opened. */
export function PartyPortalRoutes() {
  return (
    <Routes>
      <Route path="doi-tuong" element={<PartyLayout />}>
        <Route index element={<PartyCasesPage />} />
        <Route path=":id" element={<PartyCasePage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="*" element={<Navigate to="/doi-tuong" replace />} />
    </Routes>
  );
}
