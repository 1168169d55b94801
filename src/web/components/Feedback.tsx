import { useTranslation } from 'react-i18next';

/** An error for the user (announced at once by screen readers). */
export function ErrorMessage({ message, onRetry }: { message: string | null | undefined; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <div className="alert alert-error" role="alert">
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** A success or information message (announced politely). Keep it mounted so updates are read out. */
export function StatusMessage({ message, tone = 'success' }: { message: string | null | undefined; tone?: 'success' | 'info' }) {
  return (
    <div role="status" aria-live="polite" className={message ? `alert alert-${tone}` : 'visually-hidden'}>
      {message ?? ''}
    </div>
  );
}

/** "Đang tải…" placeholder. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** A page title with optional actions on the right. */
export function PageHeader({ title, intro, children }: { title: string; intro?: string; children?: React.ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
        {intro && <p className="page-intro">{intro}</p>}
      </div>
      {children && <div className="page-actions">{children}</div>}
    </div>
  );
}
