import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader, StatusMessage } from '../../components/Feedback';
import { errorMessage } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { auditApi, type AuditQuery, type AuditRecord, type AuditVerify } from '../../lib/endpoints';
import { formatDateTime, formatNumber, vnDayEnd, vnDayStart } from '../../lib/format';
import { actionLabel, entityTypeLabel } from '../../lib/labels';
import { AuditDrawer, entityHref } from './AuditDrawer';
import { AuditFilters, EMPTY_FILTERS, type AuditFilterValues } from './AuditFilters';

const PAGE = 50;

function toQuery(f: AuditFilterValues): AuditQuery {
  return {
    action: f.action || undefined,
    entityType: f.entityType || undefined,
    entityId: f.entityId || undefined,
    actorUserId: f.actor || undefined,
    // Days are Vietnamese days (UTC+7), whatever the browser's time zone.
    from: f.from ? vnDayStart(f.from) : undefined,
    to: f.to ? vnDayEnd(f.to) : undefined,
    limit: PAGE,
  };
}

type VerifyState = { busy: boolean; result: AuditVerify | null; error: string | null };

/** Runs GET /audit/verify; the result is rendered in the current language. */
function useVerify() {
  const [state, setState] = useState<VerifyState>({ busy: false, result: null, error: null });
  const run = async () => {
    setState({ busy: true, result: null, error: null });
    try {
      setState({ busy: false, result: await auditApi.verify(), error: null });
    } catch (err) {
      setState({ busy: false, result: null, error: errorMessage(err) });
    }
  };
  return { ...state, run };
}

function VerifyResult({ state }: { state: VerifyState }) {
  const { t } = useTranslation();
  const r = state.result;
  if (r && !r.ok) return <ErrorMessage message={t('audit.verifyBad', { id: String(r.firstBadId ?? '?'), reason: r.reason ?? '' })} />;
  return (
    <>
      <ErrorMessage message={state.error} />
      <StatusMessage message={r ? t('audit.verifyOk', { n: formatNumber(r.count) }) : null} />
    </>
  );
}

/** The audit trail of the user's scope, newest first, with filters and keyset "load more". */
export function AuditPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilterValues = { ...EMPTY_FILTERS, ...Object.fromEntries([...params.entries()].filter(([k]) => k in EMPTY_FILTERS)) };
  const key = params.toString();
  const [items, setItems] = useState<AuditRecord[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<AuditRecord | null>(null);
  const verify = useVerify();

  const load = async (beforeId: number | undefined, signal?: AbortSignal) => {
    setLoading(true);
    setError(null);
    try {
      const page = await auditApi.list({ ...toQuery(filters), beforeId }, signal);
      if (signal?.aborted) return;
      setItems((old) => (beforeId ? [...old, ...page.items] : page.items));
      setNext(page.nextBeforeId);
    } catch (err) {
      if (!signal?.aborted) setError(errorMessage(err));
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  };

  useEffect(() => {
    const ctrl = new AbortController();
    setItems([]);
    void load(undefined, ctrl.signal);
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const apply = (f: AuditFilterValues) => setParams(Object.fromEntries(Object.entries(f).filter(([, v]) => v)), { replace: true });

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')}>
        {can('audit.verify') && (
          <button type="button" className="btn btn-secondary" onClick={() => void verify.run()} disabled={verify.busy}>
            {verify.busy ? t('audit.verifying') : t('audit.verify')}
          </button>
        )}
      </PageHeader>
      <VerifyResult state={verify} />
      <section className="card">
        <h2 className="visually-hidden">{t('audit.filters')}</h2>
        <AuditFilters key={key} value={filters} onApply={apply} />
      </section>
      <section className="card" aria-labelledby="audit-caption">
        <div className="card-head">
          <h2 id="audit-caption">{t('audit.caption')}</h2>
          <span className="muted small">{t('audit.timeZone')}</span>
        </div>
        <ErrorMessage message={error} onRetry={() => void load(undefined)} />
        {items.length === 0 && !loading && !error && <p className="empty">{t('audit.empty')}</p>}
        {items.length > 0 && (
          <div className="table-wrap">
            <table className="table table-cards audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.ip')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.details')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => {
                  const href = entityHref(r);
                  return (
                    <tr key={r.id}>
                      <td data-label={t('audit.time')} className="nowrap">
                        <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                      </td>
                      <td data-label={t('audit.actor')}>{r.actorName ?? <span className="muted">{t('audit.system')}</span>}</td>
                      <td data-label={t('audit.action')}>
                        <span className="action">{actionLabel(r.action)}</span>
                      </td>
                      <td data-label={t('audit.entity')}>
                        {entityTypeLabel(r.entityType)}
                        {r.entityId && (
                          <div className="small mono ellipsis" title={r.entityId}>
                            {href ? <Link to={href}>{r.entityId.slice(0, 8)}</Link> : r.entityId.slice(0, 24)}
                          </div>
                        )}
                      </td>
                      <td data-label={t('audit.ip')} className="mono small">
                        {r.ip ?? t('common.none')}
                      </td>
                      <td>
                        <button type="button" className="btn btn-small btn-secondary" aria-label={t('audit.open', { id: String(r.id) })} onClick={() => setOpen(r)}>
                          {t('common.details')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {loading && <Loading />}
        <div className="list-foot">
          <span className="muted small" aria-live="polite">
            {items.length > 0 && t('audit.shown', { n: formatNumber(items.length) })}
          </span>
          {next !== null && !loading && (
            <button type="button" className="btn btn-secondary" onClick={() => void load(next)}>
              {t('common.loadMore')}
            </button>
          )}
        </div>
      </section>
      <AuditDrawer record={open} onClose={() => setOpen(null)} />
    </>
  );
}
