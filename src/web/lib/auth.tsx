import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Permission } from '../../shared/domain/access/roles';
import { ApiError, errorMessage, setCsrfToken, setUnauthorizedHandler } from './api';
import { authApi, type Me } from './endpoints';

type Notice = 'sessionExpired' | 'loggedOut' | null;

type AuthState = {
  /** 'loading' while /auth/me is asked; 'anonymous' shows the login page. */
  status: 'loading' | 'anonymous' | 'authenticated' | 'unreachable';
  me: Me | null;
  /** Why the login page is shown (session expired, logged out). */
  notice: Notice;
  startupError: string | null;
  signedIn(me: Me): void;
  /** Replaces the current user (after switching agency, changing password, TOTP…). */
  update(me: Me): void;
  refresh(): Promise<void>;
  logout(): Promise<void>;
  can(permission: Permission): boolean;
};

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthState['status']>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [startupError, setStartupError] = useState<string | null>(null);
  const navigate = useNavigate();

  const update = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
    setStatus('authenticated');
  }, []);

  const signedIn = useCallback(
    (next: Me) => {
      setNotice(null);
      update(next);
    },
    [update],
  );

  const refresh = useCallback(async () => {
    try {
      update(await authApi.me());
      setStartupError(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setCsrfToken(null);
        setMe(null);
        setStatus('anonymous');
      } else {
        setStartupError(errorMessage(err));
        setStatus((s) => (s === 'loading' ? 'unreachable' : s));
      }
    }
  }, [update]);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // the session is gone anyway
    }
    setCsrfToken(null);
    setMe(null);
    setNotice('loggedOut');
    setStatus('anonymous');
    navigate('/', { replace: true });
  }, [navigate]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setMe(null);
      setNotice('sessionExpired');
      setStatus('anonymous');
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      status,
      me,
      notice,
      startupError,
      signedIn,
      update,
      refresh,
      logout,
      can: (p) => !!me?.permissions.includes(p),
    }),
    [status, me, notice, startupError, signedIn, update, refresh, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The logged-in user (only inside the authenticated shell). */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a session');
  return me;
}
