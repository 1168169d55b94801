import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { LanguageSwitch } from '../../components/Header';
import { KINDS } from '../petitions/model';

/** The citizens' portal: no session; product name, language, a link to the officers' login. */
export function PortalLayout() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    document.title = `${t('portal.name')} — ${t('common.appName')}`;
  }, [t, i18n.language]);

  useEffect(() => {
    // After a navigation, announce the new page by moving focus to its title.
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
          <Link to="/cong-dan" className="brand-link portal-brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span className="brand-text">
              <span className="brand-name">{t('common.appName')}</span>
              <span className="portal-tagline">{t('portal.name')}</span>
            </span>
          </Link>
          <div className="portal-tools">
            <LanguageSwitch />
            <Link to="/" className="btn btn-header">
              {t('portal.staffLogin')}
            </Link>
          </div>
        </div>
        <nav className="portal-nav" aria-label={t('portal.name')}>
          <NavLink to="/cong-dan" end>
            {t('portal.navHome')}
          </NavLink>
          <NavLink to="/cong-dan/gui-don">{t('portal.navFile')}</NavLink>
          <NavLink to="/cong-dan/tra-cuu">{t('portal.navTrack')}</NavLink>
          <NavLink to="/cong-dan/ket-luan-thanh-tra">{t('publicConclusions.nav')}</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="portal-main">
        <Outlet />
      </main>
      <footer className="portal-footer">
        <p>{t('portal.privacy')}</p>
        <p>
          © {new Date().getFullYear()} {t('common.appName')} · {t('portal.footer')}
        </p>
      </footer>
    </div>
  );
}

/** Landing page: file a letter, track one, or read the published inspection conclusions. */
export function PortalHome() {
  const { t } = useTranslation();
  return (
    <>
      <section className="portal-hero">
        <h1 id="page-title" tabIndex={-1}>
          {t('portal.homeTitle')}
        </h1>
        <p>{t('portal.homeIntro')}</p>
      </section>
      <div className="portal-choices">
        <section className="card portal-choice">
          <h2>{t('portal.fileTitle')}</h2>
          <p>{t('portal.fileText')}</p>
          <ul className="kind-summary">
            {KINDS.map((k) => (
              <li key={k}>
                <strong>{t(`petitionLabels.kinds.${k}`)}:</strong> {t(`letterForm.kindHelp.${k}`)}
              </li>
            ))}
          </ul>
          <Link className="btn btn-primary btn-block" to="/cong-dan/gui-don">
            {t('portal.fileAction')}
          </Link>
        </section>
        <section className="card portal-choice">
          <h2>{t('portal.trackTitle')}</h2>
          <p>{t('portal.trackText')}</p>
          <Link className="btn btn-secondary btn-block" to="/cong-dan/tra-cuu">
            {t('portal.trackAction')}
          </Link>
        </section>
        <section className="card portal-choice">
          <h2>{t('publicConclusions.homeTitle')}</h2>
          <p>{t('publicConclusions.homeText')}</p>
          <Link className="btn btn-secondary btn-block" to="/cong-dan/ket-luan-thanh-tra">
            {t('publicConclusions.homeAction')}
          </Link>
        </section>
      </div>
    </>
  );
}
