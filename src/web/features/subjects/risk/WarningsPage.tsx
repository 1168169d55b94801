import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader } from '../../../components/Feedback';
import { errorMessage } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { riskApi, type Warning } from './api';
import { LevelBadge } from './ScorePanel';

const STATES = ['active', 'open', 'acknowledged', 'acted', 'dismissed'] as const;

/** The handling form of one warning: acknowledge, act (inspection with its Art 51 basis, or next year's plan), dismiss with a reason. */
function Handle({ w, onDone }: { w: Warning; onDone: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'act' | 'dismiss' | null>(null);
  const [action, setAction] = useState('add_to_plan');
  const [reference, setReference] = useState('');
  const [basis, setBasis] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (f: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  if (w.state === 'acted' || w.state === 'dismissed') {
    return (
      <div className="small">
        {w.state === 'acted' ? t(`risk.actions.${w.action as 'add_to_plan'}`) : t('risk.dismissedBecause')}: {w.state === 'acted' ? w.actionRef : w.reason}
        {w.closedAt ? <div className="muted">{formatDateTime(w.closedAt)}</div> : null}
      </div>
    );
  }
  return (
    <div className="risk-handle">
      <ErrorMessage message={error} />
      <div className="form-actions">
        {w.state === 'open' ? (
          <button type="button" className="btn" disabled={busy} onClick={() => run(() => riskApi.acknowledge(w.id))}>
            {t('risk.acknowledge')}
          </button>
        ) : null}
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => setMode(mode === 'act' ? null : 'act')} aria-expanded={mode === 'act'}>
          {t('risk.act')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => setMode(mode === 'dismiss' ? null : 'dismiss')} aria-expanded={mode === 'dismiss'}>
          {t('risk.dismiss')}
        </button>
      </div>
      {mode === 'act' ? (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => riskApi.act(w.id, { action, reference, basis: basis || undefined }));
          }}
        >
          <label>
            {t('risk.action')}
            <select value={action} onChange={(e) => setAction(e.target.value)}>
              <option value="add_to_plan">{t('risk.actions.add_to_plan')}</option>
              <option value="open_inspection">{t('risk.actions.open_inspection')}</option>
            </select>
          </label>
          <label>
            {t('risk.reference')}
            <input value={reference} onChange={(e) => setReference(e.target.value)} placeholder={action === 'open_inspection' ? '15/QĐ-TTr' : t('risk.planPlaceholder')} />
          </label>
          {action === 'open_inspection' ? (
            <label className="wide">
              {t('risk.basis')}
              <textarea rows={2} value={basis} onChange={(e) => setBasis(e.target.value)} />
              <span className="small muted">{t('risk.basisHelp')}</span>
            </label>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('risk.save')}
            </button>
          </div>
        </form>
      ) : null}
      {mode === 'dismiss' ? (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => riskApi.dismiss(w.id, reason));
          }}
        >
          <label className="wide">
            {t('risk.reason')}
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('risk.confirmDismiss')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** "Cảnh báo sớm": the warnings of the agencies in the user's scope, with acknowledge / act / dismiss. */
export function WarningsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? 'active';
  const offset = Number(params.get('offset') ?? 0);
  const list = useApi((signal) => riskApi.warnings({ state: state === 'all' ? undefined : state, limit: 50, offset }, signal), [state, offset]);
  return (
    <>
      <PageHeader title={t('risk.inboxTitle')} intro={t('risk.inboxIntro')}>
        {can('risk.configure') ? (
          <Link to="/canh-bao-som/bo-chi-so" className="btn">
            {t('risk.setsTitle')}
          </Link>
        ) : null}
      </PageHeader>
      <section className="card">
        <div className="risk-tabs" role="group" aria-label={t('risk.filter')}>
          {[...STATES, 'all'].map((s) => (
            <button key={s} type="button" className={`btn btn-small${s === state ? ' btn-primary' : ''}`} aria-pressed={s === state} onClick={() => setParams({ state: s })}>
              {t(`risk.states.${s as 'open'}`)}
            </button>
          ))}
        </div>
        {list.error ? <ErrorMessage message={list.error} onRetry={list.reload} /> : null}
        {!list.data ? (
          <Loading />
        ) : list.data.items.length === 0 ? (
          <p className="muted">{t('risk.noWarnings')}</p>
        ) : (
          <div className="table-wrap">
            <table className="petitions-table risk-warnings">
              <caption className="visually-hidden">{t('risk.inboxTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('risk.subject')}</th>
                  <th scope="col">{t('risk.level')}</th>
                  <th scope="col">{t('risk.raisedAt')}</th>
                  <th scope="col">{t('risk.stateLabel')}</th>
                  <th scope="col">{t('risk.handling')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((w) => (
                  <tr key={w.id}>
                    <td data-label={t('risk.subject')}>
                      <Link to={`/subjects/${w.subjectId}?tab=score`} className="strong">
                        {w.subjectName}
                      </Link>
                      <div className="small muted">
                        <span className="mono">{w.taxCode}</span> · {w.agencyName}
                      </div>
                    </td>
                    <td data-label={t('risk.level')}>
                      <LevelBadge level={w.level} />
                      <div className="small">{t('risk.scoreFrom', { score: formatNumber(w.score), from: t(`risk.levels.${w.previousLevel}`) })}</div>
                    </td>
                    <td data-label={t('risk.raisedAt')} className="small">
                      {formatDateTime(w.createdAt)}
                      <div className="muted">v{w.setVersion}</div>
                    </td>
                    <td data-label={t('risk.stateLabel')}>
                      <span className={`badge risk-state-${w.state}`}>{t(`risk.states.${w.state}`)}</span>
                    </td>
                    <td data-label={t('risk.handling')}>
                      <Handle w={w} onDone={list.reload} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list.data && list.data.total > 50 ? (
          <div className="form-actions">
            <button type="button" className="btn" disabled={offset === 0} onClick={() => setParams({ state, offset: String(Math.max(0, offset - 50)) })}>
              ←
            </button>
            <span className="small muted">{t('risk.range', { from: offset + 1, to: Math.min(offset + 50, list.data.total), total: list.data.total })}</span>
            <button type="button" className="btn" disabled={offset + 50 >= list.data.total} onClick={() => setParams({ state, offset: String(offset + 50) })}>
              →
            </button>
          </div>
        ) : null}
      </section>
    </>
  );
}
