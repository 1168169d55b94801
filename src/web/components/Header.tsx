import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { setLanguage, LANGUAGES, type Language } from '../i18n';
import { errorMessage } from '../lib/api';
import { useAuth, useMe } from '../lib/auth';
import { authApi } from '../lib/endpoints';

/** The agencies the user may work for: the home agency and every agency where they hold a role. */
export function workAgencies(me: ReturnType<typeof useMe>): { id: string; name: string }[] {
  const all = [{ id: me.user.agencyId, name: me.user.agencyName }, ...me.grants.map((g) => ({ id: g.agencyId, name: g.agencyName }))];
  return all.filter((a, i) => all.findIndex((b) => b.id === a.id) === i);
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lang: Language) => (
        <button key={lang} type="button" lang={lang} aria-pressed={i18n.language === lang} title={t(`lang.${lang}`)} onClick={() => void setLanguage(lang)}>
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

export function Brand() {
  const { t } = useTranslation();
  return (
    <span className="brand">
      <img src="/favicon.svg" alt="" width="32" height="32" />
      <span className="brand-text">
        <span className="brand-name">{t('common.appName')}</span>
        <span className="brand-tagline">{t('common.tagline')}</span>
      </span>
    </span>
  );
}

function AgencySwitcher({ onStatus }: { onStatus(message: string, error?: boolean): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { update } = useAuth();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const options = workAgencies(me);
  if (options.length < 2) return null;
  return (
    <div className="agency-switcher">
      <label htmlFor={id}>{t('header.activeAgency')}</label>
      <select
        id={id}
        value={me.activeAgencyId}
        disabled={busy}
        onChange={async (e) => {
          setBusy(true);
          try {
            const next = await authApi.switchAgency(e.target.value);
            update(next);
            onStatus(t('header.switched', { name: options.find((o) => o.id === next.activeAgencyId)?.name ?? '' }));
          } catch (err) {
            onStatus(errorMessage(err), true);
          } finally {
            setBusy(false);
          }
        }}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Top bar: product name, menu button (narrow screens), user, agency switcher, language, logout. */
export function Header({ menuOpen, onMenu, onStatus }: { menuOpen: boolean; onMenu(): void; onStatus(message: string, error?: boolean): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  return (
    <header className="app-header">
      <div className="header-main">
        <button type="button" className="menu-button" aria-label={t('nav.menu')} aria-expanded={menuOpen} aria-controls="side-nav" onClick={onMenu}>
          <span className="menu-icon" aria-hidden="true" />
          <span className="menu-label">{t('nav.menu')}</span>
        </button>
        <Link to="/" className="brand-link">
          <Brand />
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          <Link to="/account" className="user-name" title={me.user.username}>
            {me.user.fullName}
          </Link>
          <button type="button" className="btn btn-header" onClick={() => void logout()}>
            {t('header.logout')}
          </button>
        </div>
      </div>
      <AgencySwitcher onStatus={onStatus} />
    </header>
  );
}
